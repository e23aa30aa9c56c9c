import type { Article } from '../text/article';
import { isStrongCue } from '../quotes/cues';
import { lemmasOf, nounSenses, hypernymSynsets } from '../lexicon/wordnet';
import { synset } from '../lexicon/wordnetTable';
import lexicon from '../lexicon/event-measures.json';
import scope from '../lexicon/figure-scope.json';
import type { EventMeasure, Figure } from './figure';
import { nounPhraseAt } from './nounPhrase';
import { compoundPart } from './compoundPart';
import { unitNamed } from './units';
import { FUNCTION_WORDS, figureWords, looksLikeVerb, singular, type Word } from './words';

/**
 * A figure the key readers leave without a key ('had been behind the wheel for
 * about 90 minutes', 'the bus was doing 90 km/h', 'the coach weighed 12 tonnes')
 * still measures something: the event its clause names — by its verb
 * ('negotiating', 'travelling') or by a noun for an act ('three days of talks',
 * 'the journey took') — or the thing it is a measure of ('the 15-tonne coach').
 * This reads that event, the clause's subject and the measure's dimension, so
 * that the story can hold the figure as an attribute of its event and another
 * article's figure of the same event and dimension can be compared with it
 * (eventMeasureMatch.ts), however each article words it.
 */

const LIGHT = new Set(lexicon.lightVerbs);
const OPENERS = new Set(lexicon.clauseOpeners);
const EVENT_ANCESTORS = new Set(lexicon.eventAncestors);
const PRONOUNS = new Set(lexicon.pronouns);
/** A page's own line ('Last updated at 12:42 GMT') dates the page, not the story (as attachment.ts reads it). */
const METADATA = new Set(scope.pageMetadata);
const COORDINATORS = new Set(['and', 'but', 'or']);
const MODALS = new Set(['to', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'did', 'does', 'do']);
/** Punctuation that closes the clause a figure's verb is looked for in. */
const STOPS = new Set([',', ';', ':', '(', ')', '"', '“', '”', '—', '–', '.', '?', '!']);

/** The dimension a figure measures, as comparable across units; undefined for figures that are not measures. */
export function dimensionOf(figure: Figure): string | undefined {
  switch (figure.kind) {
    case 'duration':
      return 'duration';
    case 'time':
      return 'time of day';
    case 'percent':
      return 'percentage';
    case 'money':
      return 'money';
    case 'measure': {
      const unit = figure.unit ? unitNamed(figure.unit) : undefined;
      return unit?.dimension === 'length' ? 'distance' : unit?.dimension;
    }
    default:
      return undefined;
  }
}

/**
 * Whether a figure is read here: every measure, keyed or not, so that one with
 * no key can meet another article's keyed one ('doing 90 km/h' / the speed 'at
 * the time of the crash'); two keyed ones are left to their keys.
 */
export function wantsEvent(figure: Figure): boolean {
  return !figure.negated && !!dimensionOf(figure);
}

const actCache = new Map<string, boolean>();

/**
 * Whether a noun names an act or a happening ('talks', 'journey', 'meeting'), by
 * its first WordNet sense: 'coach' has a verb too, but its first sense is a thing.
 */
export function isActNoun(word: string): boolean {
  const lemma = lemmasOf(word, 'n')[0];
  if (!lemma) return false;
  let found = actCache.get(lemma);
  if (found === undefined) {
    const senses = nounSenses(lemma);
    found = false;
    if (senses) {
      const chain = [senses.sense, ...hypernymSynsets([senses.sense], 12)];
      found = chain.some((id) => synset(id).lemmas.some((l) => EVENT_ANCESTORS.has(l)));
    }
    if (actCache.size > 10_000) actCache.clear();
    actCache.set(lemma, found);
  }
  return found;
}

/** The verb lemma of a word that reads as a verb form here ('travelling', 'weighed', 'struck'), or undefined. */
function verbAt(w: Word | undefined): string | undefined {
  if (!w || w.kind !== 'word' || FUNCTION_WORDS.has(w.lower) || !looksLikeVerb(w.lower)) return undefined;
  return lemmasOf(w.lower, 'v')[0];
}

/**
 * A common noun's singular: a lower-case content word, or a sentence's capitalised
 * first word that WordNet knows as a noun ('Fares'); else undefined (names, pronouns, function words).
 */
