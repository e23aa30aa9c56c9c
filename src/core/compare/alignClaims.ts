import type { Article } from '../text/article';
import type { ClaimRow, ComparableClaim, ConflictRow } from './comparison';
import { comparedPassage, conflictCovering } from './conflicts';
import { WEEKDAYS, MONTHS } from '../figures/calendar';
import { allWords, contentWords, matchGreedy, overlap } from './words';

// Words that name a day or a number: two claims alike in everything but these
// tell different facts ('on Tuesday' / 'on Wednesday'). 'May' and 'March' are
// verbs as often as months, so they do not count on their own.
const CALENDAR_WORDS = new Set([...WEEKDAYS, ...MONTHS.filter((m) => m !== 'may' && m !== 'march'), 'yesterday', 'today', 'tomorrow']);
const isFactWord = (w: string): boolean => /\d/.test(w) || CALENDAR_WORDS.has(w);

/** The day and number words each claim has and the other lacks, when both have some: a date or figure that differs. */
export function differingFacts(textA: string, textB: string): [string[], string[]] | undefined {
  const a = [...allWords(textA)].filter(isFactWord);
  const b = [...allWords(textB)].filter(isFactWord);
  const onlyA = a.filter((w) => !b.includes(w));
  const onlyB = b.filter((w) => !a.includes(w));
  return onlyA.length > 0 && onlyB.length > 0 ? [onlyA, onlyB] : undefined;
}

/** Two claims this alike say the same thing (about half their content words shared). */
const SAME_CLAIM = 0.5;

/**
 * Claims aligned: each claim of A paired with the claim of B that shares the
 * most content words. A pair the engine reported as a contradiction is a
 * conflict; a close pair of opposite polarity, or with a different date or
 * number, that the engine did not flag is shown as a difference for the
 * editor to judge; the rest agree or are in one only.
 */
export function alignClaims(a: Article, claimsA: ComparableClaim[], b: Article, claimsB: ComparableClaim[], conflicts: ConflictRow[]): ClaimRow[] {
  const wordsA = claimsA.map((c) => contentWords(c.text));
  const wordsB = claimsB.map((c) => contentWords(c.text));
  const pairs = matchGreedy(wordsA, wordsB, (x, y) => overlap(x, y), SAME_CLAIM);
  const rows: ClaimRow[] = [];
  const pairedA = new Set<number>();
  const pairedB = new Set<number>();
  const side = (article: Article, c: ComparableClaim) => ({ ...comparedPassage(article, c.start, c.end), polarity: c.polarity });
  for (const [i, j, similarity] of pairs) {
    pairedA.add(i);
    pairedB.add(j);
    const ca = claimsA[i];
    const cb = claimsB[j];
    const conflict = conflictCovering(conflicts, ca, cb);
    const row: ClaimRow = { status: 'agree', a: side(a, ca), b: side(b, cb), similarity };
    if (conflict) {
      row.status = 'conflict';
      row.detail = conflict.message;
    } else if (ca.polarity !== cb.polarity) {
      row.status = 'differ';
      row.detail = `One says it, the other denies it (${ca.polarity} ↔ ${cb.polarity}).`;
    } else {
      const facts = differingFacts(ca.text, cb.text);
      if (facts) {
        row.status = 'differ';
        row.detail = `A date or number differs: ${facts[0].map((w) => `‘${w}’`).join(', ')} ↔ ${facts[1].map((w) => `‘${w}’`).join(', ')}; Source Check did not judge it a conflict.`;
      }
    }
    rows.push(row);
  }
  // A contradiction the engine found between claims too unlike to pair by words still gets its row.
  claimsA.forEach((ca, i) => {
    if (pairedA.has(i)) return;
    const j = claimsB.findIndex((cb, k) => !pairedB.has(k) && conflictCovering(conflicts, ca, cb));
    if (j < 0) return;
    pairedA.add(i);
    pairedB.add(j);
    const conflict = conflictCovering(conflicts, ca, claimsB[j])!;
    rows.push({ status: 'conflict', a: side(a, ca), b: side(b, claimsB[j]), similarity: overlap(wordsA[i], wordsB[j]), detail: conflict.message });
  });
  claimsA.forEach((c, i) => pairedA.has(i) || rows.push({ status: 'only-a', a: side(a, c), similarity: 0 }));
  claimsB.forEach((c, j) => pairedB.has(j) || rows.push({ status: 'only-b', b: side(b, c), similarity: 0 }));
  return rows.sort(byStatusThenPosition);
}

const ORDER: Record<ClaimRow['status'], number> = { conflict: 0, differ: 1, agree: 2, 'only-a': 3, 'only-b': 4 };

function byStatusThenPosition(x: ClaimRow, y: ClaimRow): number {
  return ORDER[x.status] - ORDER[y.status] || (x.a?.start ?? x.b?.start ?? 0) - (y.a?.start ?? y.b?.start ?? 0);
}
