import type { Finding, RelatedPassage } from '../findings';

/**
 * Findings an editor dismissed, kept by what they say rather than where, so
 * that they stay dismissed while the article is edited around them and after
 * a reload. Pure (no `vscode`): the store that persists them is ignoreStore.ts.
 *
 * - 'ignore': this finding in this article ("Ignore this finding here").
 * - 'accept': this difference between two articles ("Accept this difference"):
 *   silences the finding at both places.
 */
export interface IgnoredFinding {
  kind: 'ignore' | 'accept';
  rule: string;
  /** The article (its id: a URI string) and the words of the finding there. */
  articleId: string;
  text: string;
  /** For 'accept': the other article and the words of the other passage. */
  otherArticleId?: string;
  otherText?: string;
  /** When it was dismissed (ms since the epoch), for the list. */
  at: number;
}

/** The words of a passage as compared: whitespace and curly quotes do not make a finding new. */
export function normalizePassage(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}

export type TextOf = (articleId: string, start: number, end: number) => string | undefined;

export function ignoreEntry(finding: Finding, textOf: TextOf, at = Date.now()): IgnoredFinding {
  return { kind: 'ignore', rule: finding.rule, articleId: finding.articleId, text: normalizePassage(textOf(finding.articleId, finding.start, finding.end) ?? ''), at };
}

export function acceptEntry(finding: Finding, other: RelatedPassage, textOf: TextOf, at = Date.now()): IgnoredFinding {
  return {
    kind: 'accept',
    rule: finding.rule,
    articleId: finding.articleId,
    text: normalizePassage(textOf(finding.articleId, finding.start, finding.end) ?? ''),
    otherArticleId: other.articleId,
    otherText: normalizePassage(textOf(other.articleId, other.start, other.end) ?? ''),
    at,
  };
}

export function sameEntry(x: IgnoredFinding, y: IgnoredFinding): boolean {
  return x.kind === y.kind && x.rule === y.rule && x.articleId === y.articleId && x.text === y.text && x.otherArticleId === y.otherArticleId && x.otherText === y.otherText;
}

/** Whether the editor ignored this finding here. */
export function isIgnoredHere(finding: Finding, entries: readonly IgnoredFinding[], textOf: TextOf): boolean {
  const candidates = entries.filter((e) => e.kind === 'ignore' && e.rule === finding.rule && e.articleId === finding.articleId);
  if (candidates.length === 0) return false;
  const here = normalizePassage(textOf(finding.articleId, finding.start, finding.end) ?? '');
  return candidates.some((e) => e.text === here);
}

/** Whether the editor accepted the difference between this finding and one of its related passages (from either side). */
export function isAcceptedDifference(finding: Finding, other: RelatedPassage, entries: readonly IgnoredFinding[], textOf: TextOf): boolean {
  const candidates = entries.filter(
    (e) =>
      e.kind === 'accept' &&
      e.rule === finding.rule &&
      ((e.articleId === finding.articleId && e.otherArticleId === other.articleId) || (e.articleId === other.articleId && e.otherArticleId === finding.articleId)),
  );
  if (candidates.length === 0) return false;
  const here = normalizePassage(textOf(finding.articleId, finding.start, finding.end) ?? '');
  const there = normalizePassage(textOf(other.articleId, other.start, other.end) ?? '');
  return candidates.some((e) =>
    e.articleId === finding.articleId && e.otherArticleId === other.articleId ? e.text === here && e.otherText === there : e.text === there && e.otherText === here,
  );
}

/** Follows a renamed article. */
export function renameEntries(entries: readonly IgnoredFinding[], from: string, to: string): IgnoredFinding[] {
  return entries.map((e) => ({
    ...e,
    articleId: renamedId(e.articleId, from, to),
    otherArticleId: e.otherArticleId === undefined ? undefined : renamedId(e.otherArticleId, from, to),
  }));
}

/** An article's id once `from` is renamed to `to`: the article itself, or one inside a renamed folder. */
export function renamedId(id: string, from: string, to: string): string {
  if (id === from) return to;
  const folder = from.endsWith('/') ? from : `${from}/`;
  return id.startsWith(folder) ? `${to.replace(/\/$/, '')}/${id.slice(folder.length)}` : id;
}
