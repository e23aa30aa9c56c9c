import type { ArticleAnalysis } from '../corpus/analysis';
import type { CheckContext } from '../corpus/context';
import type { Claim } from './claim';
import type { ClaimSide } from './conflict';
import { CASUALTIES } from './negation';
import { wordsOf, type ClaimWord } from './terms';
import { BoundedCache } from '../boundedCache';
import { MAX_POSTINGS, meaningIndex, meaningOf, wordsInCommon } from './meaningIndex';
import { sharesAtLeast } from '../sharedMembers';

/**
 * Alignment: which claims of other articles are about the same thing as a
 * claim of this one. Two indexes keep it from comparing every sentence with
 * every other:
 *
 * - across the corpus, articles are keyed by the names they mention
 *   ('claim:kaluga'); an article is a candidate only when it shares several
 *   names, so articles about unrelated events are never compared;
 * - inside a candidate article, claims are keyed by what their content words
 *   mean (meaningIndex.ts), and a pair is aligned when enough of its words
 *   share a meaning.
 */
const KEY_PREFIX = 'claim:';
/** Names two articles must share to be about one story. */
const MIN_SHARED_NAMES = 2;
/**
 * Words two claims must share a meaning of to be about one fact; a claim with a single
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
  return context.others(claimIndexKeys(context.self)).filter((other) => claimsRelated(context.self, other));
}

/** Whether two articles share enough names to be one story, so that their claims are compared (symmetric). */
export function claimsRelated(a: ArticleAnalysis, b: ArticleAnalysis): boolean {
  return sharesAtLeast(namesOf(a), namesOf(b), MIN_SHARED_NAMES);
}

const sides = new BoundedCache<Claim, ClaimSide>(1000);

export function sideOf(analysis: ArticleAnalysis, claim: Claim): ClaimSide {
  let side = sides.get(claim);
  if (!side) {
    const words = wordsOf(analysis.article, claim);
    const meaning = meaningOf(analysis, claim);
    const senses = { byConcept: new Map(meaning.words.map((w) => [w.concept, w.same])), all: new Set(meaning.words.flatMap((w) => [...w.same])) };
    side = { article: analysis.article, claim, words, terms: new Set(claim.terms), quoted: mostlyQuoted(analysis, words), senses };
    sides.set(claim, side);
  }
  return side;
}

/**
 * The claims of `other` that share the meaning of enough words with `claim`
 * (of `from`; see MIN_SHARED_TERMS), found through the meaning index, most
 * shared first. Two accounts of one event's cause or rank align on the event
 * alone, and a denied casualty on its casualty word.
 */
export function alignedClaims(claim: Claim, from: ArticleAnalysis, other: ArticleAnalysis): Array<{ claim: Claim; shared: number }> {
  const index = meaningIndex(other);
  const mine = meaningOf(from, claim);
  const candidates = new Set<number>();
  for (const key of mine.keys) {
    const postings = index.get(key);
    if (postings && postings.length <= MAX_POSTINGS) for (const i of postings) candidates.add(i);
  }
  const found: Array<{ claim: Claim; shared: number; i: number }> = [];
  for (const i of candidates) {
    const c = other.claims[i];
    const theirs = meaningOf(other, c);
    const shared = Math.min(wordsInCommon(mine, theirs), wordsInCommon(theirs, mine));
    const onEvent = (claim.causeEvent !== undefined && claim.causeEvent === c.causeEvent) || (claim.ordinalEvent !== undefined && claim.ordinalEvent === c.ordinalEvent);
    if (shared >= Math.min(MIN_SHARED_TERMS, mine.words.length, theirs.words.length) || onEvent || casualtyPair(claim, c)) found.push({ claim: c, shared, i });
  }
  return found.sort((x, y) => y.shared - x.shared || x.i - y.i).map(({ claim: c, shared }) => ({ claim: c, shared }));
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
