import type { ArticleAnalysis } from '../corpus/analysis';
import type { Claim } from './claim';
import { conceptOfWord, wordsOf } from './terms';
import { meaningKeys, oppositeKeys } from '../lexicon/wordnet';
import { BoundedCache } from '../boundedCache';

/**
 * The alignment index: every claim of an article keyed by what its content
 * words mean, not how they are spelt. A word's keys are its concept (stem,
 * newsroom synonyms merged; 'c:fire') and, for a word that is no name, the
 * keys of its WordNet meanings (every synset of every reading, its lemma and
 * derivations: 'approved' and 'sanctioned', 'closure' and 'closed', 'talks'
 * and 'negotiate' meet). An event a clause gives a cause for or ranks is a
 * key as well ('cause:fire', 'ordinal:derailment'), so two accounts of one
 * cause meet whatever their words.
 */
export interface MeaningWord {
  /** The word's concept: what the claim rules compare. */
  concept: string;
  /** What the word means: its concept's and WordNet's keys. */
  same: ReadonlySet<string>;
  /** Those and the synsets of its direct antonyms: 'approved' and 'rejected' are about one decision. */
  keys: ReadonlySet<string>;
}

export interface ClaimMeaning {
  words: MeaningWord[];
  /** Keys of the whole claim: its words' keys and its events'. */
  keys: ReadonlySet<string>;
}

const meanings = new BoundedCache<Claim, ClaimMeaning>(2000);

/** A claim's content words with their meaning keys, one entry per concept (cached per claim, the most recently used). */
export function meaningOf(analysis: ArticleAnalysis, claim: Claim): ClaimMeaning {
  let found = meanings.get(claim);
  if (found) return found;
  const byConcept = new Map<string, { same: Set<string>; keys: Set<string> }>();
  for (const w of wordsOf(analysis.article, claim)) {
    if (!w.concept) continue;
    let entry = byConcept.get(w.concept);
    if (!entry) byConcept.set(w.concept, (entry = { same: new Set([`c:${w.concept}`]), keys: new Set([`c:${w.concept}`]) }));
    // A name means itself: 'Bush' and 'Wood' are no shrubs or timber here. A word whose sense its
    // context decided ('nothing left', 'left hooks', 'switched off') means that sense, not all of the word's.
    if (w.name || w.token.kind !== 'word' || w.concept !== conceptOfWord(w.token.normal, false)) continue;
    for (const k of meaningKeys(w.token.normal)) { entry.same.add(k); entry.keys.add(k); }
    for (const k of oppositeKeys(w.token.normal)) entry.keys.add(k);
  }
  // Most words have no antonym: their keys are their meaning, one set held once (a cache of thousands of claims keeps them).
  const words = [...byConcept].map(([concept, entry]) => ({ concept, same: entry.same, keys: entry.keys.size === entry.same.size ? entry.same : entry.keys }));
  const all = new Set<string>();
  for (const w of words) for (const k of w.keys) all.add(k);
  if (claim.causeEvent) all.add(`cause:${claim.causeEvent}`);
  if (claim.ordinalEvent) all.add(`ordinal:${claim.ordinalEvent}`);
  found = { words, keys: all };
  meanings.set(claim, found);
  return found;
}

const indexes = new BoundedCache<ArticleAnalysis, Map<string, number[]>>(50);

/** Key → indices of the article's claims holding it (cached per analysis, the most recently used). */
export function meaningIndex(analysis: ArticleAnalysis): Map<string, number[]> {
  let index = indexes.get(analysis);
  if (!index) {
    index = new Map();
    analysis.claims.forEach((claim, i) => {
      for (const key of meaningOf(analysis, claim).keys) {
        let list = index!.get(key);
        if (!list) index!.set(key, (list = []));
        list.push(i);
      }
    });
    indexes.set(analysis, index);
  }
  return index;
}

/**
 * A key held by more claims than this is too common to look candidates up
 * by ('fire' in a long report on a fire): it still counts in a pair found
 * through a rarer key, but is never walked. This bounds the work per claim,
 * so a long article is not compared sentence by sentence.
 */
export const MAX_POSTINGS = 100;

/** How many of `mine`'s words share a meaning with one of `theirs`. */
export function wordsInCommon(mine: ClaimMeaning, theirs: ClaimMeaning): number {
  let n = 0;
  for (const w of mine.words) {
    for (const k of w.keys) {
      if (theirs.keys.has(k)) {
        n++;
        break;
      }
    }
  }
  return n;
}
