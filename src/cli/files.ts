import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { looksBinary } from '../core/text/binary';

/** An article file as found on disk. */
export interface ArticleFile {
  /** The path exactly as given, or as found under a given folder. */
  path: string;
  text: string;
}

export interface LoadResult {
  files: ArticleFile[];
  /** Files that could not be read: each makes the exit status 2. */
  errors: string[];
  /** Files deliberately left out (binary, too large): told, not failed. */
  skipped: string[];
}

const ARTICLE = /\.(txt|md|markdown)$/i;

/** Which files found under a folder are articles: by default *.txt, *.md and *.markdown. */
export type ArticleTest = (path: string) => boolean;
const byExtension: ArticleTest = (path) => ARTICLE.test(path);
// The same folders the extension's default exclude setting skips.
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'out', 'dist', 'build', '.vscode-test', '.vscode-test-web']);

function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ELOOP':
      return 'too many symbolic links (a link loop)';
    default:
      return e?.message ?? String(error);
  }
}

/** Whether a path that cannot be followed is a symbolic link whose target is missing. */
function danglingLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Finds the article files under a folder, sorted, without following a symlink loop twice. */
function walk(dir: string, out: string[], errors: string[], seen: Set<string>, isArticle: ArticleTest): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (error) {
    errors.push(`${dir}: cannot read folder: ${reason(error)}`);
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    errors.push(`${dir}: cannot read folder: ${reason(error)}`);
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch (error) {
      // A dangling link or a file removed while walking: only an article file is worth telling about.
      if (isArticle(path)) errors.push(`${path}: cannot read file: ${(error as NodeJS.ErrnoException)?.code === 'ENOENT' && danglingLink(path) ? 'a symbolic link to nothing' : reason(error)}`);
      continue;
    }
    if (isDir) {
      if (!SKIPPED_DIRS.has(name)) walk(path, out, errors, seen, isArticle);
    } else if (isArticle(path)) {
      out.push(path);
    }
  }
}

/** Loads the files given and the articles under the folders given; a file named explicitly is always checked. */
export function loadArticles(paths: string[], maxFileBytes: number, isArticle: ArticleTest = byExtension): LoadResult {
  const result: LoadResult = { files: [], errors: [], skipped: [] };
  const candidates: string[] = [];
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch (error) {
      result.errors.push(`${path}: cannot read: ${reason(error)}`);
      continue;
    }
    if (isDir) {
      const before = candidates.length;
      walk(path, candidates, result.errors, new Set(), isArticle);
      // A wrong path must not look like clean copy.
      if (candidates.length === before) result.errors.push(`${path}: no articles (*.txt, *.md) in this folder`);
    } else {
      candidates.push(path);
    }
  }
  const loaded = new Set<string>();
  for (const path of candidates) {
    if (loaded.has(path)) continue;
    loaded.add(path);
    try {
      const size = statSync(path).size;
      if (size > maxFileBytes) {
        result.skipped.push(`${path}: skipped: ${(size / 1024 / 1024).toFixed(1)} MB is over the ${(maxFileBytes / 1024 / 1024).toFixed(0)} MB limit (--max-file-size)`);
        continue;
      }
      const bytes = readFileSync(path);
      if (looksBinary(bytes)) {
        result.skipped.push(`${path}: skipped: a binary file, not an article`);
        continue;
      }
      result.files.push({ path, text: bytes.toString('utf8') });
    } catch (error) {
      result.errors.push(`${path}: cannot read file: ${reason(error)}`);
    }
  }
  return result;
}
