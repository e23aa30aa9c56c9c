import { EXTENT_NOUNS, headOf, nounPhraseAt } from './nounPhrase';
import { GENERIC_NOUNS } from './roles';
import type { Word } from './words';
import { commonestLexfiles, lemmasOf } from '../lexicon/wordnet';
import type { QuantityKey } from './figure';
import { NONE, nounBefore, periodOf, TIME_NOUNS, windowAfter } from './quantityContext';

/** The key of an amount of money: 'a net loss of $312m', 'the $213m loss', '$60m in severance', 'the damage at £4.5m', 'debt, about $1.1bn'. */
export function moneyKey(ws: Word[], first: number, next: number): QuantityKey {
  const period = periodOf(ws, first, next);
  const window = windowAfter(ws, next);
  const make = (noun: string, end?: number, confidence: 'sure' | 'unsure' = 'sure'): QuantityKey => ({
    key: ['money', MONEY_SYNONYMS[noun] ?? noun, window ?? '', period ?? ''].join(':'),
    quantity: noun.replace(/-/g, ' '),
    owner: null,
    confidence,
    end,
  });
  const before = ws[first - 1];
  // 'stealing £1.2m from the charity', 'siphoned £1.6m of donations': the verb says what the money is.
  // Unsure: two thefts in one article may be different ones, so only other articles' mentions are compared.
  if (before && THEFT_VERBS.test(before.lower)) return { ...make('stolen', undefined, 'unsure'), quantity: 'money stolen' };
  if (before && (before.lower === 'of' || before.lower === 'at' || before.text === ',')) {
    const noun = nounBefore(ws, first - 1);
    if (noun) return make(noun === 'payment' && oneOffBefore(ws, first - 2) ? 'bonus' : noun);
  }
  // '$213 million loss', '$2.4bn revenue figure'
  let k = next;
  if (ws[k]?.lower === 'more') k++;
  const after = nounPhraseAt(ws, k, 3, false);
  if (after && !after.capitalized) {
    const head = headOf(after);
    if (!GENERIC_NOUNS.has(head) && !EXTENT_NOUNS.has(head)) return make(head, after.end);
  }
  // '$60 million in severance', '£3 million more in add-ons'
  if (ws[k]?.lower === 'in') {
    const inPhrase = nounPhraseAt(ws, k + 1, 3);
    if (inPhrase && !inPhrase.capitalized && !TIME_NOUNS.has(headOf(inPhrase))) return make(headOf(inPhrase));
  }
  // 'it cost the county about $48,000', 'costing £21 million', 'paid the firm $3m': the verb's act names the sum.
  // Unsure, as for thefts: two payments in one article may be two, so only other articles' mentions are compared.
  const act = moneyActBefore(ws, first);
  if (act) return make(act, undefined, 'unsure');
  return NONE;
}

/**
 * WordNet's verbs of possession and transfer ('pay', 'donate', 'earn') and of
 * state ('cost', 'spend'): the classes whose object or complement is a sum.
 */
const MONEY_VERB_FILES = new Set([40, 42]);

/**
 * The act of a verb of paying or costing that governs the sum at `first`,
 * with at most two words of its object between ('cost the county'), as the
 * noun of the same spelling when WordNet has one ('cost' → the cost, as in 'a
 * cost of £18.5m'), else the verb's lemma.
 */
function moneyActBefore(ws: Word[], first: number): string | null {
  for (let k = first - 1; k >= 0 && k >= first - 3; k--) {
    const w = ws[k];
    if (w.kind !== 'word') return null;
    const lemma = lemmasOf(w.lower, 'v')[0];
    const verb = lemma !== undefined && commonestLexfiles(w.lower, 'v').some((f) => MONEY_VERB_FILES.has(f)) && !DETERMINER_BEFORE.has(ws[k - 1]?.lower ?? '');
    if (verb) return lemma;
    // Only an object can stand between: a determiner or a noun ('the county', 'taxpayers').
    if (!DETERMINER_BEFORE.has(w.lower) && lemmasOf(w.lower, 'n').length === 0) return null;
  }
  return null;
}

/** A determiner before a word makes it a noun ('the cost', 'a pay rise'). */
const DETERMINER_BEFORE = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'this', 'that']);

/** Verbs whose object is money taken dishonestly: the amount stolen, however the story words it. */
const THEFT_VERBS = /^(?:steal|steals|stole|stolen|stealing|siphon|siphons|siphoned|siphoning|embezzle|embezzles|embezzled|embezzling|misappropriate|misappropriated|misappropriating|pocketed|pilfered|pilfering|swindled|swindling|looted|looting|defrauded|defrauding)$/;

/**
 * Newsroom words for one money quantity: a budget 'shortfall', 'gap', 'deficit' or 'black hole'
 * is the same sum; a 'fine' is a 'penalty'; 'revenue' is 'turnover'. Only groups a sub-editor would
 * swap freely; a loss is not a deficit, savings are not cuts.
 */
const MONEY_SYNONYMS: Record<string, string> = {};
for (const group of ['shortfall gap deficit hole', 'fine penalty', 'revenue turnover']) {
  const words = group.split(' ');
  for (const w of words) MONEY_SYNONYMS[w] = words[0];
}

/** 'a one-off payment', 'a one-time payment', 'a lump sum payment' (payment at index `k`): a bonus, however worded. */
function oneOffBefore(ws: Word[], k: number): boolean {
  const l = (n: number): string => ws[n]?.lower ?? '';
  return (/^(?:off|time)$/.test(l(k - 1)) && ws[k - 2]?.text === '-' && l(k - 3) === 'one') || (l(k - 1) === 'sum' && l(k - 2) === 'lump');
}
