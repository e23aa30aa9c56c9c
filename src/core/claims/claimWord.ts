import type { Token } from '../text/tokens';

/**
 * A token of a claim with its concept, for rules that look at word order. A
 * leaf of its own: every claims rule reads it, and `terms.ts` (which builds
 * it) must not be imported back by the rules it serves.
 */
export interface ClaimWord {
  token: Token;
  /** Index of the token in its sentence. */
  index: number;
  /** The concept (stem, synonyms merged), or null for a stopword or punctuation. */
  concept: string | null;
  /** Part of a name ('Aske', 'Coldham'). */
  name: boolean;
}

/** An 'it' read as the previous sentence's event noun (found by pronounEvent.ts). */
export interface PronounEvent {
  /** Index in the sentence of the 'it' token. */
  index: number;
  /** The concept of the antecedent event noun, read in place of the pronoun. */
  concept: string;
}

/** The words with the pronoun read as its event. */
export function withPronounEvent(words: ClaimWord[], event: PronounEvent | undefined): ClaimWord[] {
  if (!event) return words;
  return words.map((w) => (w.index === event.index && w.token.normal === 'it' ? { ...w, concept: event.concept } : w));
}
