import kinds from '../lexicon/counted-kinds.json';
import { lemmaOf, nounSenses } from '../lexicon/wordnet';

/**
 * What a count counts, as WordNet senses, so that two articles' counts meet
 * when one names the same things more or less specifically: 'about 300
 * visitors' and 'more than 500 guests' (a guest is a kind of visitor), 'jobs'
 * and 'posts' (one sense). Exact keys ('count:visitor:…') cannot see that.
 *
 * A count key is 'count:noun:role:window:period'; its kinds are the key with
 * the noun replaced by the noun's first sense ('own') and by each sense
 * directly above it ('above'), unless that sense is too general to say what
 * is counted (a person, a group). Two counts are of one kind when one's own
 * sense is the other's, or directly above the other's — never when they are
 * only two kinds of one thing (nurses and patients are both persons).
 */
export interface CountedKind {
  own: string;
  above: string[];
}

const TOO_GENERAL = new Set(kinds.tooGeneral);

const cache = new Map<string, CountedKind | null>();

export function countedKind(key: string): CountedKind | null {
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const kind = kindOf(key);
  if (cache.size > 20_000) cache.clear();
  cache.set(key, kind);
  return kind;
}

function kindOf(key: string): CountedKind | null {
  const parts = key.split(':');
  if (parts.length !== 5 || parts[0] !== 'count') return null;
  const [, noun, ...rest] = parts;
  // A noun phrase of several words ('snow leopard', 'parked car') is already specific; a one-word noun only.
  if (!/^[a-z]+$/.test(noun)) return null;
  const lemma = lemmaOf(noun, 'n');
  if (TOO_GENERAL.has(lemma)) return null;
  const senses = nounSenses(lemma);
  if (!senses) return null;
  const tail = rest.join(':');
  const keyOf = (sense: number) => `count:n${sense}:${tail}`;
  // A sense with no lemma the table keeps cannot be judged general or not: left out.
  const above = senses.above.filter((_, k) => senses.aboveLemmas[k].length > 0 && !senses.aboveLemmas[k].some((l) => TOO_GENERAL.has(l))).map(keyOf);
  return { own: keyOf(senses.sense), above };
}

/** Whether two counts' kinds name the same things: one sense, or one directly above the other. */
export function sameKind(a: CountedKind, b: CountedKind): boolean {
  return a.own === b.own || a.above.includes(b.own) || b.above.includes(a.own);
}
