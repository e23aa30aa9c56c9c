import data from './negative-implicatives.json';
import { lemmasOf } from './wordnet';
import { lemmaEntry, synset } from './wordnetTable';

/**
 * The negative-implicative verbs ('refused to pay', 'failed to stop',
 * 'neglected to file'): the reviewed seed of negative-implicatives.json and
 * the single-word synonyms of each WordNet sense at least two seed verbs
 * share. A sense only one seed verb has ('decline' as 'worsen', 'fail' as
 * 'go wrong') is another meaning of the word, not of the class. Built on
 * first use, from the lazily loaded table.
 */
let members: Set<string> | undefined;
let phrases: Set<string> | undefined;

export function negativeImplicatives(): ReadonlySet<string> {
  if (members) return members;
  const seed = new Set(data.seed);
  const found = new Set(seed);
  const sensesOf = (lemma: string) => lemmaEntry(`${lemma}.v`)?.synsets ?? [];
  const count = new Map<number, number>();
  for (const lemma of seed) for (const id of sensesOf(lemma)) count.set(id, (count.get(id) ?? 0) + 1);
  const multiword = new Set<string>();
  for (const [id, n] of count) {
    if (n < 2) continue;
    for (const lemma of synset(id).lemmas) (lemma.includes(' ') ? multiword : found).add(lemma);
  }
  phrases = multiword;
  return (members = found);
}

/** Whether a word form is a negative-implicative verb ('refused', 'declines', 'failing'). */
export function isNegativeImplicative(word: string): boolean {
  return lemmasOf(word, 'v').some((lemma) => negativeImplicatives().has(lemma));
}

/** The phrasal verbs of the same senses ('turn down', 'pass up'), as 'verb particle' lemmas. */
export function negativeImplicativePhrases(): ReadonlySet<string> {
  negativeImplicatives();
  return phrases!;
}

/** Whether a verb form and the particle after it are a phrasal negative-implicative verb ('turned down'). */
export function isNegativeImplicativePhrase(word: string, particle: string): boolean {
  return lemmasOf(word, 'v').some((lemma) => negativeImplicativePhrases().has(`${lemma} ${particle}`));
}
