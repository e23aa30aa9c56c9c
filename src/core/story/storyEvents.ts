/**
 * The story's events: the main event and the sub-events the articles date or
 * time ('the crash', 'the vote', 'the arrest'), read from the figures the
 * figure reader already keyed by what they date, so that an event is named in
 * the articles' own words and not from a list.
 */
import type { Article } from '../text/article';
import type { Figure } from '../figures/figure';
import { actMatch } from '../figures/actMatch';
import { passageOf, type Passage } from './passage';

/** 'measure': a figure with no key of its own that the clause ties to the event (figures/eventMeasure.ts). */
export type EventAttributeKind = 'date' | 'time' | 'duration' | 'place' | 'measure';

export interface EventAttribute {
  kind: EventAttributeKind;
  value: string;
  /** What a 'measure' measures: 'speed', 'duration', 'distance', 'mass' … */
  dimension?: string;
  /** The thing the measure is of, or its clause's subject ('coach'). */
  of?: string;
  passage: Passage;
}

export interface StoryEvent {
  /** The event noun and, when the articles give one, its place ('fire@takengon'). */
  id: string;
  /** The event's word as the key reader stems it ('crash', 'vote', 'arrest'). */
  noun: string;
  /** Names the keys attach to it ('tully' for the arrest of Tully). */
  participants: string[];
  attributes: EventAttribute[];
  passages: Passage[];
}

const KIND_OF_PREFIX: Record<string, EventAttributeKind> = { when: 'date', day: 'date', date: 'date', time: 'time', duration: 'duration' };
/** Key segments that say what is dated but are no event ('event' marks a plain event key). */
const NOT_EVENT = new Set(['event', '']);

function eventOf(figure: Figure): { kind: EventAttributeKind; noun: string; participants: string[] } | undefined {
  if (figure.kind === 'duration' && figure.act) return { kind: 'duration', noun: figure.act, participants: [] };
  if (!figure.key || (figure.kind !== 'date' && figure.kind !== 'weekday' && figure.kind !== 'time' && figure.kind !== 'duration')) return undefined;
  const [prefix, ...rest] = figure.key.split(':');
  const kind = KIND_OF_PREFIX[prefix];
  const segments = rest.filter((s) => !NOT_EVENT.has(s));
  if (!kind || !segments.length) return undefined;
  return { kind, noun: segments[0], participants: segments.slice(1) };
}

/**
 * Two events of one noun stay apart when their places differ or the article
 * itself gives the noun two days (two fires), and when one is recalled from an
 * earlier occasion.
 */
export function storyEvents(articles: Array<{ article: Article; figures: Figure[] }>): StoryEvent[] {
  const events = new EventTable();
  for (const { article, figures } of articles) {
    for (const figure of figures) {
      const found = eventOf(figure);
      if (!found) continue;
      const at = figure.attachment;
      if (at?.occasion || at?.rangeEnd || at?.ambiguous) continue;
      const place = at?.place ?? placeAfterNoun(article.text.slice(article.sentences[figure.sentence].start, article.sentences[figure.sentence].end), found.noun);
      // A duration's act joins the event WordNet relates it to ('negotiating' / 'talks').
      const related = found.kind === 'duration' && !place ? events.relatedTo(found.noun) : undefined;
      const id = related?.id ?? (place ? `${found.noun}@${place}` : found.noun);
      let event = events.get(id);
      if (!event) events.add((event = { id, noun: found.noun, participants: [], attributes: [], passages: [] }));
      for (const p of found.participants) if (!event.participants.includes(p)) event.participants.push(p);
      const passage = passageOf(article, figure.start, figure.end);
      event.attributes.push({ kind: found.kind, value: figure.stated, passage });
      if (place && !event.attributes.some((a) => a.kind === 'place')) event.attributes.push({ kind: 'place', value: place, passage });
      event.passages.push(passage);
    }
    for (const figure of figures) addMeasure(events, article, figure);
  }
  return events.list;
}

/**
 * The events found so far, in the order they were found, and for each noun
 * asked about the event WordNet relates it to. Events are only ever added, so
 * the first related event, once found, stays the first, and a noun that
 * matched none is tried only against the events added since: each (noun,
 * event) pair is weighed once per story, not once per figure, which kept a
 * long archive's story quadratic in its figures.
 */
class EventTable {
  readonly list: StoryEvent[] = [];
  private readonly byId = new Map<string, StoryEvent>();
  private readonly related = new Map<string, { tried: number; found?: StoryEvent }>();

  get(id: string): StoryEvent | undefined {
    return this.byId.get(id);
  }

  add(event: StoryEvent): void {
    this.byId.set(event.id, event);
    this.list.push(event);
  }

  /** The event of no particular place whose noun is `noun` or one WordNet relates to it. */
  relatedTo(noun: string): StoryEvent | undefined {
    const own = this.byId.get(noun);
    if (own) return own;
    let memo = this.related.get(noun);
    if (!memo) this.related.set(noun, (memo = { tried: 0 }));
    if (memo.found) return memo.found;
    for (; memo.tried < this.list.length; memo.tried++) {
      const e = this.list[memo.tried];
      if (!e.id.includes('@') && actMatch(e.noun, noun)) return (memo.found = e);
    }
    return undefined;
  }
}

/**
 * A measure with no key joins the event its clause names, or one WordNet relates
 * to it ('negotiating' joins 'talks'), as an attribute of that dimension.
 */
function addMeasure(events: EventTable, article: Article, figure: Figure): void {
  const m = figure.measures;
  const at = figure.attachment;
  if (!m?.event || eventOf(figure) || at?.occasion || at?.rangeEnd) return;
  let event = events.relatedTo(m.event);
  if (!event) events.add((event = { id: m.event, noun: m.event, participants: [], attributes: [], passages: [] }));
  for (const p of [at?.holder, m.inferred ? null : m.thing]) if (p && !event.participants.includes(p)) event.participants.push(p);
  const passage = passageOf(article, figure.start, figure.end);
  event.attributes.push({ kind: 'measure', value: figure.stated, dimension: m.dimension, ...(m.thing ? { of: m.thing } : {}), passage });
  event.passages.push(passage);
}

/** What may follow an event noun's word to give its place: 'fire in Leeds', 'fires at Ashby Park'. */
const PLACE_AFTER = /\p{L}*\s+(?:in|at|near)\s+(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)*)/uy;

/**
 * 'the fire in Leeds': the place a sentence gives the event noun itself, at the
 * first word that begins with the noun. One pattern serves every noun: a
 * pattern built per noun cost tens of milliseconds each to compile (its
 * Unicode classes), and an archive names hundreds of event nouns.
 */
function placeAfterNoun(sentence: string, noun: string): string | undefined {
  const word = noun.replace(/[^a-z]/g, '');
  if (!word) return undefined;
  for (let at = sentence.indexOf(word); at >= 0; at = sentence.indexOf(word, at + 1)) {
    if (at > 0 && /\w/.test(sentence[at - 1])) continue;
    PLACE_AFTER.lastIndex = at + word.length;
    const m = PLACE_AFTER.exec(sentence);
    if (m) return m[1].toLowerCase();
  }
  return undefined;
}