function nounAt(w: Word | undefined, first = false): string | undefined {
  if (!w || w.kind !== 'word' || FUNCTION_WORDS.has(w.lower) || PRONOUNS.has(w.lower) || !/^\p{L}{2,}$/u.test(w.text)) return undefined;
  if (/^\p{Lu}/u.test(w.text) && !(first && lemmasOf(w.lower, 'n').length)) return undefined;
  return singular(w.lower);
}

/** The first noun phrase's head of a sentence: what the next sentence's 'it' most likely stands for. */
function subjectOfSentence(ws: Word[]): string | undefined {
  const phrase = nounPhraseAt(ws, 0, 4);
  if (!phrase) return undefined;
  return nounAt(ws[phrase.next - 1]);
}

interface Read {
  event: string | null;
  said: string | null;
  thing: string | null;
  /** The thing is what a pronoun most likely stands for, not a word of the clause. */
  inferred: boolean;
  /** A name that is the verb's subject. */
  who?: string;
  /** The event is named by a noun ('the search', 'three days of talks'), not only by a verb. */
  named: boolean;
}

/**
 * The event and the thing of the figure at words [i, after): an act noun after it
 * ('three days of talks', 'a 90-minute meeting') or a thing ('the 15-tonne coach');
 * else the verb before it in its clause and that verb's subject.
 */
