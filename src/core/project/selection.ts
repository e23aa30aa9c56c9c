import { matchesAny } from './glob';
import type { ProjectFile } from './projectFile';

/** The articles of a folder when neither a project file nor a setting says otherwise (the extension's default too). */
export const DEFAULT_INCLUDE: readonly string[] = ['**/*.txt', '**/*.md'];

/**
 * Whether a file of a project's folder is one of its articles: it matches the
 * project's include globs (or the given defaults) and none of its exclude
 * globs. `relative` is the file's path relative to the project's folder,
 * with forward slashes.
 */
export function isProjectArticle(relative: string, project: ProjectFile | undefined, defaults: readonly string[] = DEFAULT_INCLUDE): boolean {
  const include = project?.include ?? [...defaults];
  return matchesAny(relative, include) && !matchesAny(relative, project?.exclude ?? []);
}

/**
 * `to` relative to the folder `from` (both absolute, forward slashes), as a
 * project file writes it: 'a.txt', 'drafts/a.txt', '../wire/b.txt'. No Node
 * API: the extension also runs in the browser.
 */
export function relativePath(from: string, to: string): string {
  const a = from.split('/').filter(Boolean);
  const b = to.split('/').filter(Boolean);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => '..'), ...b.slice(common)].join('/');
}
