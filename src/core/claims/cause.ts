import { differentTimes, type ClaimSide, type Conflict } from './conflict';
import type { ClaimWord } from './terms';

/**
 * Cause: the same event given two different origins ('the fire started in an
 * electrical cabinet' against 'the blaze began when a forklift battery
 * overheated'). The cause is what follows an origin verb after the event noun;
 * its head (the words before the first preposition) must be absent from the
 * other claim both ways round, so that a cause and a consistent, more precise
 * one ('began in the packing hall' / 'overheated … in the packing hall') agree.
 */
const EVENTS = new Set([
  'fire', 'explosion', 'blast', 'crash', 'collapse', 'flood', 'flooding', 'outage', 'leak', 'accident',
  'derailment', 'outbreak', 'failure', 'breach', 'spill', 'collision', 'shutdown', 'delay',
]);

/** Origin verbs (concepts) and the connectors after them that open the cause. */
const ORIGIN_VERBS = new Set(['start', 'caus', 'spark', 'trigger', 'blam', 'originat', 'break']);
const CONNECTORS = new Set(['in', 'when', 'after', 'by', 'on', 'from', 'because', 'at']);
const HEAD_STOPS = new Set(['in', 'on', 'at', 'of', 'near', 'inside', 'behind', 'next', 'while', 'during', 'and', 'which', 'that']);

export interface CauseClaim {
  event: string;
  /** Concepts of the cause's head ('electrical', 'cabinet'). */
  head: string[];
  /** The head as written ('an electrical cabinet'). */
  headText: string;
  /** Concepts of the whole cause phrase. */
  whole: string[];
  text: string;
}

export function causeOf(words: readonly ClaimWord[]): CauseClaim | undefined {
  for (let i = 0; i < words.length; i++) {
    const event = words[i].concept;
    if (!event || !EVENTS.has(event)) continue;
    for (let j = i + 1; j < Math.min(words.length, i + 5); j++) {
      const verb = words[j].concept;
      if (!verb || !ORIGIN_VERBS.has(verb)) continue;
      let k = j + 1;
      if (words[k]?.token.normal === 'out') k++;
      if (!CONNECTORS.has(words[k]?.token.normal ?? '')) break;
      const phrase = words.slice(k + 1).filter((w) => !(w.token.kind === 'punct' && /^[.!?]$/.test(w.token.text)));
      const head: string[] = [];
      const headWords: string[] = [];
      for (const w of phrase) {
        if (head.length > 0 && HEAD_STOPS.has(w.token.normal)) break;
        if (w.token.kind === 'punct') break;
        headWords.push(w.token.text);
        if (w.concept) head.push(w.concept);
      }
      const whole = phrase.map((w) => w.concept).filter((c): c is string => c !== null);
      if (head.length === 0) return undefined;
      const text = phrase.length ? words.slice(i, k + 1 + phrase.length).map((w) => w.token.text).join(' ').replace(/\s+([,.;:])/g, '$1') : '';
      return { event, head, headText: headWords.join(' '), whole, text };
    }
  }
  return undefined;
}

export function causeConflict(a: ClaimSide, b: ClaimSide): Conflict | null {
  if (a.claim.hedge || b.claim.hedge || differentTimes(a, b)) return null;
  const x = causeOf(a.words);
  const y = causeOf(b.words);
  if (!x || !y || x.event !== y.event) return null;
  if (x.head.some((c) => b.terms.has(c)) || y.head.some((c) => a.terms.has(c))) return null;
  return {
    reason: 'cause',
    detail: `'${x.headText}' ↔ '${y.headText}'`,
    here: x.text,
    there: y.text,
  };
}
