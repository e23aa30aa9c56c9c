import type { ArticleAnalysis } from '../corpus/analysis';
import type { CheckContext } from '../corpus/context';
import { BoundedCache } from '../boundedCache';
import { relatedness } from '../lexicon/wordnet';
import { actMatch } from './actMatch';
import { compareFigures, type Agreement } from './compareFigures';
import type { EventMeasure, Figure } from './figure';
import { matchStrength, sameHolder, type MatchStrength } from './figureMatch';
import { sameStory } from './sameStory';
import { storyOf } from './storyOwners';
import { memberOf, type Story } from '../story/story';
import { toBase, unitNamed } from './units';
import { singular } from './words';

/**
 * Whether two measures with no common key (see eventMeasure.ts) are of one event
 * and one dimension: 'after negotiating for four days' and 'after three days of
 * talks', 'the bus was doing 90 km/h' and 'it was travelling at about 70 mph'.
 *
 * The events are matched through WordNet: one lemma, a synonym or a derivation
 * ('negotiate' / 'talks') name one act; a hypernym ('drive' / 'travel') only
 * when a participant is shared too (the same thing or the same named holder).
 * A clause with a light verb ('was doing', 'took') names no event, and then the
 * participant alone must tie the two. The story model tells two measures apart
 * as it does two counts: different holders, occasions, parts, the ends of a range.
 *
 * Only across articles: one article that times the same act twice is most often
 * timing two people or two occasions. A share or a sum needs both: the event
 * (a share of sales is not a fall in sales) and the thing it is of.
 * Strength: 'sure' for the same event of the same participant, 'likely' for a
 * related event or an unknown participant, 'weak' (not reported) otherwise.
 */

type Relation = 'same' | 'related' | 'loose' | 'unknown' | 'differ';

/** Relations of two words, by pair: a long file asks about the same few events and things thousands of times. */
const relations = new BoundedCache<string, Relation>(20_000);

function memo(kind: string, a: string, b: string, compute: () => Relation): Relation {
  const key = `${kind}\u0000${a}\u0000${b}`;
  let found = relations.get(key);
  if (found === undefined) relations.set(key, (found = compute()));
  return found;
}

function eventRelation(a: string | null, b: string | null): Relation {
  if (!a || !b) return 'unknown';
  return memo('event', a, b, () => eventRelationOf(a, b));
}

function eventRelationOf(a: string, b: string): Relation {
  const act = actMatch(a, b);
  if (act) return act;
  return relatedness(a, b)?.kind === 'hypernym' ? 'loose' : 'differ';
}

function thingRelation(a: string | null, b: string | null): Relation {
  if (!a || !b) return 'unknown';
  if (a === b) return 'same';
  return memo('thing', a, b, () => thingRelationOf(a, b));
}

function thingRelationOf(a: string, b: string): Relation {
  const r = relatedness(a, b);
  if (r?.kind === 'same') return 'same';
  if (r?.kind === 'synonym' || r?.kind === 'derivation') return 'related';
  return r?.kind === 'hypernym' ? 'loose' : 'differ';
}

function anchored(f: Figure): boolean {
  const m = f.measures!;
  return !!m.thing || !!m.who || !!f.attachment?.holder || !!m.named || m.dimension === 'date';
}

/** Dimensions whose figure is of something and says what by its event (a share of, a change in, a sum for). */
const OF_SOMETHING = new Set(['percentage', 'money']);

