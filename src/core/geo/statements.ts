import type { Article } from '../text/article';
import compass from '../lexicon/compass.json';
import placeKinds from '../lexicon/placeKinds.json';
import { gazetteer, placeKey, type Country } from './gazetteer';
import { BoundedCache } from '../boundedCache';

/**
 * What a sentence says about where a place is. Each relation confines the
 * place to an area of the map; two that leave no common ground contradict.
 */
export type PlaceRelation =
  /** `N km/miles [DIRECTION] of/from ANCHOR`; no bearing when no direction is given. */
  | { kind: 'offset'; anchor: string; km: number; bearing?: number }
  /** `near / outside ANCHOR`, `X hours' drive from ANCHOR`: within `km` of it. */
  | { kind: 'near'; anchor: string; km: number }
  /** `near the A–B border`, `on the border with B`, `near the B border`. */
  | { kind: 'border'; countries: Country[] }
  /** `in the north-east of COUNTRY`, `in northern COUNTRY`. */
  | { kind: 'part'; country: Country; bearing: number };

export interface PlaceStatement {
  articleId: string;
  /** The place the statement locates, as written ('Kaluga'). */
  subject: string;
  /** `subject` for comparison: no case, accents or region word. */
  key: string;
  /** The subject is a region ('the Kaluga region', 'Kaluga Oblast'): it spreads around its capital. */
  region: boolean;
  relation: PlaceRelation;
  /** The relation as written ('approximately 150 kilometers southwest of Moscow'). */
  text: string;
  /** Span of the relation in the article. */
  start: number;
  end: number;
}

/** A country the text pins a place name to: 'the Russian city of Kaluga', 'Paris, Texas' (when Texas were a country), 'Lille, France'. */
export interface PlaceQualifier {
  key: string;
  country: Country;
}

const WORD = String.raw`(?:St\.|[A-Z][\p{L}'’]*)(?:[-–][A-Z][\p{L}'’]*)*`;
const NAME = String.raw`${WORD}(?:\s+(?:(?:de|del|la|le|upon|on|am|sur|-)\s+)?${WORD}){0,3}`;
const DIRECTIONS = Object.keys(compass).sort((a, b) => b.length - a.length);
const DIRECTION = String.raw`(?:${DIRECTIONS.map((d) => d.replace('-', '[- ]?')).join('|')})`;
const PART = String.raw`(?:${DIRECTIONS.map((d) => d.replace('-', '[- ]?')).join('|')})(?:ern)?`;
const REGION_WORDS = new Set(placeKinds.region);
const SETTLEMENT_WORDS = new Set(placeKinds.settlement);
const KIND = String.raw`(?:${[...placeKinds.region, ...placeKinds.settlement].join('|')})`;
const DISTANCE = String.raw`(?:(about|approximately|around|roughly|some|nearly|almost|just|only|barely|more than|over|at least|less than|under|up to|within)\s+)?(\d+(?:[.,]\d+)?)[\s-]*(km|kilometers|kilometres|kilometer|kilometre|miles|mile|mi)\b`;

const KM_PER_MILE = 1.609;
/** How far 'near' and 'outside' a town reach, before the town's own size is added (see area.ts). */
export const NEAR_TOWN_KM = 25;
/** An hour's drive covers at most this, on a motorway, with a start and an end in town. */
const DRIVE_KM_PER_HOUR = 110;

