import type { Article } from '../text/article';
import type { ComparableQuotation, QuotationCell, QuotationRow } from './comparison';
import { comparedPassage } from './conflicts';
import { allWords, containment, contentWords, matchGreedy, overlap } from './words';

/** Two quotations this alike are the same words (one may quote the other in part). */
const SAME_WORDS = 0.7;

type QuotationWords = { all: Set<string>; content: Set<string> };

/**
 * How alike two quotations' words are: one quoted in part inside the other
 * counts as the same; otherwise both the words and the content words must
 * mostly agree, so "the dam will hold" and "the town will flood" stay apart.
 */
export function quotationSimilarity(x: QuotationWords, y: QuotationWords): number {
  if (Math.min(x.all.size, y.all.size) >= 4 && containment(x.all, y.all) >= 0.9) return containment(x.all, y.all);
  return Math.min(overlap(x.all, y.all), x.content.size + y.content.size > 0 ? overlap(x.content, y.content) : 1);
}
const UNATTRIBUTED = 'Unattributed';

/** Whether two speaker names are the same person: equal, or one is the other's surname ("Kovalenko" / "Elena Kovalenko"). */
export function sameSpeaker(x: string | null, y: string | null): boolean {
  if (x === null || y === null) return x === y;
  const nx = x.toLowerCase().replace(/[^\p{L}\s'-]/gu, '').trim();
  const ny = y.toLowerCase().replace(/[^\p{L}\s'-]/gu, '').trim();
  if (nx === ny) return true;
  const lastX = nx.split(/\s+/).pop() ?? '';
  const lastY = ny.split(/\s+/).pop() ?? '';
  return lastX !== '' && lastX === lastY && (nx.split(/\s+/).length === 1 || ny.split(/\s+/).length === 1);
}

function cell(article: Article, q: ComparableQuotation): QuotationCell {
  return { ...comparedPassage(article, q.start, q.end), text: q.text.replace(/\s+/g, ' ').trim(), speaker: q.speaker?.name ?? null };
}

/**
 * Quotations aligned by their words: the same words with the same speaker, the
 * same words with a different speaker (the conflict an editor most needs to
 * see), and quotations in one article only — grouped by speaker.
 */
export function alignQuotations(a: Article, quotationsA: ComparableQuotation[], b: Article, quotationsB: ComparableQuotation[]): QuotationRow[] {
  const wordsA = quotationsA.map((q) => ({ all: allWords(q.text), content: contentWords(q.text) }));
  const wordsB = quotationsB.map((q) => ({ all: allWords(q.text), content: contentWords(q.text) }));
  const pairs = matchGreedy(wordsA, wordsB, quotationSimilarity, SAME_WORDS);
  const rows: QuotationRow[] = [];
  const pairedA = new Set<number>();
  const pairedB = new Set<number>();
  for (const [i, j, similarity] of pairs) {
    pairedA.add(i);
    pairedB.add(j);
    const qa = cell(a, quotationsA[i]);
    const qb = cell(b, quotationsB[j]);
    rows.push({
      status: sameSpeaker(qa.speaker, qb.speaker) ? 'same' : 'different-speaker',
      speaker: qa.speaker ?? qb.speaker ?? UNATTRIBUTED,
      a: qa,
      b: qb,
      similarity,
    });
  }
  quotationsA.forEach((q, i) => {
    if (pairedA.has(i)) return;
    const c = cell(a, q);
    rows.push({ status: 'only-a', speaker: c.speaker ?? UNATTRIBUTED, a: c, similarity: 0 });
  });
  quotationsB.forEach((q, j) => {
    if (pairedB.has(j)) return;
    const c = cell(b, q);
    rows.push({ status: 'only-b', speaker: c.speaker ?? UNATTRIBUTED, b: c, similarity: 0 });
  });
  // Grouped by speaker (one person's quotations together under their fullest name), a group with a conflict first, unattributed last.
  const names = rows.map((r) => r.speaker);
  for (const r of rows) if (r.speaker !== UNATTRIBUTED) r.speaker = fullest(r.speaker, names);
  const conflicted = new Set(rows.filter((r) => r.status === 'different-speaker').map((r) => r.speaker));
  const rank = (r: QuotationRow): number => (r.speaker === UNATTRIBUTED ? 2 : conflicted.has(r.speaker) ? 0 : 1);
  return rows.sort(
    (x, y) =>
      rank(x) - rank(y) ||
      x.speaker.localeCompare(y.speaker) ||
      ORDER[x.status] - ORDER[y.status] ||
      (x.a?.start ?? x.b?.start ?? 0) - (y.a?.start ?? y.b?.start ?? 0),
  );
}

/** The fullest of the names that is the same person, so "Kovalenko" groups under "Elena Kovalenko". */
function fullest(speaker: string, names: string[]): string {
  let best = speaker;
  for (const n of names) if (n !== UNATTRIBUTED && n.length > best.length && sameSpeaker(n, speaker)) best = n;
  return best;
}

const ORDER: Record<QuotationRow['status'], number> = { 'different-speaker': 0, same: 1, 'only-a': 2, 'only-b': 3 };
