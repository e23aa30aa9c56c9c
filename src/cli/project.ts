import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseProjectFile, PROJECT_FILE_NAME, type ProjectFile } from '../core/project/projectFile';
import type { ProjectPaths } from '../core/project/projectDismissals';

/** A project file as the CLI found it: where it is and what it says. */
export interface Project {
  /** The project file's path, as it is named in messages. */
  path: string;
  /** The absolute folder its relative paths start from. */
  folder: string;
  project: ProjectFile;
}

export interface ProjectLookup {
  /** The project that governs the file or folder at `path`, or undefined. */
  of(path: string): Project | undefined;
  /** Every project file read so far. */
  all(): Project[];
  /** What was wrong in the project files read, each naming the file. */
  problems: string[];
  /** Whether a project file could not be used at all (unreadable, not JSON): a usage error. */
  failed: boolean;
}

/**
 * Finds each article's `.sourcecheck.json`: in its folder or the nearest
 * folder above it, as cspell and eslint find theirs; `--config FILE` makes
 * that one file govern every article instead.
 */
export function projectLookup(configFile?: string): ProjectLookup {
  const byFolder = new Map<string, Project | undefined>();
  const read = new Map<string, Project>();
  const lookup: ProjectLookup = {
    problems: [],
    failed: false,
    of: (path) => (fixed ? fixed.project : nearest(dirOf(resolve(path)))),
    all: () => [...read.values()],
  };
  const load = (file: string): Project | undefined => {
    const known = read.get(file);
    if (known) return known;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      lookup.problems.push(`${file}: cannot read the project file: ${(error as Error).message}`);
      lookup.failed = true;
      return undefined;
    }
    const parsed = parseProjectFile(text);
    for (const problem of parsed.problems) lookup.problems.push(`${file}: ${problem}`);
    if (parsed.broken) lookup.failed = true;
    const project = { path: file, folder: dirname(resolve(file)), project: parsed.project };
    read.set(file, project);
    return project;
  };
  const nearest = (folder: string): Project | undefined => {
    if (byFolder.has(folder)) return byFolder.get(folder);
    const candidate = join(folder, PROJECT_FILE_NAME);
    const parent = dirname(folder);
    const found = existsSync(candidate) ? load(candidate) : parent !== folder ? nearest(parent) : undefined;
    byFolder.set(folder, found);
    return found;
  };
  const dirOf = (absolute: string): string => {
    try {
      return statSync(absolute).isDirectory() ? absolute : dirname(absolute);
    } catch {
      return dirname(absolute);
    }
  };
  const fixed = configFile === undefined ? undefined : { project: load(configFile) };
  return lookup;
}

/**
 * How a project file's relative paths name the CLI's articles: the path as
 * given or found when that file was loaded, else the path from the current folder.
 */
export function cliProjectPaths(project: Project, loadedIds: readonly string[]): ProjectPaths {
  const idByAbsolute = new Map(loadedIds.map((id) => [resolve(id), id]));
  return {
    articleId: (rel) => {
      const absolute = resolve(project.folder, rel);
      return idByAbsolute.get(absolute) ?? relative(process.cwd(), absolute);
    },
    relative: (id) => relative(project.folder, resolve(id)).split(sep).join('/'),
  };
}