const RELATIONS: Array<{ pattern: RegExp; read: (m: RegExpExecArray) => PlaceRelation | undefined }> = [
  {
    pattern: new RegExp(String.raw`${DISTANCE}\s+(?:to\s+the\s+|due\s+)?(${DIRECTION})\s+of\s+(?:the\s+)?(${NAME})`, 'gu'),
    read: (m) => offset(m[1], m[2], m[3], m[5], m[4]),
  },
  {
    pattern: new RegExp(String.raw`${DISTANCE}\s+(?:away\s+)?(?:from|of|outside(?:\s+of)?)\s+(?:the\s+)?(${NAME})`, 'gu'),
    read: (m) => offset(m[1], m[2], m[3], m[4]),
  },
  {
    pattern: new RegExp(String.raw`\b(\d+|an?|one|two|three|four|five|six|half an?)[\s-]+hours?['’]?\s+(?:drive|by car|car journey|journey by car)\s+(?:away\s+)?from\s+(${NAME})`, 'gu'),
    read: (m) => {
      const hours = HOURS[m[1].toLowerCase()] ?? Number(m[1]);
      return hours > 0 ? { kind: 'near', anchor: m[2], km: hours * DRIVE_KM_PER_HOUR } : undefined;
    },
  },
  {
    pattern: new RegExp(String.raw`\b(?:near|close to|along|on|by|at)\s+(?:the\s+)?(?:(${NAME})\s+border|border\s+(?:with|of)\s+(?:the\s+)?(${NAME}))`, 'gu'),
    read: (m) => {
      const names = (m[1] ?? m[2]).split(/\s*(?:[-–—/]|\band\b)\s*/);
      const countries = names.map((n) => gazetteer().country(n));
      if (countries.some((c) => !c) || countries.length > 2) return undefined;
      return { kind: 'border', countries: countries as Country[] };
    },
  },
  {
    pattern: new RegExp(String.raw`\bin\s+(?:the\s+)?(?:far\s+)?(${PART})(?:\s+part)?(?:\s+of)?\s+(?:the\s+)?(${NAME})`, 'gu'),
    read: (m) => {
      const country = gazetteer().country(m[2]);
      const bearing = compassBearing(m[1].replace(/ern$/, ''));
      return country && bearing !== undefined ? { kind: 'part', country, bearing } : undefined;
    },
  },
  {
    pattern: new RegExp(String.raw`\b(?:near|just outside|outside|close to|on the outskirts of|on the edge of|a few miles from)\s+(?:the\s+)?(${NAME})(?!\s*(?:[-–]\s*[A-Z]|border|${KIND}\b))`, 'gu'),
    read: (m) => (gazetteer().country(m[1]) ? undefined : { kind: 'near', anchor: m[1], km: NEAR_TOWN_KM }),
  },
];

const HOURS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, 'half a': 0.5, 'half an': 0.5 };

function offset(qualifier: string | undefined, amount: string, unit: string, anchor: string, direction?: string): PlaceRelation | undefined {
  const q = qualifier?.toLowerCase();
  // 'More than 100 km' bounds one side only; such a statement is too loose to contradict anything.
  if (q === 'more than' || q === 'over' || q === 'at least') return undefined;
  const km = Number(amount.replace(',', '.')) * (/^mi/.test(unit) ? KM_PER_MILE : 1);
  if (!(km > 0)) return undefined;
  if (q === 'within' || q === 'less than' || q === 'under' || q === 'up to') return { kind: 'near', anchor, km };
  const bearing = direction === undefined ? undefined : compassBearing(direction);
  return { kind: 'offset', anchor, km, bearing };
}

function compassBearing(word: string): number | undefined {
  const key = word.toLowerCase().replace(/\s+/g, '-');
  const table = compass as Record<string, number>;
  return table[key] ?? table[key.replace('-', '')];
}

/** Words that may stand between a place and what locates it: 'Kaluga Oblast, a region strategically positioned near …'. */
const BRIDGE_WORDS = new Set([
  'a', 'an', 'the', 'which', 'that', 'where', 'is', 'was', 'are', 'were', 'lies', 'lay', 'sits', 'sat', 'stands', 'located', 'situated',
  'positioned', 'set', 'based', 'found', 'some', 'just', 'strategically', 'about', 'roughly', 'only', 'small', 'tiny', 'little', 'large',
  'remote', 'rural', 'quiet', 'coastal', 'industrial', 'border', 'mining', 'market', 'fishing', 'farming', 'sleepy', 'itself',
]);

