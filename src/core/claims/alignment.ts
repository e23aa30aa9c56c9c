import type { ArticleAnalysis } from '../corpus/analysis';
import type { CheckContext } from '../corpus/context';
import type { Claim } from './claim';
import type { ClaimSide } from './conflict';
import { CASUALTIES } from './negation';
import { wordsOf, type ClaimWord } from './terms';
import { BoundedCache } from '../boundedCache';

/**
 * Alignment: which claims of other articles are about the same thing as a
 * claim of this one. Two indexes keep it from comparing every sentence with
 * every other:
 *
 * - across the corpus, articles are keyed by the names they mention
 *   ('claim:kaluga'); an article is a candidate only when it shares several
 *   names, so articles about unrelated events are never compared;
 * - inside a candidate article, claims are keyed by their content concepts,
 *   and a pair is aligned when it shares enough of them.
 */
const KEY_PREFIX = 'claim:';
/** Names two articles must share to be about one story. */
const MIN_SHARED_NAMES = 2;
/**
 * Concepts two claims must share to be about one fact; a claim with a single
 * concept ('No one was killed.') aligns on it, within an article already
 * about the same story. Symmetric, so both articles see the same pairs.
 */
export const MIN_SHARED_TERMS = 2;

const indexKeys = new WeakMap<ArticleAnalysis, readonly string[]>();

export function claimIndexKeys(analysis: ArticleAnalysis): string[] {
  return [...namesOf(analysis)];
}

/** The article's names as index keys (cached per analysis: every check of a related article asks for them). */
function namesOf(analysis: ArticleAnalysis): readonly string[] {
  let keys = indexKeys.get(analysis);
  if (!keys) {
    const set = new Set<string>();
    for (const claim of analysis.claims) for (const name of claim.entities) set.add(KEY_PREFIX + name);
    indexKeys.set(analysis, (keys = [...set]));
  }
  return keys;
}

/** The other loaded articles about the same story as the article under check. */
export function relatedArticles(context: CheckContext): ArticleAnalysis[] {
  const keys = claimIndexKeys(context.self);
  const own = new Set(keys);
  return context.others(keys).filter((other) => {
    let shared = 0;
    for (const key of namesOf(other)) if (own.has(key) && ++shared >= MIN_SHARED_NAMES) return true;
    return false;
  });
}

const termIndexes = new BoundedCache<ArticleAnalysis, Map<string, number[]>>(50);

/** Concept → indices of the claims that contain it (cached per analysis, the most recently used). */
function termIndex(analysis: ArticleAnalysis): Map<string, number[]> {
  let index = termIndexes.get(analysis);
  if (!index) {
    index = new Map();
    analysis.claims.forEach((claim, i) => {
      for (const term of claim.terms) {
        let list = index!.get(term);
        if (!list) index!.set(term, (list = []));
        list.push(i);
      }
    });
    termIndexes.set(analysis, index);
  }
  return index;
}

const sides = new BoundedCache<Claim, ClaimSide>(1000);

export function sideOf(analysis: ArticleAnalysis, claim: Claim): ClaimSide {
  let side = sides.get(claim);
  if (!side) {
    const words = wordsOf(analysis.article, claim);
    side = { article: analysis.article, claim, words, terms: new Set(claim.terms), quoted: mostlyQuoted(analysis, words) };
    sides.set(claim, side);
  }
  return side;
}

/** The claims of `other` that share enough concepts with `claim` (see MIN_SHARED_TERMS), most shared first. */
export function alignedClaims(claim: Claim, other: ArticleAnalysis): Array<{ claim: Claim; shared: number }> {
  const index = termIndex(other);
  const counts = new Map<number, number>();
  for (const term of claim.terms) for (const i of index.get(term) ?? []) counts.set(i, (counts.get(i) ?? 0) + 1);
  // Two accounts of the cause of one event ('the fire started in …' / 'the blaze was caused by …') align on the event alone.
  if (claim.causeEvent) other.claims.forEach((c, i) => { if (c.causeEvent === claim.causeEvent && !counts.has(i)) counts.set(i, 0); });
  // Two rankings of one event ('It was the first derailment …' / 'It was the second derailment …') align on the event alone.
  if (claim.ordinalEvent) other.claims.forEach((c, i) => { if (c.ordinalEvent === claim.ordinalEvent && !counts.has(i)) counts.set(i, 0); });
  return [...counts]
    .filter(([i, n]) => n >= Math.min(MIN_SHARED_TERMS, claim.terms.length, other.claims[i].terms.length) || casualtyPair(claim, other.claims[i])
      || (claim.causeEvent !== undefined && claim.causeEvent === other.claims[i].causeEvent)
      || (claim.ordinalEvent !== undefined && claim.ordinalEvent === other.claims[i].ordinalEvent))
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .map(([i, n]) => ({ claim: other.claims[i], shared: n }));
}

/**
 * A denied casualty ('No deaths have been linked to the storm') speaks for the
 * whole story, so it aligns with any claim sharing its casualty concept
 * (symmetric: either claim may be the denial).
 */
function casualtyPair(x: Claim, y: Claim): boolean {
  const denial = (c: Claim) => c.polarity === 'negative' && /^(?:no|none|nobody|no one)$/i.test(c.negation ?? '');
  if (!denial(x) && !denial(y)) return false;
  return [...CASUALTIES].some((c) => x.terms.includes(c) && y.terms.includes(c));
}

/** Whether most of the claim's content words lie inside the article's quotations. */
function mostlyQuoted(analysis: ArticleAnalysis, words: readonly ClaimWord[]): boolean {
  const content = words.filter((w) => w.concept);
  if (content.length === 0 || analysis.quotations.length === 0) return false;
  const inside = content.filter((w) => analysis.quotations.some((q) => q.spans.some((s) => s.start <= w.token.start && w.token.end <= s.end)));
  return inside.length * 2 > content.length;
}
