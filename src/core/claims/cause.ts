import { sharedTerms, type ClaimSide, type Conflict } from './conflict';
import { speculationCue } from './hedging';
import { concept, stem } from './lemma';
import { perWords } from './memo';
import type { ClaimWord } from './claimWord';
import { MONTH_NAMES_NOT_MODAL, WEEKDAY_NAMES } from '../lexicon/calendarNames';
import { eventNouns } from '../lexicon/eventNouns';

/**
 * Cause: the same event given two different origins ('the fire started in an
 * electrical cabinet' against 'the blaze began when a forklift battery
 * overheated'; 'The council blamed the deficit on care costs' against 'The
 * shortfall is the result of a collapse in parking income'). The cause is what
 * follows a causal link after the event noun: an origin verb and its
 * connector ('started in', 'came from', 'was caused by'), a causal noun or
 * adjective ('the result of', 'due to', 'blamed on'), or 'blamed EVENT on'. Its
 * head (the words before the first preposition) must be absent from the other
 * claim both ways round, so that a cause and a consistent, more precise one
 * ('began in the packing hall' / 'overheated … in the packing hall') agree.
 *
 * Two claims sharing only the event (aligned through `causeEventOf`, not
 * through shared words) are compared only when both give the same kind of
 * cause — where it began ('multiplied in a shower' / 'came from a cooling
 * tower') or why ('blamed on' / 'the result of') — and their whole cause
 * phrases share no concept: 'the fire started in the kitchen' and 'the fire
 * was caused by faulty wiring' may both be true.
 *
 * Hedging: a belief attributed to someone ('Investigators believe S', 'is
 * understood to have') is that source's account of the cause and is compared;
 * speculation ('may have started', 'possibly') is not. Only the words up to
 * the cause's head count, so a 'may' in a trailing relative clause ('…, where
 * water may have stood for weeks') does not silence the cause.
 */
/** The kind of event each caused-event noun names, by concept ('blaze' shares the concept of 'fire'). */
const EVENT_OF = new Map<string, string>();
for (const [form, kind] of eventNouns('caused')) EVENT_OF.set(concept(stem(form)), kind);

type Kind = 'origin' | 'reason';

/** Origin verbs (concepts) and, per connector, the kind of cause it opens. */
export const ORIGIN_VERBS = new Set(['start', 'caus', 'spark', 'trigger', 'blam', 'break', 'com', 'spread', 'multiply', 'bred', 'stem', 'result', 'aros', 'trac', 'attribut', 'ignit', 'link', 'put', 'carry', 'bring', 'introduc']);
/**
 * Verbs that name a cause only through one connector: 'linked to', 'put down
 * to', and the carriers of an infection ('carried aboard by', 'brought in by',
 * 'introduced by'). 'brought under control', 'put out' and 'carried on the
 * wind' say nothing of a cause.
 */
const ONLY_CONNECTOR: Record<string, string> = { link: 'to', put: 'to', carry: 'by', bring: 'by', introduc: 'by' };
const CONNECTORS: Record<string, Kind> = { in: 'origin', at: 'origin', on: 'origin', from: 'origin', inside: 'origin', when: 'reason', after: 'reason', by: 'reason', because: 'reason', to: 'reason' };
/** Causal words that take 'of'/'to'/'on' ('the result of', 'due to', 'blamed on'). */
const CAUSAL_LINKS = /^(?:(?:result|consequence|product) of|(?:due|down|owing|attributed|attributable|traced) to|blamed on|because of|caused by)$/;
const HEAD_STOPS = new Set(['in', 'on', 'at', 'of', 'near', 'inside', 'behind', 'next', 'while', 'during', 'and', 'which', 'that', 'since', 'where', 'who']);

const WHEN = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES_NOT_MODAL, 'christmas', 'easter', 'midnight', 'noon', 'midday', 'dawn', 'dusk', 'night', 'morning', 'afternoon', 'evening', 'weekend', 'a.m', 'p.m', 'am', 'pm']);