/** A pronoun or article taken for a name at a sentence's start, or a possessive ('Papua's'): not a place. */
const NOT_PLACES = /^(?:The|A|An|He|She|It|They|We|This|That|These|Those|There|Here)$|['’]s$/;

/** The place a relation at `at` is about: the name right before it, joined by an apposition or a copula. */
function subjectBefore(sentence: string, at: number): { name: string; region: boolean } | undefined {
  const before = sentence.slice(0, at);
  const names = [...before.matchAll(new RegExp(NAME, 'gu'))];
  for (let i = names.length - 1; i >= 0; i--) {
    const m = names[i];
    const bridge = before.slice(m.index! + m[0].length);
    if (/[.;:!?"“”()]/.test(bridge)) return undefined;
    const words = bridge.toLowerCase().match(/[\p{L}'-]+/gu) ?? [];
    if (words.length > 10) return undefined;
    let region = false;
    let unknown = 0;
    for (const w of words) {
      if (REGION_WORDS.has(w)) region = true;
      else if (!SETTLEMENT_WORDS.has(w) && !BRIDGE_WORDS.has(w)) unknown++;
    }
    if (unknown > 1 || /[A-Z]/.test(bridge)) return undefined;
    let name = m[0].replace(/^(?:The|In|At|On|Near|From|Both|And|But)\s+/, '');
    const tail = /\s+(\p{L}+)$/u.exec(name);
    if (tail && REGION_WORDS.has(tail[1].toLowerCase())) {
      name = name.slice(0, tail.index);
      region = true;
    }
    // 'Baytown, Texas, 25 miles east of Houston' locates Baytown, not the state it names.
    const pair = new RegExp(String.raw`(${NAME}),\s*$`, 'u').exec(before.slice(0, m.index!));
    if (pair && bridge.trim().startsWith(',') && !/\s/.test(before.slice(pair.index + pair[1].length, m.index!).replace(/^,\s*/, '').slice(0, 1))) name = pair[1];
    if (!/^[A-Z]/.test(name) || NOT_PLACES.test(name) || gazetteer().country(name)) return undefined;
    return { name, region };
  }
  return undefined;
}

/** A statement as one sentence gives it: offsets from the sentence's start, no article. */
type SentenceStatement = Omit<PlaceStatement, 'articleId'>;

/**
 * What each sentence says, cached by the sentence's text: both readings are
 * functions of the sentence alone, and an edit changes one sentence of a
 * draft, so the draft's other sentences are not matched against every
 * relation again (the patterns cost as much as the rest of the analysis).
 */
const statementsBySentence = new BoundedCache<string, readonly SentenceStatement[]>(5000);
const contextBySentence = new BoundedCache<string, { qualifiers: readonly PlaceQualifier[]; countries: readonly string[] }>(5000);

const MAY_LOCATE = /\b(?:km|kilomet|mile|border|near|outside|north|south|east|west|hours?['’]?\s+(?:drive|by car))/i;

function sentenceStatements(text: string): readonly SentenceStatement[] {
  if (!MAY_LOCATE.test(text)) return [];
  let found = statementsBySentence.get(text);
  if (found) return found;
  const statements: SentenceStatement[] = [];
  const taken: Array<[number, number]> = [];
  for (const { pattern, read } of RELATIONS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const relation = read(m as RegExpExecArray);
      if (!relation) continue;
      const subject = subjectBefore(text, start);
      if (!subject) continue;
      if ('anchor' in relation && (placeKey(relation.anchor) === placeKey(subject.name) || NOT_PLACES.test(relation.anchor))) continue;
      taken.push([start, end]);
      statements.push({ subject: subject.name, key: placeKey(subject.name), region: subject.region, relation, text: m[0], start, end });
    }
  }
  statementsBySentence.set(text, (found = statements));
  return found;
}

/** The place statements of an article, in reading order. */
export function placeStatements(article: Article): PlaceStatement[] {
  const found: PlaceStatement[] = [];
  for (const sentence of article.sentences) {
    for (const s of sentenceStatements(sentence.text)) {
      found.push({ ...s, articleId: article.id, start: sentence.start + s.start, end: sentence.start + s.end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const QUALIFIED = new RegExp(String.raw`\b[Tt]he\s+(${NAME})\s+${KIND}\s+of\s+(${NAME})`, 'gu');
const NAME_COMMA_NAME = new RegExp(String.raw`(${NAME}),\s+(${NAME})\b`, 'gu');
const ANY_NAME = new RegExp(NAME, 'gu');

function sentenceContext(text: string): { qualifiers: readonly PlaceQualifier[]; countries: readonly string[] } {
  let found = contextBySentence.get(text);
  if (found) return found;
  const qualifiers: PlaceQualifier[] = [];
  const countries = new Set<string>();
  const g = gazetteer();
  for (const m of text.matchAll(QUALIFIED)) {
    const country = g.country(m[1]);
    if (country) qualifiers.push({ key: placeKey(m[2]), country });
  }
  for (const m of text.matchAll(NAME_COMMA_NAME)) {
    const country = g.country(m[2]);
    if (country && !g.country(m[1])) qualifiers.push({ key: placeKey(m[1].replace(/^(?:The|In|At)\s+/, '')), country });
  }
  for (const m of text.matchAll(ANY_NAME)) {
    for (const part of m[0].split(/[-–\s]+/)) {
      const country = g.country(part) ?? g.country(m[0]);
      if (country?.code) countries.add(country.code);
    }
  }
  contextBySentence.set(text, (found = { qualifiers, countries: [...countries] }));
  return found;
}

/** The countries an article pins place names to ('the Russian city of Kaluga', 'Lille, France'), and every country it names. */
export function placeContext(article: Article): { qualifiers: PlaceQualifier[]; countries: Set<string> } {
  const qualifiers: PlaceQualifier[] = [];
  const countries = new Set<string>();
  for (const sentence of article.sentences) {
    const found = sentenceContext(sentence.text);
    qualifiers.push(...found.qualifiers);
    for (const code of found.countries) countries.add(code);
  }
  return { qualifiers, countries };
}
