import type { ClaimWord } from './claimWord';

/**
 * Caches a function of a claim's words by the words array itself. A claim is
 * compared with every aligned claim of every related article, and the
 * contradiction rules read the same things off each side again and again
 * (its negations, places, acts); computed once per side they cost nothing.
 * The array's length is checked too, so an array grown after a first call
 * (an antecedent's words appended) is read afresh.
 */
export function perWords<T>(compute: (words: readonly ClaimWord[]) => T): (words: readonly ClaimWord[]) => T {
  const cache = new WeakMap<readonly ClaimWord[], { length: number; value: T }>();
  return (words) => {
    const known = cache.get(words);
    if (known && known.length === words.length) return known.value;
    const value = compute(words);
    cache.set(words, { length: words.length, value });
    return value;
  };
}

/** The words' normal forms, as a set (cached per words array). */
export const normalsOf = perWords((words) => new Set(words.map((w) => w.token.normal)));
