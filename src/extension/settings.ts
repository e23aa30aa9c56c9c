import * as vscode from 'vscode';
import { RULES, type RuleId, type Severity } from '../core/findings';
import { projectRuleSettings } from '../core/project/governedFindings';
import { matchesAny } from '../core/project/glob';
import type { ProjectFile } from '../core/project/projectFile';
import { relativePath } from '../core/project/selection';
import type { RuleSetting } from './visibleFindings';

/** A project file (.sourcecheck.json) and the folder its globs and paths start from. */
export interface Governing {
  project: ProjectFile;
  folder: vscode.Uri;
}

/** The project file nearest a scope; set once the extension has read them. */
let governingOf: (uri: vscode.Uri | undefined) => Governing | undefined = () => undefined;
let allProjects: () => Governing[] = () => [];

/** Makes readSettings apply the nearest project file over the user's settings. */
export function governSettingsBy(lookup: (uri: vscode.Uri | undefined) => Governing | undefined, all: () => Governing[]): void {
  governingOf = lookup;
  allProjects = all;
}

/** Every project file read, each with its folder: the workspace search also looks for the articles their include globs name. */
export function projectFiles(): Governing[] {
  return allProjects();
}

/**
 * Where a workspace file or folder stands for the globs that govern it: its
 * path from the workspace folder (the user's globs) and from the nearest
 * project file's folder (that file's globs). Worked out once per question,
 * because loading asks it of every file.
 */
interface Place {
  fromRoot: string;
  governing?: Governing;
  fromProject: string;
  settings: Settings;
}

function placeOf(uri: vscode.Uri): Place | undefined {
  const root = vscode.workspace.getWorkspaceFolder(uri);
  if (!root) return undefined;
  const governing = governingOf(uri);
  return {
    fromRoot: relativePath(root.uri.path, uri.path),
    governing,
    fromProject: governing ? relativePath(governing.folder.path, uri.path) : '',
    settings: settingsOf(root, governing),
  };
}

/**
 * Whether a file or folder is left alone: the user's exclude globs read from
 * the workspace folder, the nearest project file's from its own folder. A
 * folder is tested as `folder/-`, so that `drafts/**` covers it.
 */
function excludes(place: Place, folder: boolean): boolean {
  const tail = folder ? '/-' : '';
  if (matchesAny(place.fromRoot + tail, place.settings.userExclude)) return true;
  return !!place.governing && matchesAny(place.fromProject + tail, place.governing.project.exclude ?? []);
}

/** Whether a file is an article to load: the nearest project file's include globs, else the user's. */
function includes(place: Place): boolean {
  const include = place.governing?.project.include;
  return include ? matchesAny(place.fromProject, include) : matchesAny(place.fromRoot, place.settings.userInclude);
}

/** Whether a workspace file or folder is left alone (see `excludes`); false outside the workspace folders. */
export function isExcluded(uri: vscode.Uri, folder = false): boolean {
  const place = placeOf(uri);
  return !!place && excludes(place, folder);
}

/** Whether a workspace file is one of its articles: included by the globs that govern it, and not excluded. */
export function isWorkspaceArticle(uri: vscode.Uri): boolean {
  const place = placeOf(uri);
  return !!place && includes(place) && !excludes(place, false);
}

/** The extension's settings, read fresh on each use so that a change applies at once. */
export interface Settings {
  /** The articles to look for and the files to leave alone, relative to the workspace folder: the governing project file's, else the user's. */
  include: string[];
  exclude: string[];
  /** The user's own include and exclude settings alone, read from the workspace folder. */
  userInclude: string[];
  userExclude: string[];
  debounceMs: number;
  /** Files larger than this many bytes are not loaded (0: no limit). */
  maxFileBytes: number;
  /** At most this many problems per article in the Problems panel (0: no limit). */
  maxProblems: number;
  rules: Record<RuleId, RuleSetting>;
}

const SEVERITY_SETTING = new Set(['default', 'error', 'warning', 'information', 'hint']);

/**
 * Settings as last read, per workspace folder and project file: they are read for every file
 * loaded and every article published, hundreds at a time, and reading them
 * from VS Code costs more than the work they govern. Forgotten whenever a
 * setting, a workspace folder or a project file changes (`forgetSettings`,
 * wired in `activate` before any other listener reads them).
 */
const byFolder = new Map<string, Settings>();

export function forgetSettings(): void {
  byFolder.clear();
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  // Settings live at user, workspace and folder level, project files at any folder: every article
  // of one workspace folder under one project file reads the same.
  const uri = scope instanceof vscode.Uri ? scope : (scope as vscode.WorkspaceFolder | undefined)?.uri;
  return settingsOf(uri && vscode.workspace.getWorkspaceFolder(uri), governingOf(uri), uri);
}

/** The settings of one workspace folder under one project file, read once until `forgetSettings`. */
function settingsOf(folder: vscode.WorkspaceFolder | undefined, governing: Governing | undefined, scope?: vscode.Uri): Settings {
  const key = `${folder ? folder.uri.toString() : ''} ${governing ? governing.folder.toString() : ''}`;
  let settings = byFolder.get(key);
  if (!settings) byFolder.set(key, (settings = readFresh(folder ?? scope, governing?.project)));
  return settings;
}

function readFresh(scope: vscode.Uri | vscode.WorkspaceFolder | undefined, project: ProjectFile | undefined): Settings {
  const config = vscode.workspace.getConfiguration('sourceCheck', scope);
  const rules = {} as Record<RuleId, RuleSetting>;
  for (const rule of RULES) {
    const severity = config.get<string>(`rules.${rule}.severity`, 'default');
    rules[rule] = {
      enabled: config.get<boolean>(`rules.${rule}.enabled`, true) !== false,
      severity: SEVERITY_SETTING.has(severity) && severity !== 'default' ? (severity as Severity) : undefined,
    };
  }
  // What the desk committed for the folder wins over one editor's settings; its exclude adds to theirs.
  const userInclude = config.get<string[]>('include', ['**/*.txt', '**/*.md']);
  const userExclude = config.get<string[]>('exclude', []);
  return {
    include: project?.include ?? userInclude,
    exclude: [...userExclude, ...(project?.exclude ?? [])],
    userInclude,
    userExclude,
    debounceMs: Math.max(0, config.get<number>('recheckDelay', 400)),
    maxFileBytes: Math.max(0, config.get<number>('maxFileSize', 1024)) * 1024,
    maxProblems: Math.max(0, config.get<number>('maxProblemsPerArticle', 100)),
    rules: projectRuleSettings(project, rules) as Record<RuleId, RuleSetting>,
  };
}

/** One glob from several: `{a,b}`. VS Code's findFiles takes a single pattern. */
export function globOf(patterns: string[]): string | undefined {
  const clean = patterns.filter((p) => p.trim() !== '');
  if (clean.length === 0) return undefined;
  return clean.length === 1 ? clean[0] : `{${clean.join(',')}}`;
}