export interface CauseClaim {
  event: string;
  kind: Kind;
  /** Concepts of the cause's head ('electrical', 'cabinet'). */
  head: string[];
  /** The head as written ('an electrical cabinet'). */
  headText: string;
  /** Concepts of the whole cause phrase, up to a comma. */
  whole: string[];
  /** Index in the words after the head. */
  headEnd: number;
  text: string;
}

/** The event class of a concept ('fire' for the concept of 'blaze'), if it names an event. */
export function eventClassOf(c: string): string | undefined {
  return EVENT_OF.get(c);
}

function eventAt(words: readonly ClaimWord[], i: number): string | undefined {
  const c = words[i]?.concept;
  return c && !words[i].name ? EVENT_OF.get(c) : undefined;
}

/** Where the cause phrase starts after the event at i, and its kind. */
function linkAfter(words: readonly ClaimWord[], i: number): { start: number; kind: Kind } | undefined {
  const normal = (k: number) => words[k]?.token.normal ?? '';
  for (let j = i + 1; j < Math.min(words.length, i + 6); j++) {
    if (words[j].token.kind === 'punct') return undefined;
    if (CAUSAL_LINKS.test(`${normal(j)} ${normal(j + 1)}`)) return { start: j + 2, kind: 'reason' };
    const verb = words[j].concept;
    if (!verb || !ORIGIN_VERBS.has(verb)) continue;
    let k = j + 1;
    if (normal(k) === 'out' || normal(k) === 'up' || normal(k) === 'back' || normal(k) === 'off') k++;
    else if (verb === 'put' && normal(k) === 'down') k++;
    else if (ONLY_CONNECTOR[verb] === 'by' && /^(?:aboard|onboard|ashore|in)$/.test(normal(k)) && normal(k + 1) === 'by') k++;
    if (ONLY_CONNECTOR[verb] && (ONLY_CONNECTOR[verb] !== normal(k) || (verb === 'put' && normal(k - 1) !== 'down'))) return undefined;
    const kind = CONNECTORS[normal(k)];
    if (!kind) return undefined;
    return { start: k + (normal(k) === 'because' && normal(k + 1) === 'of' ? 2 : 1), kind };
  }
  return undefined;
}

export const causeOf = perWords(causeIn);

