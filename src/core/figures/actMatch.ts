import { derivations, readingsOf, synonyms } from '../lexicon/wordnet';

/**
 * Whether two durations time one act, through WordNet: the same lemma is
 * 'same'; a synonym or a derivation ('negotiate' / 'talks', 'walk out' /
 * 'walkout', 'deliberate' / 'deliberations') is 'related', which a finding
 * reports at a lower severity; anything looser (a hypernym, an entailment) is
 * no match, since 'a five-day trial' and 'a five-day hearing' are two things.
 */
export type ActMatch = 'same' | 'related';

const cache = new Map<string, ActMatch | null>();
const CACHE_LIMIT = 10_000;

export function actMatch(a: string, b: string): ActMatch | undefined {
  if (a === b) return 'same';
  const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  let found = cache.get(key);
  if (found === undefined) {
    found = closeRelation(a, b);
    if (!found && (derivedSynonym(a, b) || derivedSynonym(b, a))) found = 'related';
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, found);
  }
  return found ?? undefined;
}

/**
 * The one lemma ('same'), or a synonym or a derivation under some reading of
 * each ('related'). Only these three relations decide a match, and they are
 * WordNet's strongest (wordnet.ts, relatedness), so the looser ones (antonyms,
 * hypernyms, entailments), the costliest to walk, are never asked: a long
 * file weighs tens of thousands of pairs of acts.
 */
function closeRelation(a: string, b: string): ActMatch | null {
  if (a.toLowerCase() === b.toLowerCase()) return 'same';
  const rb = readingsOf(b);
  let related = false;
  for (const [la, pa] of readingsOf(a)) {
    for (const [lb, pb] of rb) {
      if (la === lb && pa === pb) return 'same';
      if (related) continue;
      if (pa === pb && synonyms(la, pa).has(lb)) related = true;
      else if (derivations(la, pa).some(([l, p]) => l === lb && p === pb)) related = true;
    }
  }
  return related ? 'related' : null;
}

/** A derivation of one that is the other or its synonym: 'walk out' → 'walkout', one of 'strike'. */
function derivedSynonym(a: string, b: string): boolean {
  for (const [lemma, pos] of readingsOf(a)) {
    for (const [derived] of derivations(lemma, pos)) {
      if (sameOrSynonym(derived, b)) return true;
    }
  }
  return false;
}

/** One word, or synonyms, under some reading of each. */
function sameOrSynonym(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  const rb = readingsOf(b);
  for (const [la, pa] of readingsOf(a)) {
    for (const [lb, pb] of rb) {
      if (pa === pb && (la === lb || synonyms(la, pa).has(lb))) return true;
    }
  }
  return false;
}
