import { headOf, nounPhraseAt } from './nounPhrase';
import { GENERIC_NOUNS } from './roles';
import { FUNCTION_WORDS, looksLikeVerb, singular, type Word } from './words';
import type { QuantityKey } from './figure';
import { NONE, periodOf } from './quantityContext';
import { changeWords } from '../lexicon/changeWords';

const FALL: ReadonlySet<string> = new Set(changeWords('fall', 'percent'));
const RISE: ReadonlySet<string> = new Set(changeWords('rise', 'percent'));
/** Words for money set aside for a purpose: a cut in one is a cut in the others. */
const SPENDING_NOUNS = new Set(['budget', 'budgets', 'spending', 'funding', 'expenditure']);
const SUBJECT_SKIP = new Set(['will', 'would', 'could', 'set', 'being', 'was', 'were', 'is', 'are', 'be', 'been', 'had', 'has', 'have', 'closed', 'ended', 'finished', 'stood', 'by', 'at', 'of', 'a', 'an', 'the', 'to', 'some', 'nearly', 'about', 'around']);
/** Words for a company's stock. */
const SHARE_NOUNS = new Set(['share', 'shares', 'stock', 'stocks', 'price']);

function direction(lower: string): string | undefined {
  return FALL.has(lower) ? 'fall' : RISE.has(lower) ? 'rise' : undefined;
}

function shareNoun(noun: string): string {
  return SHARE_NOUNS.has(noun) ? 'share' : noun;
}

/** The key of a percentage: '52.4 percent of the vote', 'Shares closed down 11 percent', "a 14% slide in the share price", 'a turnout of 61 per cent'. */
export function percentKey(ws: Word[], first: number, next: number, unit: string): QuantityKey {
  const period = periodOf(ws, first, next);
  const make = (what: string, dir: string | undefined, quantity: string, owner: string | null = null): QuantityKey => ({
    key: ['percent', unit, what, dir ?? '', period ?? ''].join(':'),
    quantity,
    owner,
    confidence: 'sure',
  });
  // 'is demanding 9%', 'holding out for 7 per cent': a pay claim; 'offered 4 per cent': an offer, another quantity.
  // Unsure: a claim or offer may change within one story, so only other articles are compared.
  const bargain = bargainBefore(ws, first);
  if (bargain) return { key: ['percent', unit, bargain, '', period ?? ''].join(':'), quantity: bargain === 'claim' ? 'the rise demanded' : 'the rise offered', owner: null, confidence: 'unsure' };
  const l = ws[next]?.lower;
  if (l === 'of' || l === 'for') {
    const phrase = nounPhraseAt(ws, wholeCountSkipped(ws, next + 1), 4);
    if (phrase) {
      const head = SHARE_OF_SYNONYMS[headOf(phrase)] ?? headOf(phrase);
      if (head && !GENERIC_NOUNS.has(head) || head === 'vote') {
        const owner = ownerBefore(ws, first);
        const key = make(`${l}:${head}`, undefined, `share ${l} the ${head}`, owner);
        return !owner && subjectOfClause(ws, first, phrase.next) ? { ...key, ofAll: true } : key;
      }
    }
  }
  // 'a 14% slide in the share price'
  const dirAfter = l ? direction(l) : undefined;
  if (dirAfter && ws[next + 1]?.lower === 'in') {
    const phrase = nounPhraseAt(ws, next + 2, 3);
    if (phrase) {
      const noun = shareNoun(singular(phrase.words[0])) === 'share' ? 'share' : headOf(phrase);
      return make(noun, dirAfter, `${dirAfter} in ${noun === 'share' ? 'the share price' : noun}`);
    }
  }
  // Walk back over verbs and particles to the subject: 'Shares closed down 11 percent', 'Turnout was 61.2 percent'.
  let dir: string | undefined;
  let k = first - 1;
  for (; k >= 0 && k >= first - 5; k--) {
    const w = ws[k];
    const d = direction(w.lower);
    if (d) {
      dir ??= d;
      continue;
    }
    if (SUBJECT_SKIP.has(w.lower) || w.text === '-') continue;
    break;
  }
  // 'Shares in Northway fell 3%'
  if (ws[k - 1]?.lower === 'in' && SHARE_NOUNS.has(ws[k - 2]?.lower ?? '')) k -= 2;
  const subject = ws[k];
  // 'Library budgets will be cut by 6 per cent' and 'Library spending will fall by 9%': one quantity,
  // named by its head's synonym group and the noun before it (so that park budgets are not library ones).
  if (subject && ws[first - 1]?.lower === 'by' && dir && SPENDING_NOUNS.has(subject.lower)) {
    const modifier = ws[k - 1]?.kind === 'word' && !FUNCTION_WORDS.has(ws[k - 1].lower) && !looksLikeVerb(ws[k - 1].lower) ? ws[k - 1].lower : '';
    const what = modifier ? `${modifier} budget` : 'budget';
    return make(what, dir, `${what} ${dir}`);
  }
  if (subject && subject.kind === 'word' && !FUNCTION_WORDS.has(subject.lower) && !looksLikeVerb(subject.lower) && k < first - 1) {
    const noun = shareNoun(subject.lower) === 'share' ? 'share' : singular(subject.lower);
    if (!GENERIC_NOUNS.has(noun)) return make(noun, dir, `${noun === 'share' ? 'share price' : noun}${dir ? ' ' + dir : ''}`);
  }
  return NONE;
}