function causeIn(words: readonly ClaimWord[]): CauseClaim | undefined {
  for (let i = 0; i < words.length; i++) {
    let event = eventAt(words, i);
    let link = event ? linkAfter(words, i) : undefined;
    let from = i;
    // 'X blamed the deficit on …': the event is the verb's object.
    if (!link && words[i].concept === 'blam' && words[i - 1]?.token.normal !== 'was') {
      for (let e = i + 1; e < Math.min(words.length, i + 5) && !link; e++) {
        const ev = eventAt(words, e);
        if (!ev) continue;
        const on = words.slice(e + 1, e + 4).findIndex((w) => w.token.normal === 'on');
        if (on >= 0) {
          event = ev;
          link = { start: e + 2 + on, kind: 'reason' };
        }
      }
    }
    // 'X blamed a power failure for the outage': the cause is the object, the event follows 'for'.
    if (!link && words[i].concept === 'blam' && words[i - 1]?.token.normal !== 'was') {
      const forAt = words.findIndex((w, k) => k > i + 1 && k <= i + 9 && w.token.normal === 'for');
      const ev = forAt > 0 && words.slice(i + 1, forAt).every((w) => w.token.kind !== 'punct') ? eventAt(words, forAt + 1) ?? eventAt(words, forAt + 2) : undefined;
      if (ev) {
        const blamed = blamedFor(words, i, forAt, ev);
        if (blamed) return blamed;
      }
    }
    if (!event || !link) continue;
    const phrase: ClaimWord[] = [];
    for (let k = link.start; k < words.length && words[k].token.kind !== 'punct'; k++) phrase.push(words[k]);
    // 'broke out on the Fourth of July', 'started at 3 a.m. on Sunday': a date says when, not where.
    if (link.kind === 'origin' && phrase.slice(0, 5).some((w) => WHEN.has(w.token.normal) || (w.token.kind === 'number' && /^(?:1[89]|20)\d\d$/.test(w.token.text)))) continue;
    const head: string[] = [];
    const headWords: string[] = [];
    let headEnd = link.start;
    for (const w of phrase) {
      if (head.length > 0 && HEAD_STOPS.has(w.token.normal)) break;
      headWords.push(w.token.text);
      headEnd++;
      if (w.concept) head.push(w.concept);
    }
    if (head.length === 0) return undefined;
    const whole = phrase.map((w) => w.concept).filter((c): c is string => c !== null);
    const text = words.slice(from, link.start + phrase.length).map((w) => w.token.text).join(' ').replace(/\s+([,.;:’'])/g, '$1');
    return { event, kind: link.kind, head, headText: headWords.join(' '), whole, headEnd, text };
  }
  return undefined;
}

/** 'blamed CAUSE for EVENT': the words between the verb and 'for' are the cause, read like any other. */
function blamedFor(words: readonly ClaimWord[], verb: number, forAt: number, event: string): CauseClaim | undefined {
  const phrase = words.slice(verb + 1, forAt);
  const head: string[] = [];
  const headWords: string[] = [];
  for (const w of phrase) {
    if (head.length > 0 && HEAD_STOPS.has(w.token.normal)) break;
    headWords.push(w.token.text);
    if (w.concept) head.push(w.concept);
  }
  if (head.length === 0) return undefined;
  const whole = phrase.map((w) => w.concept).filter((c): c is string => c !== null);
  const text = words.slice(verb, Math.min(words.length, forAt + 3)).map((w) => w.token.text).join(' ').replace(/\s+([,.;:’'])/g, '$1');
  return { event, kind: 'reason', head, headText: headWords.join(' '), whole, headEnd: verb + 1 + headWords.length, text };
}

/** The event a claim gives a cause for ('fire', 'shortfall'), for alignment by event. */
export function causeEventOf(words: readonly ClaimWord[]): string | undefined {
  return causeOf(words)?.event;
}

/**
 * Whether the two causes may be one: the heads share a word ('an electrical
 * fault' / 'faulty electrical wiring'), or either head's noun (its last word)
 * is mentioned anywhere in the other claim, so that a cause and a consistent,
 * more precise one ('began in the packing hall' / 'a battery overheated in the
 * packing hall') agree. A modifier met elsewhere in the other claim ('a faulty
 * software update' / 'an attack on the vendor that hosts the software') does
 * not make two different causes one.
 */
function consistentHeads(x: CauseClaim, a: ClaimSide, y: CauseClaim, b: ClaimSide): boolean {
  if (x.head.some((c) => y.head.includes(c))) return true;
  return b.terms.has(x.head[x.head.length - 1]) || a.terms.has(y.head[y.head.length - 1]);
}

export function causeConflict(a: ClaimSide, b: ClaimSide): Conflict | null {
  const x = causeOf(a.words);
  const y = causeOf(b.words);
  if (!x || !y || x.event !== y.event) return null;
  if (speculationCue(a.words.slice(0, x.headEnd).map((w) => w.token)) || speculationCue(b.words.slice(0, y.headEnd).map((w) => w.token))) return null;
  if (consistentHeads(x, a, y, b)) return null;
  if (sharedTerms(a, b).size < 2 && (x.kind !== y.kind || x.whole.some((c) => y.whole.includes(c)))) return null;
  return {
    reason: 'cause',
    detail: `'${x.headText}' ↔ '${y.headText}'`,
    here: x.text,
    there: y.text,
  };
}