export function eventMeasureMatch(a: Figure, b: Figure, storyYear?: number): MatchStrength {
  const x = a.measures;
  const y = b.measures;
  if (!x || !y || x.dimension !== y.dimension || a.kind !== b.kind) return 'weak';
  const event = eventRelation(x.event, y.event);
  const thing = thingRelation(x.thing, y.thing);
  if (event === 'differ' || thing === 'differ') return 'weak';
  const holderA = x.who ?? a.attachment?.holder ?? null;
  const holderB = y.who ?? b.attachment?.holder ?? null;
  if (holderA && holderB && !sameHolder(holderA, holderB)) return 'weak';
  // A name on one side and a common noun on the other ('Charles rushed' / 'a team rushed'): one of them only when the cast makes the noun that name.
  const onlyName = (p: EventMeasure, pHolder: string | null, q: EventMeasure, qHolder: string | null): boolean => {
    const name = p.who ?? pHolder;
    return !!name && !p.thing && !!q.thing && !q.who && !qHolder && !sameHolder(name, q.thing);
  };
  if (onlyName(x, holderA, y, holderB) || onlyName(y, holderB, x, holderA)) return 'weak';
  const holder = !!holderA && !!holderB && sameHolder(holderA, holderB);
  // Each side must say whose or which the event is: a thing ('it' for the coach), a name, or a noun for the event. A bare
  // verb with no subject ('throwing for 205 yards', 'he … scampering in from 32 yards') could be anyone's of a series.
  if (!anchored(a) || !anchored(b)) return 'weak';
  const inferred = x.inferred || y.inferred;
  const participant = (thing !== 'unknown' && !inferred) || holder;
  // A share or a sum is no attribute of a thing alone: 'more than half of sales' is a share, 'sales slipped 6 percent'
  // a change; each side's event must say which, and a participant which thing.
  if (OF_SOMETHING.has(x.dimension) && (!participant || event === 'unknown' || event === 'loose')) return 'weak';
  if (x.dimension !== 'date' && apart(a, b)) return 'weak';
  const tied = thing === 'same' || thing === 'related';
  // A sub-event's date: both sides name the act and who does it, the act one or related, the doer the same or a kind of it
  // ('the board meets' / 'the board convenes'); one occasion of the story, so the story's year and the ends of ranges still apply.
  if (x.dimension === 'date') {
    if (event !== 'same' && event !== 'related') return 'weak';
    if (thing === 'unknown' || (event === 'same' && thing === 'same')) return 'weak';
    const model = matchStrength(a, b, false, storyYear);
    return model === 'weak' ? 'weak' : 'likely';
  }
  let strength: MatchStrength;
  if (event === 'same' || event === 'related') strength = event === 'same' && ((thing === 'same' && !inferred) || holder) ? 'sure' : 'likely';
  else strength = tied || holder ? 'likely' : 'weak';
  if (strength === 'weak') return strength;
  // The story's own tests of two figures (holders, occasions, parts, range ends), as for two sure keys.
  const model = matchStrength({ ...a, confidence: 'sure' }, { ...b, confidence: 'sure' }, false, storyYear);
  return model === 'weak' ? 'weak' : model === 'likely' || strength === 'likely' ? 'likely' : 'sure';
}

/**
 * Under no common key, figures more than three times apart are more likely two
 * things than one misreported ('walked for 10 minutes' / 'a five-hour trip').
 */
const MAX_RATIO = 3;

function apart(a: Figure, b: Figure): boolean {
  if (a.low === null || a.high === null || b.low === null || b.high === null) return true;
  const base = (f: Figure, v: number): number => {
    const unit = f.unit ? unitNamed(f.unit) : undefined;
    return unit ? toBase(v, unit) : v;
  };
  const low = Math.max(base(a, a.low), base(b, b.low));
  const high = Math.min(base(a, a.high), base(b, b.high));
  return high <= 0 || low / high > MAX_RATIO;
}

/** What a message calls the measured quantity: 'speed of the bus', 'duration of the talks'. */
export function measureQuantity(m: EventMeasure): string {
  if (m.said && m.thing) return `${m.dimension} of the ${m.thing} ('${m.said}')`;
  if (m.said) return `${m.dimension} of '${m.said}'`;
  return `${m.dimension} of the ${m.thing}`;
}

/** Keyed by a key reader: two such figures are compared, or told apart, by their keys. 'duration:act' is no more than its act. */
function keyed(f: Figure): boolean {
  return !!f.key && f.key !== 'duration:act';
}

export const EVENT_INDEX = 'figure-event:';

const byDimensionCache = new WeakMap<ArticleAnalysis, Map<string, Figure[]>>();

/**
 * An article's event measures by dimension (cached per analysis, which is per
 * article version), without those of an event the article itself measures twice
 * with different values: 'a 44-yard field goal' and 'a 36-yard field goal', 'threw
 * for 205 yards' and 'threw for 300 yards' tell of a kind of event that happens
 * again and again, and which one another article measures cannot be known.
 */
/** How many measures of one dimension on each side of a measure the repeat check looks at, in article order. */
const REPEAT_NEIGHBOURS = 24;

export function eventMeasuresOf(analysis: ArticleAnalysis): Map<string, Figure[]> {
  let map = byDimensionCache.get(analysis);
  if (!map) {
    map = new Map();
    for (const f of analysis.figures) {
      if (!f.measures) continue;
      let list = map.get(f.measures.dimension);
      if (!list) map.set(f.measures.dimension, (list = []));
      list.push(f);
    }
    for (const [dimension, list] of map) {
      // Each measure is compared with its neighbours in the article only: a news article measures one event a
      // handful of times, and a file that repeats copy thousands of times must cost in proportion to its length.
      const near = (k: number) => list.slice(Math.max(0, k - REPEAT_NEIGHBOURS), k + REPEAT_NEIGHBOURS + 1);
      const repeated = new Set(list.filter((f, k) => near(k).some((g) => g !== f && g.sentence !== f.sentence && oneSlot(f, g) && compareAsOne(f, g) === 'disagree')));
      map.set(dimension, list.filter((f) => !repeated.has(f)));
    }
    byDimensionCache.set(analysis, map);
  }
  return map;
}

