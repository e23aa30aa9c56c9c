import { wholeProse, type ClaimSide, type Conflict } from './conflict';
import { isPastForm } from './lemma';
import { normalsOf, perWords } from './memo';
import type { ClaimWord } from './terms';
import { eventNouns } from '../lexicon/eventNouns';

/**
 * Place: one thing put in two different places ('The Aske footbridge at
 * Coldham' against 'The Aske footbridge, in the centre of Ferring'; 'The count
 * at the Dunmere leisure centre' against 'at Carrow town hall, where the count
 * was held up'). Only specific things are located — a thing with a name in it,
 * or an event that happens in one place (a count, a meeting, a fire) — and only
 * named places compared at the same level (a venue with a venue, a town with a
 * town), because a town and a hall in it do not conflict.
 */
export interface Location {
  /** The located thing's head concept ('footbridge', 'count'). */
  head: string;
  /** Names modifying the thing ('aske'). */
  names: string[];
  /** The place's name words ('coldham'; 'carrow'). */
  place: string[];
  /** A venue ('town hall', 'leisure centre') or a bare named place. */
  level: 'venue' | 'named';
  /** Every word of the place phrase, lower case ('dunmere', 'leisure', 'centre'). */
  placeWords: string[];
  thingText: string;
  placeText: string;
}

/** Things that take place in one spot: locating one in two spots is a conflict. */
const EVENT_NOUNS = new Set(eventNouns('located').map(([word]) => word));

const PLACE_HEADS = new Set([
  'centre', 'center', 'hall', 'hospital', 'station', 'stadium', 'school', 'church', 'park', 'square', 'street',
  'road', 'bridge', 'court', 'house', 'club', 'hotel', 'arena', 'ground', 'building', 'estate', 'field',
  'airport', 'port', 'market', 'library', 'museum', 'theatre', 'theater', 'college', 'university', 'office',
  'chapel', 'cathedral', 'mosque', 'temple', 'gym', 'pavilion', 'plant', 'factory', 'farm', 'yard',
  'mill', 'roundabout', 'junction', 'bypass', 'motorway', 'lane', 'avenue', 'harbour', 'harbor', 'quay', 'pier',
  'crossing', 'interchange', 'tunnel', 'viaduct', 'flyover', 'weir', 'marina', 'depot', 'terminal', 'works',
]);

const WITHIN = new Set(['centre', 'center', 'heart', 'middle', 'outskirts', 'edge', 'south', 'north', 'east', 'west']);

const LOCATING_VERBS = new Set(['held', 'staged', 'located', 'situated', 'based', 'hosted']);

interface PlacePhrase {
  place: string[];
  level: 'venue' | 'named';
  words: string[];
  /** Index after the phrase. */
  end: number;
  text: string;
}

/** A named place after a preposition at `from`: '[the] [centre of [the]] Name… [lower words] [venue noun]'. */
function placeAt(words: readonly ClaimWord[], from: number): PlacePhrase | undefined {
  const normal = (i: number) => words[i]?.token.normal ?? '';
  let i = from;
  if (normal(i) === 'the') i++;
  if (WITHIN.has(normal(i)) && normal(i + 1) === 'of') {
    i += 2;
    if (normal(i) === 'the') i++;
  }
  const start = i;
  const place: string[] = [];
  while (i < words.length && words[i].name) place.push(words[i++].token.normal);
  if (place.length === 0) return undefined;
  let level: 'venue' | 'named' = 'named';
  // 'Dunmere leisure centre', 'Carrow town hall': up to two lower-case words ending in a venue noun.
  for (let k = i; k < Math.min(words.length, i + 3); k++) {
    if (words[k].token.kind !== 'word' || words[k].name) break;
    if (PLACE_HEADS.has(normal(k))) {
      level = 'venue';
      i = k + 1;
      break;
    }
  }
  if (PLACE_HEADS.has(place[place.length - 1])) level = 'venue';
  const text = words.slice(start, i).map((w) => w.token.text).join(' ');
  return { place, level, words: words.slice(start, i).map((w) => w.token.normal), end: i, text };
}

