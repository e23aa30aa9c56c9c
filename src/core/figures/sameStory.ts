import type { Article } from '../text/article';
import { BoundedCache } from '../boundedCache';
import { MONTHS, WEEKDAYS } from './calendar';
import { FUNCTION_WORDS } from './words';
import { sharesAtLeast } from '../sharedMembers';

/**
 * Whether two articles tell the same story, judged by the names they share.
 * A workspace holds unrelated articles: 'employs about 240 people' in a story
 * about a factory fire and 'employs about 9,800 people' in one about a grocery
 * chain are not two mentions of one quantity. Inside one article the question
 * does not arise.
 */

/** Capitalised words that name no one in particular. */
const COMMON = new Set([
  ...WEEKDAYS, ...MONTHS, 'mr', 'mrs', 'ms', 'dr', 'sir', 'i', 'the', 'a', 'an', 'but', 'and', 'it', 'he', 'she', 'they', 'we',
  'government', 'police', 'president', 'minister', 'prime', 'council', 'england', 'britain', 'uk', 'us', 'u.s', 'london',
  'european', 'union', 'america', 'american', 'british', 'english', 'national', 'state', 'city', 'north', 'south', 'east',
  'west', 'new', 'street', 'road', 'university', 'company', 'group', 'service', 'services', 'news', 'department',
]);

/** Names needed in common before two articles count as the same story. */
const SHARED_NAMES = 3;

const cache = new WeakMap<Article, Set<string>>();

function namesOf(article: Article): Set<string> {
  let names = cache.get(article);
  if (names) return names;
  names = new Set();
  for (const sentence of article.sentences) {
    sentence.tokens.forEach((t, n) => {
      // A capital at the start of a sentence says nothing.
      if (n === 0 || t.kind !== 'word' || !/^\p{Lu}/u.test(t.text) || t.text.length < 3) return;
      const lower = t.normal.replace(/'s$/, '');
      if (COMMON.has(lower) || FUNCTION_WORDS.has(lower)) return;
      names!.add(lower);
    });
  }
  cache.set(article, names);
  return names;
}

/**
 * Answers per pair of article versions: a figure key shared with many articles
 * asks about each of them for every figure of one check. Kept for the articles
 * checked lately only: kept for every article, the answers about every other
 * article sharing a figure key grew with the square of the workspace (about
 * 20 MB for 1,000 articles), and an answer is a few set lookups to recompute.
 */
const pairs = new BoundedCache<Article, WeakMap<Article, boolean>>(32);

export function sameStory(a: Article, b: Article): boolean {
  if (a === b) return true;
  let known = pairs.get(a);
  if (!known) pairs.set(a, (known = new WeakMap()));
  let answer = known.get(b);
  if (answer === undefined) known.set(b, (answer = sharesNames(a, b)));
  return answer;
}

function sharesNames(a: Article, b: Article): boolean {
  return sharesAtLeast(namesOf(a), namesOf(b), SHARED_NAMES);
}
