import { lemmasOf } from '../lexicon/wordnet';
import type { QuantityKey } from './figure';
import { nounPhraseAt } from './nounPhrase';
import { FUNCTION_WORDS, looksPlural, singular, type Word } from './words';

/**
 * The magnitude of a quake or any event measured on a scale of magnitudes, written before or after
 * the number, joined or not: 'magnitude 2.8', 'a magnitude-3.2 tremor', 'a 3.2-magnitude quake',
 * 'a magnitude of 6.1'. A magnitude has no unit; what it is the magnitude of is the noun that
 * follows ('seismic event', 'quake') or, when it follows its noun, that noun ('the quake had a
 * magnitude of 6.1'), kept as the figure's act so that two events WordNet does not make one
 * ('quake' / 'aftershock') are not compared. Sure when the noun follows the number; read back
 * through a verb, unsure; with no noun ('the strongest of magnitude 4.6') it may be any of the
 * story's shocks, and it has no key.
 */
export const MAGNITUDE = 'magnitude';

/** Words that pick one shock out of several. */
const SERIES = /^(?:one|another|first|second|third|latest|largest|strongest|biggest|smallest|last|earlier|later|subsequent)$/;

export function magnitudeKey(ws: Word[], first: number, at: number, next: number): QuantityKey | undefined {
  const l = (k: number): string => ws[k]?.lower ?? '';
  // 'One 7.3-magnitude tremor', 'the first 7.6-magnitude quake', 'a second 6.0 quake': one shock of a series.
  if (SERIES.test(l(first - 1))) return undefined;
  let word: number;
  let headAt: number;
  let end: number | undefined;
  if (l(at - 1) === MAGNITUDE || (l(at - 1) === '-' && ws[at].joined && l(at - 2) === MAGNITUDE)) {
    // 'magnitude 2.8 seismic event', 'a magnitude-3.2 tremor'
    word = l(at - 1) === MAGNITUDE ? at - 1 : at - 2;
    headAt = next;
  } else if (l(first - 1) === 'of' && l(first - 2) === MAGNITUDE) {
    // 'a magnitude of 6.1': what it is of is before it.
    word = first - 2;
    headAt = -1;
  } else if (l(next) === MAGNITUDE || (l(next) === '-' && ws[next + 1]?.joined && l(next + 1) === MAGNITUDE)) {
    // 'a 3.2-magnitude quake', 'a 6.1 magnitude earthquake'
    word = l(next) === MAGNITUDE ? next : next + 1;
    headAt = word + 1;
    end = ws[word].end;
  } else {
    return undefined;
  }
  const phrase = headAt >= 0 ? nounPhraseAt(ws, headAt, 3, false) : undefined;
  const after = phrase && !phrase.capitalized ? phrase.words[phrase.words.length - 1] : undefined;
  const head = after ?? nounBefore(ws, word);
  // 'the strongest of magnitude 4.6': with no noun for what it is the magnitude of, it may be any of the story's shocks.
  if (!head) return undefined;
  const act = lemmasOf(head, 'n')[0] ?? singular(head);
  if (after) end = phrase!.end;
  const quantity = `the magnitude of the ${after ? phrase!.words.join(' ') : head}`;
  return { key: MAGNITUDE, quantity, owner: null, confidence: after ? 'sure' : 'unsure', ...(end ? { end } : {}), act };
}

/** Words between a noun and its magnitude: 'the quake had a magnitude', 'a tremor of magnitude', 'measured magnitude'. */
const LINK = /^(?:a|an|the|of|had|has|have|was|is|were|measured|measuring|registered|registering|with)$/;

/** The noun a magnitude written after it is of ('The quake had a magnitude of 6.1'), or undefined. */
function nounBefore(ws: Word[], word: number): string | undefined {
  let k = word - 1;
  while (k >= 0 && k >= word - 3 && LINK.test(ws[k].lower)) k--;
  const w = ws[k];
  if (k === word - 1 || !w || w.kind !== 'word' || /^\p{Lu}/u.test(w.text) || FUNCTION_WORDS.has(w.lower) || /est$/.test(w.lower)) return undefined;
  return lemmasOf(w.lower, 'n').length || looksPlural(w.lower) ? w.lower : undefined;
}
