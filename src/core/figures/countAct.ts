import lexicon from '../lexicon/event-measures.json';
import { cueLemma } from '../quotes/cues';
import { lemmasOf } from '../lexicon/wordnet';
import { isActNoun } from './eventMeasure';
import { FUNCTION_WORDS, looksLikeVerb, type Word } from './words';

/**
 * The act a counted group undergoes, as a WordNet lemma: the verb whose object it is ('cancelled 410
 * flights', 'will shut five branches'), the act noun it is 'of' ('the cancellation of 380 flights'),
 * or the verb of its passive clause ('380 flights were cancelled'). Which acts are one ('cancel' /
 * 'cancellation', 'shut' / 'closure') WordNet says at comparison time (actMatch.ts), as for
 * durations: the verb of one article then meets the noun of another.
 */
export interface CountAct {
  act: string;
  /** As written, for messages. */
  said: string;
}

/** Verbs that carry no act of their own ('had 12 rebounds', 'took 40 passengers', 'included 30 pupils'). */
const LIGHT = new Set(lexicon.lightVerbs);
const MODALS = /^(?:will|would|to|can|could|may|might|must|shall|should|did|does|do)$/;
/** Words between an act and its count that do not change which act it is ('cancelled about 410', 'shut all five'). */
const BETWEEN = /^(?:the|its|their|his|her|our|a|an|about|around|roughly|some|nearly|almost|approximately|over|more|than|at|least|up|to|all|just|only|another)$/;
const PASSIVE = /^(?:was|were|is|are|be|been|being)$/;

export function countAct(ws: Word[], first: number, next: number): CountAct | undefined {
  let k = first - 1;
  while (k >= 0 && k >= first - 3 && BETWEEN.test(ws[k].lower)) k--;
  const w = ws[k];
  if (w?.kind === 'word') {
    // 'the cancellation of 380 flights': the act's noun.
    if (w.lower === 'of') {
      const noun = ws[k - 1];
      if (noun?.kind === 'word' && /^\p{Ll}/u.test(noun.text) && !FUNCTION_WORDS.has(noun.lower) && isActNoun(noun.lower)) {
        const lemma = lemmasOf(noun.lower, 'n')[0];
        if (lemma) return { act: lemma, said: noun.lower };
      }
      return undefined;
    }
    const verb = verbAt(ws, k);
    if (verb) return verb;
  }
  // '380 flights were cancelled', 'six branches will be shut': the verb of the count's passive clause.
  let n = next;
  if (MODALS.test(ws[n]?.lower ?? '')) n++;
  if (/^(?:has|have|had)$/.test(ws[n]?.lower ?? '')) n++;
  if (!PASSIVE.test(ws[n]?.lower ?? '')) return undefined;
  n++;
  if (ws[n]?.lower === 'been') n++;
  const participle = ws[n];
  // A past participle: 'were sitting at anchor' is what they did, not what was done to them.
  if (!participle || participle.kind !== 'word' || /ing$/.test(participle.lower) || !(looksLikeVerb(participle.lower) || irregular(participle.lower))) return undefined;
  return actOf(participle);
}

/**
 * The act of the verb at `k` when it reads as a verb form: a regular past or present participle, an
 * irregular form ('shut' after 'will', 'cut' as a past), a third person ('closes'); never a light verb
 * or a verb of saying ('said 24 people died' reports, it does not act on them).
 */
function verbAt(ws: Word[], k: number): CountAct | undefined {
  const w = ws[k];
  if (FUNCTION_WORDS.has(w.lower) || /^\p{Lu}/u.test(w.text)) return undefined;
  const afterModal = MODALS.test(ws[k - 1]?.lower ?? '');
  if (!afterModal && !looksLikeVerb(w.lower) && !irregular(w.lower) && !/[^s]s$/.test(w.lower)) return undefined;
  // A third person must be a verb WordNet knows as such, not a plural noun ('the airline's branches 5').
  if (!afterModal && /[^s]s$/.test(w.lower) && !looksLikeVerb(w.lower) && lemmasOf(w.lower, 'n').length) return undefined;
  return actOf(w);
}

/** A form whose verb lemma is another word: 'shut' is its own, 'struck' is 'strike'. */
function irregular(lower: string): boolean {
  const lemma = lemmasOf(lower, 'v')[0];
  return !!lemma && lemma !== lower && !lower.startsWith(lemma);
}

function actOf(w: Word): CountAct | undefined {
  const lemma = lemmasOf(w.lower, 'v')[0];
  if (!lemma || LIGHT.has(lemma) || cueLemma(w.text)) return undefined;
  return { act: lemma, said: w.lower };
}
