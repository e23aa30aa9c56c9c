import * as vscode from 'vscode';
import { RULES, type RuleId, type Severity } from '../core/findings';
import { projectRuleSettings } from '../core/project/governedFindings';
import type { ProjectFile } from '../core/project/projectFile';
import type { RuleSetting } from './visibleFindings';

/** The project file (.sourcecheck.json) of the folder a scope is in; set once the extension has read them. */
let projectOf: (uri: vscode.Uri | undefined) => ProjectFile | undefined = () => undefined;

/** Makes readSettings apply each folder's project file over the user's settings. */
export function governSettingsBy(lookup: (uri: vscode.Uri | undefined) => ProjectFile | undefined): void {
  projectOf = lookup;
}

/** The extension's settings, read fresh on each use so that a change applies at once. */
export interface Settings {
  include: string[];
  exclude: string[];
  debounceMs: number;
  /** Files larger than this many bytes are not loaded (0: no limit). */
  maxFileBytes: number;
  /** At most this many problems per article in the Problems panel (0: no limit). */
  maxProblems: number;
  rules: Record<RuleId, RuleSetting>;
}

const SEVERITY_SETTING = new Set(['default', 'error', 'warning', 'information', 'hint']);

/**
 * Settings as last read, per workspace folder: they are read for every file
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
  // Settings live at user, workspace and folder level: every resource of a folder reads the same.
  const uri = scope instanceof vscode.Uri ? scope : (scope as vscode.WorkspaceFolder | undefined)?.uri;
  const folder = uri && vscode.workspace.getWorkspaceFolder(uri);
  const key = folder ? folder.uri.toString() : '';
  let settings = byFolder.get(key);
  if (!settings) byFolder.set(key, (settings = readFresh(folder ?? uri)));
  return settings;
}

function readFresh(scope: vscode.Uri | vscode.WorkspaceFolder | undefined): Settings {
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
  const project = projectOf(scope instanceof vscode.Uri ? scope : scope?.uri);
  return {
    include: project?.include ?? config.get<string[]>('include', ['**/*.txt', '**/*.md']),
    exclude: [...config.get<string[]>('exclude', []), ...(project?.exclude ?? [])],
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