/** One event or one thing measured, whoever holds it (two players' runs are still runs). */
function oneSlot(a: Figure, b: Figure): boolean {
  const x = a.measures!;
  const y = b.measures!;
  const event = eventRelation(x.event, y.event);
  const thing = thingRelation(x.thing, y.thing);
  if (event === 'same' || event === 'related') return thing !== 'differ';
  return event === 'unknown' && (thing === 'same' || thing === 'related');
}

export function eventIndexKeys(analysis: ArticleAnalysis): string[] {
  return [...eventMeasuresOf(analysis).keys()].map((d) => EVENT_INDEX + d);
}

export interface EventMatch {
  analysis: ArticleAnalysis;
  figure: Figure;
  strength: MatchStrength;
}

/**
 * Other articles' measures of the same event and dimension, when one of the two
 * has no key of its own (two keyed figures are compared, or told apart, by their keys).
 */
export function sameEventElsewhere(context: CheckContext, figure: Figure, storyYear: (group: ArticleAnalysis[]) => number | undefined): EventMatch[] {
  const m = figure.measures;
  if (!m || !eventMeasuresOf(context.self).get(m.dimension)?.includes(figure)) return [];
  const found: EventMatch[] = [];
  const group = context.others([EVENT_INDEX + m.dimension]).filter((analysis) => analysis !== context.self && sameStory(context.self.article, analysis.article));
  if (!group.length || counted(m, [context.self, ...group])) return found;
  const year = storyYear([context.self, ...group]);
  // A holder is the cast member under any of its names ('Mr Tully', 'Graham Tully'): the story is built only when two holders meet.
  let story: Story | undefined;
  const asMember = (f: Figure): Figure => {
    const holder = f.attachment?.holder;
    const who = f.measures?.who;
    const member = (name: string | null | undefined) => (name && !name.includes(':') ? memberOf((story ??= storyOf([context.self, ...group])), name)?.id ?? name : name ?? null);
    // 'the driver' is a name form of the one cast member the story makes its driver.
    const thing = f.measures?.thing;
    const role = thing && !f.measures?.inferred ? memberOf((story ??= storyOf([context.self, ...group])), `the ${thing}`)?.id : undefined;
    return {
      ...f,
      ...(f.attachment ? { attachment: { ...f.attachment, holder: member(holder) } } : {}),
      ...(who || role ? { measures: { ...f.measures!, ...(who ? { who: member(who)! } : {}), ...(role ? { thing: role } : {}) } } : {}),
    };
  };
  for (const analysis of group) {
    for (const other of eventMeasuresOf(analysis).get(m.dimension) ?? []) {
      if ((keyed(figure) && keyed(other) && m.dimension !== 'date') || (figure.key && other.key === figure.key)) continue;
      const named = (f: Figure): boolean => !!(f.measures?.who ?? f.attachment?.holder);
      const both = named(figure) || named(other);
      const strength = both ? eventMeasureMatch(asMember(figure), asMember(other), year) : eventMeasureMatch(figure, other, year);
      if (strength !== 'weak') found.push({ analysis, figure: other, strength });
    }
  }
  return series(found) ? [] : found;
}

const countedCache = new WeakMap<ArticleAnalysis, Set<string>>();

/** The nouns an article counts ('29 of 34 passes' counts passes), from its count keys ('count:pass:…'). */
function countedNouns(analysis: ArticleAnalysis): Set<string> {
  let nouns = countedCache.get(analysis);
  if (!nouns) {
    nouns = new Set();
    for (const f of analysis.figures) if (f.kind === 'count' && f.key?.startsWith('count:')) nouns.add(f.key.split(':')[1]);
    countedCache.set(analysis, nouns);
  }
  return nouns;
}

/**
 * Whether the story counts what this measure is of ('completed 29 of 34 passes' beside 'an
 * 11-yard pass', 'kicked three field goals' beside 'a 44-yard field goal'): a thing the
 * story counts happens many times, and one of them measured is not the story's one.
 */
function counted(m: EventMeasure, group: ArticleAnalysis[]): boolean {
  const words = [m.event, m.said && singular(m.said), m.thing].filter((w): w is string => !!w);
  return group.some((analysis) => words.some((w) => countedNouns(analysis).has(w)));
}

/**
 * Whether the other articles' measures of this slot disagree among themselves
 * ('an 86-yard run', 'ran for 101 yards', 'another 90-yard run'): a story that
 * measures one slot three ways tells of a series of such events (runs, passes,
 * climbs), and which one this figure is cannot be known. One misreported figure
 * shows as two values, not three.
 */
function series(found: EventMatch[]): boolean {
  return found.some((a, n) => found.slice(n + 1).some((b) => compareAsOne(a.figure, b.figure) === 'disagree'));
}

/** Two measures the story ties to one event, compared as one quantity whatever their keys. */
export function compareAsOne(a: Figure, b: Figure): Agreement {
  const key = a.key ?? b.key ?? 'event';
  return compareFigures({ ...a, key }, { ...b, key });
}