interface ThingPhrase {
  head: string;
  names: string[];
  text: string;
}

/** The specific thing ending at index `end` (exclusive), opened by 'the': 'the Aske footbridge', 'the count'. */
function thingBefore(words: readonly ClaimWord[], end: number): ThingPhrase | undefined {
  let i = end - 1;
  const head = words[i];
  if (!head || !head.concept || head.name || head.token.kind !== 'word') return undefined;
  const names: string[] = [];
  let j = i - 1;
  while (j >= 0 && j >= end - 4 && words[j].token.kind === 'word' && words[j].token.normal !== 'the') {
    if (words[j].name) names.push(words[j].token.normal);
    j--;
  }
  if (j < 0 || words[j].token.normal !== 'the') return undefined;
  if (names.length === 0 && !EVENT_NOUNS.has(head.token.normal)) return undefined;
  return { head: head.concept, names, text: words.slice(j, end).map((w) => w.token.text).join(' ') };
}

/** The located things of a claim. */
export const locations = perWords(locationsIn);

function locationsIn(words: readonly ClaimWord[]): Location[] {
  const found: Location[] = [];
  const normal = (i: number) => words[i]?.token.normal ?? '';
  const add = (thing: ThingPhrase | undefined, place: PlacePhrase | undefined) => {
    if (thing && place) found.push({ head: thing.head, names: thing.names, place: place.place, level: place.level, placeWords: place.words, thingText: thing.text, placeText: place.text });
  };
  for (let i = 1; i < words.length; i++) {
    const w = normal(i);
    if (w !== 'at' && w !== 'in') continue;
    if (words[i - 1].token.text === ',') {
      // 'the Aske footbridge, in the centre of Ferring,'
      const place = placeAt(words, i + 1);
      if (place && words[place.end]?.token.text === ',') add(thingBefore(words, i - 1), place);
      continue;
    }
    if (LOCATING_VERBS.has(normal(i - 1)) && /^(?:was|were|is|are|be|been)$/.test(normal(i - 2))) {
      // 'the count was held at …'
      add(thingBefore(words, i - 2), placeAt(words, i + 1));
      continue;
    }
    const place = placeAt(words, i + 1);
    if (!place) continue;
    // 'at Carrow town hall, where the count …'
    if (words[place.end]?.token.text === ',' && normal(place.end + 1) === 'where' && normal(place.end + 2) === 'the') {
      let k = place.end + 3;
      while (k < words.length && k < place.end + 6 && words[k].token.kind === 'word' && !/^(?:was|were|is|are|had|has)$/.test(normal(k))) k++;
      add(thingBefore(words, k), place);
      continue;
    }
    // 'The Aske footbridge at Coldham'
    add(thingBefore(words, i), place);
  }
  found.push(...eventLocations(words));
  return found;
}

/**
 * Mishaps that happen to a vehicle or structure at one spot, as one event
 * class: 'overturned' and 'left the road' are two tellings of the same crash.
 */
const MISHAP_VERBS = new Set(['overturned', 'crashed', 'collided', 'derailed', 'capsized', 'sank', 'exploded', 'collapsed', 'jackknifed', 'flipped', 'skidded', 'plunged']);
const MISHAP_PHRASES = [/^left the road$/, /^(?:came|went|veered|careered|ran|slid) off the road$/, /^ran aground$/, /^caught fire$/];
const EVENT_PREPOSITIONS = new Set(['on', 'at', 'near', 'outside', 'in', 'by', 'beside']);
const SUBJECT_STOPS = /^(?:carrying|with|of|from|in|on|at|near|which|that|who|and)$/;

/** The length of a mishap verb group at i (1 to 3 words), or 0. */
function mishapAt(words: readonly ClaimWord[], i: number): number {
  if (MISHAP_VERBS.has(words[i].token.normal)) return 1;
  for (const n of [3, 2]) {
    const text = words.slice(i, i + n).map((w) => w.token.normal).join(' ');
    if (MISHAP_PHRASES.some((p) => p.test(text))) return n;
  }
  return 0;
}

