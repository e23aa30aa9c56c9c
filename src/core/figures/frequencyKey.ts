import { countAct } from './countAct';
import type { QuantityKey } from './figure';
import type { Word } from './words';

/**
 * How often an act happened: 'cited more than 300 times', 'has been arrested three times', 'The
 * paper, cited about 130 times,'. The act is the verb before the number, as a WordNet lemma (the
 * same reading as a count's act, countAct.ts), and it is the key: two frequencies of one act in one
 * story are one figure told twice, unless they belong to two holders (the attachment tells). A
 * multiplier ('three times the size', 'four times as many', 'five times higher') and a rate ('three
 * times a day') are not how often something happened. Keyed by a verb alone, unsure: compared across
 * articles only, and reported as likely at most.
 */
const MULTIPLIER_AFTER = /^(?:the|as|more|less|fewer|that|what|over|its|their|his|her|our|this|a|an|per|each|every|daily|weekly|monthly|yearly|annually|higher|lower|larger|bigger|greater|smaller|faster|slower|longer|shorter)$/;

export function frequencyKey(ws: Word[], first: number, next: number): QuantityKey | undefined {
  const times = ws[next];
  if (!times || times.lower !== 'times') return undefined;
  const after = ws[next + 1];
  if (after && after.kind === 'word' && (MULTIPLIER_AFTER.test(after.lower) || /[a-z]{3,}er$/.test(after.lower))) return undefined;
  // 'five times as likely', hyphenated 'three-times-weekly': no act is counted.
  if (after && after.text === '-' && after.joined) return undefined;
  // The verb before the number: '300 times' after a noun ('a record 300 times') counts no act we can name.
  const act = countAct(ws, first, next);
  if (!act) return undefined;
  return { key: `times:${act.act}`, quantity: `how often it was ${act.said}`, owner: null, confidence: 'unsure', end: times.end, act: act.act };
}
