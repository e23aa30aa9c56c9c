import { derivations, readingsOf, relatedness } from '../lexicon/wordnet';

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
    const r = relatedness(a, b);
    found = !r ? null : r.kind === 'same' ? 'same' : r.kind === 'synonym' || r.kind === 'derivation' ? 'related' : null;
    if (!found && (derivedSynonym(a, b) || derivedSynonym(b, a))) found = 'related';
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, found);
  }
  return found ?? undefined;
}

/** A derivation of one that is the other or its synonym: 'walk out' → 'walkout', one of 'strike'. */
function derivedSynonym(a: string, b: string): boolean {
  for (const [lemma, pos] of readingsOf(a)) {
    for (const [derived] of derivations(lemma, pos)) {
      const r = relatedness(derived, b);
      if (r && (r.kind === 'same' || r.kind === 'synonym')) return true;
    }
  }
  return false;
}
