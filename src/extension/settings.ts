import * as vscode from 'vscode';

/** The extension's settings, read fresh on each use so that a change applies at once. */
export interface Settings {
  include: string[];
  exclude: string[];
  debounceMs: number;
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration('sourcecheck', scope);
  return {
    include: config.get<string[]>('include', ['**/*.txt', '**/*.md']),
    exclude: config.get<string[]>('exclude', []),
    debounceMs: Math.max(0, config.get<number>('debounce', 400)),
  };
}

/** One glob from several: `{a,b}`. VS Code's findFiles takes a single pattern. */
export function globOf(patterns: string[]): string | undefined {
  const clean = patterns.filter((p) => p.trim() !== '');
  if (clean.length === 0) return undefined;
  return clean.length === 1 ? clean[0] : `{${clean.join(',')}}`;
}
