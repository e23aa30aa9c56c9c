/**
 * What kind of thing a common noun names, by the lexicographer file of its
 * commonest WordNet sense: a person ('strategist', 'pollster'), a group or
 * body ('committee', 'campaign'), or a message or document ('book',
 * 'article', 'ruling', 'ad'). Each of these can be a quotation's source
 * ('the book said', 'the campaign said'), where a hand list of such nouns
 * would always miss the next story's. Only the first sense: a rarer one
 * makes almost any noun a person or a message.
 */
import { lemmasOf } from '../lexicon/wordnet';
import { lemmaEntry, synset } from '../lexicon/wordnetTable';

export type SourceKind = 'person' | 'group' | 'document';

/** WordNet lexicographer files: noun.communication, noun.group, noun.person. */
const KIND_OF_FILE: Record<number, SourceKind> = { 10: 'document', 14: 'group', 18: 'person' };

const cache = new Map<string, SourceKind | null>();
const CACHE_LIMIT = 20_000;

/** The source kind of a lower-case noun form ('pollsters' → person), or null when its commonest sense is none of them. */
export function sourceKindOf(word: string): SourceKind | null {
  const w = word.toLowerCase().replace(/’/g, '\'').replace(/'s$|'$/, '');
  let known = cache.get(w);
  if (known === undefined) {
    known = null;
    for (const lemma of lemmasOf(w, 'n')) {
      const first = lemmaEntry(`${lemma}.n`)?.commonest;
      const kind = first === undefined ? undefined : KIND_OF_FILE[synset(first).lexfile];
      if (kind) {
        known = kind;
        break;
      }
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(w, known);
  }
  return known;
}