/** Nouns a story alternates for the group a share is of: a school's pupils are its students. */
const SHARE_OF_SYNONYMS: Record<string, string> = { pupil: 'student', schoolchild: 'student' };

/**
 * 'of Fairview's roughly 400 staff', 'of the 2,000 residents': a possessive and the group's own size
 * stand between 'of' and the group's noun; the index of the noun phrase after them.
 */
function wholeCountSkipped(ws: Word[], k: number): number {
  let m = k;
  if (/^(?:the|its|their)$/.test(ws[m]?.lower ?? '') && ws[m + 1]?.kind === 'number') m++;
  else if (/^\p{Lu}\p{L}*['’]s$/u.test(ws[m]?.text ?? '')) m++;
  else return k;
  if (/^(?:roughly|about|around|some|nearly|almost|approximately|over|just)$/.test(ws[m]?.lower ?? '')) m++;
  return ws[m]?.kind === 'number' ? m + 1 : k;
}

/** Verbs (and verb phrases ending just before the number) that make a percentage a pay claim or an offer. */
const CLAIM_BEFORE = /^(?:demand|demands|demanding|demanded|seeking|seeks|sought|wants|wanted|claiming)$/;
const OFFER_BEFORE = /^(?:offer|offers|offered|offering)$/;

/** 'demanding 9%', 'holding out for 7 per cent', 'asking for 6%' → claim; 'offered 4 per cent' → offer. */
function bargainBefore(ws: Word[], first: number): 'claim' | 'offer' | undefined {
  const l = (n: number): string => ws[n]?.lower ?? '';
  if (CLAIM_BEFORE.test(l(first - 1))) return 'claim';
  if (l(first - 1) === 'for' && (/^(?:asking|calling|pushing|pressing|holding|striking|angling|fighting)$/.test(l(first - 2)) || (l(first - 2) === 'out' && /^(?:holding|holds|held|hold)$/.test(l(first - 3))))) return 'claim';
  if (OFFER_BEFORE.test(l(first - 1))) return 'offer';
  return undefined;
}

/** Does the share at `first` (its 'of' phrase ending before `after`) open its clause and come before its verb ('About 40 percent of the flights were cancelled')? */
function subjectOfClause(ws: Word[], first: number, after: number): boolean {
  const prev = ws[first - 1];
  if (prev && prev.text !== ',' && prev.text !== ';' && prev.text !== ':') return false;
  const next = ws[after];
  return !!next && next.kind === 'word' && (/^(?:was|were|is|are|had|have|has|will|would|could|may|might|did)$/.test(next.lower) || looksLikeVerb(next.lower));
}

/** A name just before the verb before the number ('Hale took 52.4 percent'): whose figure it is. */
function ownerBefore(ws: Word[], first: number): string | null {
  const verb = ws[first - 1];
  let name = ws[first - 2];
  // 'Skyline Air, which flies more than half of the departures': the share is the antecedent's.
  if (name && /^(?:which|who)$/.test(name.lower) && ws[first - 3]?.text === ',') name = ws[first - 4];
  if (!verb || !name || verb.kind !== 'word' || name.kind !== 'word') return null;
  if (!/^[A-Z]/.test(name.text) || FUNCTION_WORDS.has(name.lower)) return null;
  return name.lower;
}
