import type { ClaimSide } from './conflict';
import type { Negation } from './negation';
import { isKindOf, lemmasOf } from '../lexicon/wordnet';

/**
 * A count of occurrences against none: 'the alarm had sounded twice that
 * week' against 'no alarm was raised'. Under 'no', a noun that names an
 * occurrence (an event, an act or a signal in WordNet: an alarm, a warning,
 * an arrest) is what is denied; the verb after it ('was raised', 'was
 * issued', 'were made') only reports it, so the other side need not use the
 * same verb. It must count the occurrences ('twice', 'three times'), which
 * asserts they happened. A noun that names a person or a thing counted
 * ('no firefighters were hurt' / 'firefighters were called twice') is left
 * to the rule that compares predicates.
 */
const OCCURRENCE_KINDS = ['event', 'act', 'signal'];
const TIMES = /^(?:once|twice|thrice|repeatedly)$/;
const NUMBER_WORDS = /^(?:two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|\d+)$/;

/** Whether a noun names an occurrence in some sense and a person in none. */
export function namesOccurrence(word: string): boolean {
  const lemma = lemmasOf(word, 'n')[0];
  if (!lemma) return false;
  return OCCURRENCE_KINDS.some((kind) => isKindOf(lemma, kind)) && !isKindOf(lemma, 'person');
}

/** The words [from, to) of `b` that count the occurrences of the noun 'no' denies in `a` ('sounded twice'), or null. */
export function countedOccurrence(a: ClaimSide, negation: Negation, b: ClaimSide): { from: number; to: number } | null {
  if (negation.kind !== 'quantifier' || !/^no$/i.test(negation.cue)) return null;
  const noun = a.words[negation.at + 1];
  if (!noun || noun !== negation.focus[0] || !noun.concept || !namesOccurrence(noun.token.normal)) return null;
  const at = b.words.findIndex((w) => w.concept === noun.concept);
  if (at < 0) return null;
  for (let i = at + 1; i < b.words.length && i - at <= 8; i++) {
    const t = b.words[i].token;
    if (t.kind === 'punct' && /^[,;:—–.!?]$/.test(t.text)) break;
    if (TIMES.test(t.normal)) return { from: at, to: i + 1 };
    if (t.normal === 'times' && NUMBER_WORDS.test(b.words[i - 1]?.token.normal ?? '')) return { from: at, to: i + 1 };
  }
  return null;
}
