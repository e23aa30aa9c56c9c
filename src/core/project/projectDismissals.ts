import { applyEdits, modify, parse } from 'jsonc-parser';
import { normalizePassage, renamedId, sameEntry, type IgnoredFinding } from './dismissals';
import type { ProjectFile } from './projectFile';

/**
 * Between a project file's dismissals, which name articles by their path
 * relative to the file's folder, and the engine's, which name them by
 * article id (a URI in the editor, a path as given in the CLI). The shells
 * say how their ids map to and from a relative path.
 */
export interface ProjectPaths {
  /** The article id of a path relative to the project's folder ('drafts/a.md', '../wire/b.txt'). */
  articleId(relative: string): string;
  /** The path of an article relative to the project's folder, with forward slashes. */
  relative(articleId: string): string;
}

/** The project file's dismissals as the engine's entries (words compared as the quick fixes store them). */
export function dismissalsOf(project: ProjectFile, paths: ProjectPaths): IgnoredFinding[] {
  return [
    ...project.ignoredFindings.map(
      (e): IgnoredFinding => ({ kind: 'ignore', rule: e.rule, articleId: paths.articleId(e.file), text: normalizePassage(e.text), at: 0 }),
    ),
    ...project.acceptedDifferences.map(
      (e): IgnoredFinding => ({
        kind: 'accept',
        rule: e.rule,
        articleId: paths.articleId(e.file),
        text: normalizePassage(e.text),
        otherArticleId: paths.articleId(e.otherFile),
        otherText: normalizePassage(e.otherText),
        at: 0,
      }),
    ),
  ];
}

type ListKey = 'ignoredFindings' | 'acceptedDifferences';

function listOf(entry: IgnoredFinding): ListKey {
  return entry.kind === 'accept' ? 'acceptedDifferences' : 'ignoredFindings';
}

/** The JSON object a dismissal is written as in the project file. */
export function projectEntryOf(entry: IgnoredFinding, paths: ProjectPaths): Record<string, string> {
  const base = { rule: entry.rule, file: paths.relative(entry.articleId), text: entry.text };
  return entry.kind === 'accept' && entry.otherArticleId !== undefined
    ? { ...base, otherFile: paths.relative(entry.otherArticleId), otherText: entry.otherText ?? '' }
    : base;
}

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

/**
 * The project file's text with one more dismissal at the end of its list;
 * the rest of the file (comments, order, formatting) is kept as written.
 * An entry already there leaves the text as it is.
 */
export function withDismissal(text: string, entry: IgnoredFinding, paths: ProjectPaths): string {
  const source = text.trim() === '' ? '{}\n' : text;
  const key = listOf(entry);
  const current = parse(source, [], { allowTrailingComma: true }) as Record<string, unknown> | undefined;
  const list = Array.isArray(current?.[key]) ? (current![key] as unknown[]) : undefined;
  const value = projectEntryOf(entry, paths);
  const present = list?.some((e) => JSON.stringify(e) === JSON.stringify(value));
  if (present) return source;
  const edits = list ? modify(source, [key, list.length], value, { ...FORMAT, isArrayInsertion: true }) : modify(source, [key], [value], FORMAT);
  return applyEdits(source, edits);
}

/** The project file's text without the given dismissals (what "show again" does to entries kept there). */
export function withoutDismissals(text: string, entries: readonly IgnoredFinding[], paths: ProjectPaths): string {
  let source = text;
  for (const key of ['ignoredFindings', 'acceptedDifferences'] as const) {
    for (;;) {
      const current = parse(source, [], { allowTrailingComma: true }) as Record<string, unknown> | undefined;
      const list = Array.isArray(current?.[key]) ? (current![key] as Array<Record<string, string>>) : [];
      const index = list.findIndex((value) => {
        if (typeof value?.text !== 'string' || typeof value.file !== 'string') return false;
        if (key === 'acceptedDifferences' && (typeof value.otherText !== 'string' || typeof value.otherFile !== 'string')) return false;
        const asEntry = dismissalsOf(
          {
            rules: {},
            exclude: [],
            ignoredFindings: key === 'ignoredFindings' ? [value as never] : [],
            acceptedDifferences: key === 'acceptedDifferences' ? [value as never] : [],
          },
          paths,
        )[0];
        return asEntry !== undefined && entries.some((e) => sameEntry({ ...e, at: 0 }, asEntry));
      });
      if (index < 0) break;
      source = applyEdits(source, modify(source, [key, index], undefined, FORMAT));
    }
  }
  return source;
}

/**
 * The project file's text with its dismissals following a renamed article
 * or folder (`from` → `to`, article ids); nothing else in the file changes.
 */
export function withRenamedArticle(text: string, from: string, to: string, paths: ProjectPaths): string {
  let source = text;
  const current = parse(source, [], { allowTrailingComma: true }) as Record<string, unknown> | undefined;
  for (const key of ['ignoredFindings', 'acceptedDifferences'] as const) {
    const list = Array.isArray(current?.[key]) ? (current![key] as Array<Record<string, unknown>>) : [];
    list.forEach((value, index) => {
      for (const field of ['file', 'otherFile']) {
        const written = value?.[field];
        if (typeof written !== 'string') continue;
        const id = paths.articleId(written);
        const next = renamedId(id, from, to);
        if (next !== id) source = applyEdits(source, modify(source, [key, index, field], paths.relative(next), FORMAT));
      }
    });
  }
  return source;
}