/**
 * 'A road tanker carrying acid overturned on the bridge at Coldham Mill' and
 * 'The tanker left the road near the Hadley roundabout': the clause's subject
 * (a definite or indefinite noun phrase at its start, its head the last word
 * before a participle or preposition) put by a mishap verb at a named place,
 * the first named place of the prepositions that follow the verb ('on the
 * bridge at Coldham Mill' → Coldham Mill).
 */
function eventLocations(words: readonly ClaimWord[]): Location[] {
  if (!/^(?:a|an|the)$/.test(words[0]?.token.normal ?? '')) return [];
  let i = 1;
  const names: string[] = [];
  let head: ClaimWord | undefined;
  while (i < words.length && i <= 4 && words[i].token.kind === 'word' && !SUBJECT_STOPS.test(words[i].token.normal) && !/ing$/.test(words[i].token.normal) && !isPastForm(words[i].token.text)) {
    if (words[i].name) names.push(words[i].token.normal);
    else if (words[i].concept) head = words[i];
    i++;
  }
  if (!head) return [];
  const subjectText = words.slice(0, i).map((w) => w.token.text).join(' ');
  const found: Location[] = [];
  for (let v = i; v < words.length && v < i + 8; v++) {
    if (words[v].token.kind === 'punct') break;
    const length = mishapAt(words, v);
    if (length === 0) continue;
    for (let k = v + length; k < words.length && k < v + length + 8; k++) {
      if (words[k].token.kind === 'punct') break;
      if (!EVENT_PREPOSITIONS.has(words[k].token.normal)) continue;
      const place = placeAt(words, k + 1);
      if (!place) continue;
      found.push({ head: `${head.concept}@mishap`, names, place: place.place, level: place.level, placeWords: place.words, thingText: subjectText, placeText: place.text });
      break;
    }
    break;
  }
  return found;
}

function sameThing(x: Location, y: Location): boolean {
  if (x.head !== y.head) return false;
  if (x.names.length === 0 && y.names.length === 0) return true;
  return x.names.some((n) => y.names.includes(n));
}

/**
 * Two bare place names may be one inside the other ('Wembley' and 'London').
 * They are taken as two distinct places only when both articles know both
 * names and neither article ever puts one in or next to the other.
 */
function distinctPlaces(a: ClaimSide, x: Location, b: ClaimSide, y: Location): boolean {
  const px = x.place.join(' ');
  const py = y.place.join(' ');
  for (const side of [a, b]) {
    const prose = wholeProse(side).toLowerCase();
    if (!mentions(prose, px) || !mentions(prose, py)) return false;
    if (nested(prose, px, py) || nested(prose, py, px)) return false;
  }
  return true;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function mentions(prose: string, place: string): boolean {
  return new RegExp(`(?<![\\p{L}])${escape(place)}(?![\\p{L}])`, 'u').test(prose);
}

/** 'Wembley in London', 'Wembley, London', 'Wembley, north London', 'near London's Wembley'. */
function nested(prose: string, inner: string, outer: string): boolean {
  return new RegExp(`${escape(inner)}(?:,|\\s+(?:in|near|outside|of))\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${escape(outer)}(?![\\p{L}])|${escape(outer)}['’]s\\s+${escape(inner)}`, 'u').test(prose);
}

export function placeConflict(a: ClaimSide, b: ClaimSide): Conflict | null {
  const normalsA = normalsOf(a.words);
  const normalsB = normalsOf(b.words);
  for (const x of locations(a.words)) {
    for (const y of locations(b.words)) {
      if (!sameThing(x, y) || x.level !== y.level) continue;
      // Either side naming the other's place too (a town and a venue in it, a route between two) is no conflict.
      if (x.placeWords.every((p) => normalsB.has(p)) || y.placeWords.every((p) => normalsA.has(p))) continue;
      if (x.place.some((p) => y.place.includes(p))) continue;
      if (x.level === 'named' && !distinctPlaces(a, x, b, y)) continue;
      return {
        reason: 'place',
        detail: `'${x.placeText}' ↔ '${y.placeText}'`,
        here: `${x.thingText} is at ${x.placeText}`,
        there: `${y.thingText} is at ${y.placeText}`,
      };
    }
  }
  return null;
}
