import type { Finding } from '../findings';
import type { Article } from '../text/article';
import { passage } from '../text/article';
import type { ComparedPassage, ConflictRow } from './comparison';

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end || (a.start === a.end && b.start <= a.start && a.start <= b.end);
}

/** A conflict's reason in a few words, from the finding's evidence. */
function conflictDetail(f: Finding, other: { articleId: string; start: number; end: number }): string {
  const e = f.evidence;
  if (e.kind === 'claim') return e.detail;
  if (e.kind === 'figure') {
    const there = e.others.find((m) => m.articleId === other.articleId && m.start < other.end && other.start < m.end);
    return there ? `${e.quantity}: ${e.here.display} ↔ ${there.display}` : e.quantity;
  }
  return f.message;
}

export function comparedPassage(article: Article, start: number, end: number): ComparedPassage {
  return { articleId: article.id, start, end, text: passage(article, start, end) };
}

/**
 * The engine's conflicts between A and B, once each: a conflict is reported at
 * both places, so B's finding that mirrors one of A's is the same row.
 */
export function conflictsBetween(a: Article, b: Article, findingsA: Finding[], findingsB: Finding[]): ConflictRow[] {
  const rows: ConflictRow[] = [];
  const seen = (aSide: { start: number; end: number }, bSide: { start: number; end: number }, rule: string): boolean =>
    rows.some((r) => r.rule === rule && overlaps(r.a, aSide) && overlaps(r.b, bSide));
  for (const f of findingsA) {
    if (f.articleId !== a.id) continue;
    for (const r of f.related) {
      if (r.articleId !== b.id || seen(f, r, f.rule)) continue;
      rows.push({ rule: f.rule, message: f.message, detail: conflictDetail(f, r), a: comparedPassage(a, f.start, f.end), b: comparedPassage(b, r.start, r.end) });
    }
  }
  for (const f of findingsB) {
    if (f.articleId !== b.id) continue;
    for (const r of f.related) {
      if (r.articleId !== a.id || seen(r, f, f.rule)) continue;
      rows.push({ rule: f.rule, message: f.message, detail: conflictDetail(f, r), a: comparedPassage(a, r.start, r.end), b: comparedPassage(b, f.start, f.end) });
    }
  }
  return rows.sort((x, y) => x.a.start - y.a.start || x.b.start - y.b.start);
}

/** The conflict row that covers both passages, if the engine reported one. */
export function conflictCovering(conflicts: ConflictRow[], a: { start: number; end: number }, b: { start: number; end: number }, rules?: string[]): ConflictRow | undefined {
  return conflicts.find((c) => (!rules || rules.includes(c.rule)) && overlaps(c.a, a) && overlaps(c.b, b));
}
