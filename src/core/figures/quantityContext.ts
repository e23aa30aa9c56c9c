import { EXTENT_NOUNS } from './nounPhrase';
import { GENERIC_NOUNS } from './roles';
import { FUNCTION_WORDS, looksLikeVerb, singular, type Word } from './words';
import type { QuantityKey } from './figure';

/*
 * What the count, money, share and measure keys all read from the words around a figure: the
 * period and rate window it is tied to, the noun before it, and the absence of a key. Kept apart
 * so that each kind's file imports it without importing the others.
 */

/** A window of time is when, not what: '$2.4bn in the three months to September'. */
export const TIME_NOUNS = new Set(['month', 'year', 'quarter', 'week', 'day', 'hour', 'season', 'period', 'decade', 'half', 'minute']);

/** Words that open a clause restricting the counted group. */
export const RESTRICTING = /^(?:who|whom|whose|that|which)$/;

export const NONE: QuantityKey = { key: null, quantity: null, owner: null, confidence: 'unsure' };

/** A period the figure is tied to ('since January', 'a year earlier', 'last season'), so that different periods are not compared. */
export function periodAfter(ws: Word[], k: number): string | null {
  for (let n = k; n < Math.min(ws.length, k + 6); n++) {
    const l = ws[n].lower;
    if (ws[n].kind === 'punct' && ws[n].text !== '-') return null;
    if (l === 'since' && ws[n + 1]) return 'since ' + ws[n + 1].lower;
    if ((l === 'in' || l === 'during') && /^(?:18|19|20)\d\d$/.test(ws[n + 1]?.text ?? '')) return 'in ' + ws[n + 1].text;
    if ((l === 'a' || l === 'one') && ws[n + 1]?.lower === 'year' && /^(?:earlier|ago|before)$/.test(ws[n + 2]?.lower ?? '')) return 'a year earlier';
    if (l === 'last' && /^(?:year|season|month|week|quarter)$/.test(ws[n + 1]?.lower ?? '')) return 'last ' + ws[n + 1].lower;
    if (l === 'this' && /^(?:year|season|month|week|quarter)$/.test(ws[n + 1]?.lower ?? '')) return 'this ' + ws[n + 1].lower;
  }
  return null;
}

/**
 * A year that frames the clause before the figure ('The last derailment, in 2009,
 * injured 12 people'), unless it belongs to a relative clause ('Caddock, which was
 * bought in 2019, estimated the damage at …').
 */
function yearBefore(ws: Word[], first: number): string | null {
  for (let n = first - 1; n > 0; n--) {
    if (!/^(?:18|19|20)\d\d$/.test(ws[n].text) || !/^(?:in|during)$/.test(ws[n - 1].lower)) continue;
    // 'a block built in 1968, and forced 86 residents out': a participle's year dates the noun it describes.
    if (PARTICIPLE.test(ws[n - 2]?.lower ?? '')) return null;
    for (let m = n - 2; m >= 0 && ws[m].text !== ','; m--) {
      if (/^(?:which|who|whose|when|where|that|since)$/.test(ws[m].lower)) return null;
    }
    return 'in ' + ws[n].text;
  }
  return null;
}

const PARTICIPLE = /^(?:[a-z]{2,}ed|built|made|born|begun|set|sold|bought|taken|given|written|held|won|laid|dug|rebuilt)$/;

/** The period a figure is tied to, stated after it or framing its clause. */
export function periodOf(ws: Word[], first: number, after: number): string | null {
  return periodAfter(ws, after) ?? yearBefore(ws, first);
}

/** A rate or window after the figure: 'in 24 hours' and 'in a day' are the same window; 'a year' is a yearly rate. */
export function windowAfter(ws: Word[], k: number): string | null {
  const l = (n: number): string => ws[n]?.lower ?? '';
  const hours: Record<string, number> = { hour: 1, hours: 1, day: 24, days: 24, week: 168, weeks: 168, month: 730, months: 730, year: 8766, years: 8766 };
  let n = k;
  if (l(n) === 'more') n++;
  if (l(n) === 'in' || l(n) === 'over' || l(n) === 'per' || l(n) === 'a' || l(n) === 'an' || l(n) === 'each' || l(n) === 'every') {
    const prep = l(n);
    let count = 1;
    let m = n + 1;
    if (prep === 'in' || prep === 'over') {
      if (l(m) === 'the' && (l(m + 1) === 'past' || l(m + 1) === 'last')) m += 2;
      if (ws[m]?.kind === 'number') {
        count = Number(ws[m].text.replace(/,/g, ''));
        m++;
      } else if (l(m) === 'a' || l(m) === 'an' || l(m) === 'one') {
        m++;
      } else return null;
    }
    if (hours[l(m)] !== undefined) return `per ${count * hours[l(m)]}h`;
  }
  return null;
}

/** The content word just before index `k` (skipping adjectives is not attempted: 'net loss of' → loss). */
export function nounBefore(ws: Word[], k: number): string | undefined {
  const w = ws[k - 1];
  if (!w || w.kind !== 'word' || FUNCTION_WORDS.has(w.lower) || looksLikeVerb(w.lower)) return undefined;
  if (/^[A-Z]/.test(w.text) && k - 1 > 0) return undefined;
  const noun = singular(w.lower);
  return GENERIC_NOUNS.has(noun) || EXTENT_NOUNS.has(noun) ? undefined : noun;
}