function readClause(ws: Word[], i: number, after: number, figure: Figure, previousSubject: string | undefined): Read {
  // A duration's act is a noun unless the figure follows its verb ('negotiating for four days').
  const read: Read = { event: figure.act ?? null, said: figure.act ?? null, thing: null, inferred: false, named: !!figure.act && ws[i - 1]?.lower !== 'for' };
  const adjective = figure.text.includes('-') && ws[after]?.kind === 'word';
  // 'three hours of questioning': a gerund is its verb's act.
  const gerund = ws[after]?.lower === 'of' && /ing$/.test(ws[after + 1]?.lower ?? '') ? verbAt(ws[after + 1]) : undefined;
  if (gerund && !read.event) return { event: gerund, said: ws[after + 1].lower, thing: null, inferred: false, named: true };
  if (ws[after]?.lower === 'of' || adjective) {
    const phrase = nounPhraseAt(ws, adjective ? after : after + 1, 3, !adjective);
    if (phrase && !phrase.capitalized) {
      const head = phrase.words[phrase.words.length - 1];
      if (isActNoun(head)) {
        read.event ??= lemmasOf(head, 'n')[0];
        read.said ??= head;
        read.named = true;
      } else if (nounAt(ws[phrase.next - 1])) {
        read.thing = singular(head);
      }
      if (read.event || read.thing) return read;
    }
  }
  // Back from the figure to its verb, then to the verb's subject, within the clause.
  let k = i - 1;
  let verb: string | undefined;
  for (; k >= 0; k--) {
    const w = ws[k];
    if (w.kind === 'punct' && STOPS.has(w.text)) return read;
    if (w.kind === 'word' && (OPENERS.has(w.lower) || isStrongCue(w.text))) return read;
    verb = verbAt(w);
    if (verb) break;
  }
  if (!verb) return read;
  if (!LIGHT.has(verb) && !read.event) {
    read.event = verb;
    read.said = ws[k].lower;
  }
  let bare = true;
  for (let s = k - 1; s >= 0; s--) {
    const w = ws[s];
    // 'It had left Oban … and was travelling at 15 knots': a verb group straight after 'and' shares the first verb's subject.
    if (bare && COORDINATORS.has(w.lower)) {
      let v = s - 1;
      while (v >= 0 && !verbAt(ws[v]) && !(ws[v].kind === 'punct' && STOPS.has(ws[v].text))) v--;
      if (v >= 0 && verbAt(ws[v])) {
        s = v;
        continue;
      }
    }
    // 'The ferry, the Linnhe Star, was travelling': the subject before an apposition between commas.
    if (bare && w.text === ',') {
      const open = ws.slice(Math.max(0, s - 7), s).map((x) => x.text).lastIndexOf(',');
      if (open >= 0) {
        const at = Math.max(0, s - 7) + open;
        const noun = nounAt(ws[at - 1], at - 1 === 0);
        if (noun && !verbAt(ws[at - 1])) {
          read.thing = noun;
          break;
        }
      }
    }
    if ((w.kind === 'punct' && STOPS.has(w.text)) || (w.kind === 'word' && (OPENERS.has(w.lower) || isStrongCue(w.text)))) break;
    if (!FUNCTION_WORDS.has(w.lower) && !MODALS.has(ws[s - 1]?.lower ?? '')) bare = false;
    if (PRONOUNS.has(w.lower)) {
      read.thing = w.lower === 'it' ? previousSubject ?? null : null;
      read.inferred = !!read.thing;
      break;
    }
    // 'would have to stay shut': a bare verb after 'to' or a modal belongs to the verb group, not the subject.
    if (MODALS.has(ws[s - 1]?.lower ?? '')) continue;
    // A capital opens the sentence or a name: a name is who the measure is of ('David Garrard threw for 329 yards').
    if (/^\p{Lu}/u.test(w.text) && !(s === 0 && nounAt(w, true))) {
      let first = s;
      while (first > 0 && /^\p{Lu}/u.test(ws[first - 1].text) && ws[first - 1].kind === 'word') first--;
      read.who = ws.slice(first, s + 1).map((x) => x.lower).join(' ').replace(/['’]s$/, '');
      // 'Members of the Faculty Association voted': the subject is the members, of that body.
      const of = ws[first - 1]?.lower === 'of' ? first - 1 : ws[first - 1]?.lower === 'the' && ws[first - 2]?.lower === 'of' ? first - 2 : -1;
      const head = of > 0 ? nounAt(ws[of - 1], of - 1 === 0) : undefined;
      if (head) read.thing = head;
      break;
    }
    const noun = nounAt(w, s === 0);
    if (noun && !verbAt(w)) {
      // 'the journey took three hours': a subject that names an act is the event a light verb lacks.
      if (!read.event && isActNoun(noun)) {
        read.event = lemmasOf(noun, 'n')[0];
        read.said = w.lower;
        read.named = true;
      } else {
        read.thing = noun;
      }
      break;
    }
  }
  return read;
}

/**
 * 'when:meet:board:', 'when:vote:director:': the date of what a verb and its subject
 * name, as the date reader keys it, read as the slot of a sub-event (its verb the
 * event, its subject the thing). Full dates only: two weekdays of one article are
 * most often two days of a many-day story, and a year alone is no occasion's date.
 */
export function dateSlot(figure: Figure): EventMeasure | undefined {
  if (figure.kind !== 'date' || figure.confidence !== 'sure' || figure.when?.month === undefined) return undefined;
  const m = /^when:([a-z][a-z ]*):([a-z][a-z-]*):$/.exec(figure.key ?? '');
  if (!m || m[1] === 'event') return undefined;
  return { dimension: 'date', event: m[1], said: m[1], thing: m[2], inferred: false };
}

/** Sets `measures` on each figure that wants an event and whose clause names one or a thing. */
export function attachEventMeasures(article: Article, figures: Figure[]): void {
  const wanted = new Map<number, Figure[]>();
  for (const f of figures) {
    const date = dateSlot(f);
    if (date) f.measures = date;
    if (!wantsEvent(f)) continue;
    let list = wanted.get(f.sentence);
    if (!list) wanted.set(f.sentence, (list = []));
    list.push(f);
  }
  if (!wanted.size) return;
  let previousSubject: string | undefined;
  for (const sentence of article.sentences) {
    const list = wanted.get(sentence.index);
    const ws = list || wanted.has(sentence.index + 1) ? figureWords(sentence) : undefined;
    const metadata = !!ws && ws.slice(0, 3).some((w) => METADATA.has(w.lower));
    for (const f of metadata ? [] : list ?? []) {
      const i = ws!.findIndex((w) => w.start >= f.start);
      if (i < 0) continue;
      const end = ws!.findIndex((w) => w.start >= f.end);
      // 'four hours and 50 minutes', 'six feet two inches': one measure in two figures, neither of them the whole.
      if (compoundPart(article.text, f, list!)) continue;
      const read = readClause(ws!, i, end < 0 ? ws!.length : end, f, previousSubject);
      if (!read.event && !read.thing && !read.who) continue;
      f.measures = { dimension: dimensionOf(f)!, event: read.event, said: read.said, thing: read.thing, inferred: read.inferred, ...(read.who ? { who: read.who } : {}), ...(read.named ? { named: true } : {}) } satisfies EventMeasure;
    }
    if (ws) previousSubject = subjectOfSentence(ws) ?? previousSubject;
    else previousSubject = undefined;
  }
}
