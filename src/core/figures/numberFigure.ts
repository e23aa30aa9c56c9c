import type { Article, Sentence } from '../text/article';
import { MONTHS, WEEKDAYS } from './calendar';
import { PEOPLE_ROLES, ROLE_PHRASES, roleOf, roleOfVerbBefore, type Role } from './roles';
import { baseFigure, type FoundFigure } from './figure';
import { ORDINALS, parseNumber, type ParsedNumber } from './numbers';
import { countKey, measureKey, moneyKey, percentKey, periodOf, type QuantityKey } from './quantityKey';
import { applyQualifier, qualifierAfter, qualifierBefore, type Qualifier } from './qualifiers';
import { currencyBefore, currencyUnit, PERCENT, unitAfter, type Unit } from './units';
import { FUNCTION_WORDS, singular, type Word } from './words';
import { headOf, nounPhraseAt } from './nounPhrase';
import { changeWords } from '../lexicon/changeWords';

/**
 * A figure that starts with a number (or a currency sign, or a qualifier):
 * money, percentages, measures with units, ages, durations, counts and
 * ordinals, with ranges ('between 10 and 12', '10-12') and qualifiers.
 */
export function numberFigureAt(article: Article, sentence: Sentence, ws: Word[], i: number): FoundFigure | undefined {
  const w = ws[i];
  if (!w) return undefined;
  if (w.kind === 'word' && ORDINALS[w.lower] !== undefined) return ordinalAt(article, sentence, ws, i);
  const currency = currencyBefore(ws, i);
  const at = currency ? currency.next : i;
  const parsed = parseNumber(ws, at, !!currency);
  if (!parsed) return undefined;
  if (isLabel(ws, at)) return { figure: labelFigure(article, sentence, ws, at, parsed), next: parsed.next };
  // '7th', '21st'
  if (!currency && /^(?:st|nd|rd|th)$/.test(ws[parsed.next]?.lower ?? '') && ws[parsed.next].joined) {
    return ordinalFigure(article, sentence, ws, i, parsed.next + 1, parsed.value);
  }

  const before = qualifierBefore(ws, currency ? i : at);
  let qualifier: Qualifier | null = before?.qualifier ?? null;
  let firstIndex = before ? before.start : i;
  let { low, high } = parsed;
  let next = parsed.next;

  // Ranges: '10-12', '10 to 12', 'between 10 and 12', 'from 10 to 12', 'two or three'.
  const range = rangeAfter(ws, firstIndex, at, parsed, !!currency);
  if (range) {
    low = range.low;
    high = range.high;
    next = range.next;
    if (range.between) firstIndex--;
  }
  const trailing = qualifierAfter(ws, next);
  if (trailing && !range) {
    qualifier = trailing.qualifier;
    next = trailing.next;
  }

  let unit: Unit | undefined = currency ? currencyUnit(currency.code) : undefined;
  let adjective = false;
  if (!unit) {
    const u = unitAfter(ws, next);
    // 'half a mile'
    const u2 = !u && parsed.fraction && /^an?$/.test(ws[next]?.lower ?? '') ? unitAfter(ws, next + 1) : undefined;
    const found = u ?? u2;
    if (found) {
      unit = found.unit;
      adjective = found.adjective;
      next = found.next;
    }
  }

  // Ages: '67-year-old', 'Ferreyra, 24,'
  const age = ageAt(ws, firstIndex, at, next, parsed, unit);
  if (age) {
    const figure = numericFigure(article, sentence, ws, firstIndex, age.next, parsed, null, parsed.low, parsed.high, 'years');
    figure.kind = 'age';
    // The key is the surname; the owner keeps the full name, so that Karen Lund's age is not Peter Lund's.
    figure.owner = age.name && !age.unnamed ? age.name.toLowerCase() : null;
    figure.key = age.owner ? `age:${age.owner}` : null;
    figure.quantity = age.owner ? `age of ${age.name}` : 'age';
    // Two unnamed men who died may be two people: an unnamed person is compared across articles only.
    figure.confidence = age.unnamed ? 'unsure' : 'sure';
    return { figure, next: age.next };
  }

  // 'gusts of up to 98mph', 'a top speed of up to 120 km/h': the peak is the figure, not a bound on it.
  if (qualifier === 'up to' && peakBefore(ws, firstIndex)) qualifier = null;
  const interval = applyQualifier(qualifier, low, high);
  let key: QuantityKey;
  let kind: import('./figure').FigureKind;
  let unitName: string | null = unit?.name ?? null;
  let value = parsed.value;
  let rounding = parsed.rounding;
  if (unit && unit.dimension.startsWith('money')) {
    kind = 'money';
    key = moneyKey(ws, firstIndex, next);
  } else if (unit && (unit.dimension === 'percent' || unit.dimension === 'points')) {
    kind = 'percent';
    key = percentKey(ws, firstIndex, next, unit.name);
  } else if (unit && unit.dimension === 'time') {
    kind = 'duration';
    key = durationKey(ws, firstIndex, next, adjective, unit);
  } else if (unit) {
    kind = 'measure';
    key = measureKey(ws, firstIndex, next, unit.dimension, adjective);
  } else if (parsed.fraction) {
    // 'half of the staff', 'a third of the jobs', 'down by more than half': a share, in percent.
    if (ws[next]?.lower !== 'of' && ws[firstIndex - 1]?.lower !== 'by') return undefined;
    if (/^(?:the|lower|upper|first|second|latter|other|top|bottom|northern|southern|eastern|western)$/.test(ws[firstIndex - 1]?.lower ?? '')) return undefined;
    kind = 'percent';
    unitName = PERCENT.name;
    for (const k of ['low', 'high'] as const) interval[k] *= 100;
    value *= 100;
    rounding = 5;
    key = percentKey(ws, firstIndex, next, PERCENT.name);
  } else {
    if (isYearLike(ws, at, parsed)) return undefined;
    kind = 'count';
    key = countKey(ws, firstIndex, next, parsed.value);
  }
  const figure = numericFigure(article, sentence, ws, firstIndex, next, parsed, range ? 'range' : qualifier, interval.low, interval.high, unitName);
  figure.kind = kind;
  figure.value = value;
  figure.rounding = rounding;
  figure.lowOpen = interval.lowOpen;
  figure.highOpen = interval.highOpen;
  figure.key = key.key;
  figure.quantity = key.quantity;
  figure.owner = key.owner;
  if (key.ofAll) figure.ofAll = true;
  figure.confidence = key.confidence;
  if (key.end && key.end > figure.end) {
    figure.end = key.end;
    figure.text = article.text.slice(figure.start, figure.end);
  }
  return { figure, next };
}

const CHANGE_VERBS: ReadonlySet<string> = new Set((['rise', 'fall', 'either'] as const).flatMap((direction) => changeWords(direction, 'range')));

/** The second number of a range, with the scale of the second applied to the first ('4.5 to 5 million'). */
function rangeAfter(ws: Word[], firstIndex: number, at: number, parsed: ParsedNumber, money: boolean) {
  const before = ws[firstIndex - 1]?.lower ?? '';
  const between = before === 'between' || (before === 'from' && !CHANGE_VERBS.has(ws[firstIndex - 2]?.lower ?? ''));
  const joiner = ws[parsed.next];
  if (!joiner || parsed.fraction) return undefined;
  const dash = (joiner.text === '-' || joiner.text === '–') && joiner.joined && ws[parsed.next + 1]?.joined === true;
  const ok = dash || joiner.lower === 'or' || (between && (joiner.lower === 'and' || joiner.lower === 'to')) || (joiner.lower === 'to' && !CHANGE_VERBS.has(before) && !parsed.words);
  if (!ok) return undefined;
  const currency = currencyBefore(ws, parsed.next + 1);
  const secondAt = currency ? currency.next : parsed.next + 1;
  const second = parseNumber(ws, secondAt, money);
  if (!second || second.fraction || second.words !== parsed.words || second.value <= parsed.value) return undefined;
  // 'to' between two bare numerals is only a range when a unit or noun follows both alike; a '3-1' score never is.
  const stated = ws[secondAt].kind === 'number' ? Number(ws[secondAt].text.replace(/,/g, '')) : second.value;
  const scale = second.next > secondAt + 1 && parsed.next === at + 1 && stated ? second.value / stated : 1;
  return { low: parsed.low * scale, high: second.high, next: second.next, between };
}

function numericFigure(
  article: Article,
  sentence: Sentence,
  ws: Word[],
  firstIndex: number,
  next: number,
  parsed: ParsedNumber,
  qualifier: string | null,
  low: number,
  high: number,
  unit: string | null,
) {
  const figure = baseFigure(article, sentence, ws[firstIndex].start, ws[next - 1].end);
  figure.value = parsed.value;
  figure.low = low;
  figure.high = high;
  figure.unit = unit;
  figure.qualifier = qualifier;
  figure.rounding = parsed.low !== parsed.high ? 0 : parsed.rounding;
  figure.significant = parsed.significant;
  return figure;
}

/** Words naming the highest value something reached. */
const PEAK_WORDS = /^(?:gust|gusts|peak|peaks|peaked|maximum|max|top|highest|strongest|fastest|record)$/;

/** Is the figure starting at `first` the peak of something ('gusts of', 'peaked at', 'a maximum of')? */
function peakBefore(ws: Word[], first: number): boolean {
  for (let n = first - 1; n >= 0 && n >= first - 3; n--) {
    if (ws[n].kind !== 'word') return false;
    if (PEAK_WORDS.test(ws[n].lower)) return true;
  }
  return false;
}

/** 'number 9', 'No. 10', 'Covid-19', 'A40': a label, not a quantity. */
function isLabel(ws: Word[], at: number): boolean {
  const prev = ws[at - 1];
  if (!prev) return false;
  if (/^(?:number|no|nos|room|flight|route|platform|gate|page|chapter|article|section|level|grade|category|shirt|model|version|act|clause|phase|stage|team)$/.test(prev.lower) && ws[at].kind === 'number') return true;
  if (prev.text === '.' && ws[at - 2]?.lower === 'no') return true;
  if (prev.kind === 'word' && ws[at].joined && ws[at].kind === 'number') return true; // 'A40', 'G7'
  if (prev.text === '-' && prev.joined && ws[at - 2]?.kind === 'word' && ws[at].joined) return true; // 'Covid-19'
  return false;
}

function labelFigure(article: Article, sentence: Sentence, ws: Word[], at: number, parsed: ParsedNumber) {
  const figure = baseFigure(article, sentence, ws[at].start, ws[parsed.next - 1].end);
  figure.value = parsed.value;
  figure.kind = 'ordinal';
  return figure;
}

/** A four-digit year read as a count would pair '2019' with anything counted after it. */
function isYearLike(ws: Word[], at: number, parsed: ParsedNumber): boolean {
  return !parsed.words && /^(?:18|19|20)\d\d$/.test(ws[at].text);
}

interface Age {
  owner: string | null;
  name: string;
  next: number;
  /** A person described, not named: the key holds only while the article describes one such person. */
  unnamed?: boolean;
}

/** Nouns for one person described rather than named ('an 81-year-old man', 'a woman aged 40'). */
export const PERSON_NOUNS = new Set(['man', 'woman', 'boy', 'girl', 'pensioner', 'teenager', 'driver', 'cyclist', 'pedestrian', 'motorcyclist', 'motorist', 'passenger', 'patient']);

/**
 * What happened to the person described from `first` to `next`: the verb just before
 * ('killed a man aged 30') or a role in the clause after, past one appositive comma
 * ('One of them, an 81-year-old man, has died'). Only roles of people count.
 */
export function personRole(ws: Word[], first: number, next: number): Role | undefined {
  const before = roleOfVerbBefore(ws[first - 1]?.lower ?? '') ?? roleOfVerbBefore(ws[first - 2]?.lower ?? '');
  if (before && PEOPLE_ROLES.has(before)) return before;
  let n = next;
  if (ws[n]?.text === ',') n++;
  for (let m = n; m < Math.min(ws.length, n + 5); m++) {
    const w = ws[m];
    if (w.kind !== 'word') return undefined;
    const role = roleOf(w.lower);
    if (role) return PEOPLE_ROLES.has(role) ? role : undefined;
  }
  return undefined;
}

const NOT_NAMES = new Set([...WEEKDAYS, ...MONTHS, 'mr', 'mrs', 'ms', 'dr', 'miss', 'sir']);

/** The capitalised name that ends at index `k` (inclusive), e.g. 'Peter Lund', 'Mrs Oyelaran'. */
function nameEndingAt(ws: Word[], k: number): { name: string; surname: string } | undefined {
  const parts: string[] = [];
  for (let n = k; n >= 0 && n > k - 4; n--) {
    const w = ws[n];
    if (w.kind !== 'word' || !/^\p{Lu}/u.test(w.text) || FUNCTION_WORDS.has(w.lower)) break;
    parts.unshift(w.text);
  }
  if (!parts.length) return undefined;
  const surname = parts[parts.length - 1].toLowerCase();
  if (NOT_NAMES.has(surname)) return undefined;
  while (parts.length > 1 && NOT_NAMES.has(parts[0].toLowerCase().replace(/\.$/, ''))) parts.shift();
  return { name: parts.join(' '), surname };
}

/** 'Name, 42,', 'Name (42)', 'Name, a 42-year-old teacher', 'the 42-year-old Name', 'Name, aged 42,'. */
function ageAt(ws: Word[], firstIndex: number, at: number, next: number, parsed: ParsedNumber, unit: Unit | undefined): Age | undefined {
  if (parsed.value < 1 || parsed.value > 120 || parsed.low !== parsed.high || parsed.fraction) return undefined;
  const l = (n: number): string => ws[n]?.lower ?? '';
  // 'N-year-old'
  if (unit?.name === 'years' && ws[next - 2]?.text === '-' && l(next) === '-' && l(next + 1) === 'old') {
    const end = next + 2;
    let k = firstIndex - 1;
    if (l(k) === 'a' || l(k) === 'an' || l(k) === 'the') k--;
    // 'Near the mark on Lake Drive, the 29-year-old Kibet cut …': a name right after the age is its owner.
    const nameNext = ws[end]?.kind === 'word' && /^\p{Lu}/u.test(ws[end].text);
    if (ws[k]?.text === ',' && !nameNext) {
      const name = nameEndingAt(ws, k - 1);
      if (name) return { owner: name.surname, name: name.name, next: end };
    }
    // 'the 67-year-old farmer Peter Lund', '67-year-old Peter Lund'
    for (let n = end; n < end + 3 && ws[n]; n++) {
      if (/^\p{Lu}/u.test(ws[n].text) && ws[n].kind === 'word') {
        let m = n;
        while (ws[m + 1]?.kind === 'word' && /^\p{Lu}/u.test(ws[m + 1].text)) m++;
        const name = nameEndingAt(ws, m);
        if (name) return { owner: name.surname, name: name.name, next: end };
        break;
      }
      if (ws[n].kind !== 'word') break;
    }
    // 'an 81-year-old man … died': an unnamed person, known by the noun and what happened to him.
    const noun = ws[end]?.kind === 'word' && PERSON_NOUNS.has(ws[end].lower) ? ws[end].lower : '';
    const role = noun ? personRole(ws, firstIndex, end + 1) : undefined;
    if (noun && role) return { owner: `${noun}:${role}`, name: `the ${noun} ${ROLE_PHRASES[role]}`, next: end, unnamed: true };
    return { owner: null, name: '', next: end };
  }
  // 'a man aged 87 has died'
  if (!unit && !parsed.words && l(at - 1) === 'aged' && PERSON_NOUNS.has(l(at - 2)) && ws[at - 2].lower === ws[at - 2].text.toLowerCase()) {
    const noun = l(at - 2);
    const role = personRole(ws, at - 2, next);
    if (role) return { owner: `${noun}:${role}`, name: `the ${noun} ${ROLE_PHRASES[role]}`, next, unnamed: true };
  }
  if (unit || parsed.words) return undefined;
  // 'Ferreyra, 24,' and 'Peter Lund (67)'
  const opened = ws[at - 1]?.text === ',' || ws[at - 1]?.text === '(' || (l(at - 1) === 'aged' && ws[at - 2]?.text === ',');
  const closed = ws[next]?.text === ',' || ws[next]?.text === ')' || ws[next]?.text === '.';
  if (!opened || !closed) return undefined;
  const nameEnd = l(at - 1) === 'aged' ? at - 3 : at - 2;
  if (ws[next + 1]?.kind === 'number') return undefined; // a list of numbers
  const name = nameEndingAt(ws, nameEnd);
  if (!name) return undefined;
  return { owner: name.surname, name: name.name, next: next };
}

/** Nouns a story alternates for one lasting thing. */
const LENGTH_SYNONYMS: Record<string, string> = { blackout: 'outage', shutdown: 'outage', walkout: 'strike', cruise: 'voyage' };

/** What goes down in an outage and is restored after it. */
const SUPPLIES = /^(?:systems?|networks?|computers?|servers?|power|electricity|grid|services?|supply|supplies|internet|connections?|phones?|lines?|signals?|websites?)$/;

/** The index of 'restored'/'back' in 'was restored after N', 'came back online after N', or undefined. */
function restorationVerb(ws: Word[], first: number): number | undefined {
  if (ws[first - 1]?.lower !== 'after') return undefined;
  const l = (n: number): string => ws[n]?.lower ?? '';
  if (/^(?:restored|reconnected)$/.test(l(first - 2)) && /^(?:was|were|been|is|are)$/.test(l(first - 3))) return first - 2;
  if (/^(?:online|on|up)$/.test(l(first - 2)) && l(first - 3) === 'back' && /^(?:came|come|were|was|went|are|is)$/.test(l(first - 4))) return first - 4;
  return undefined;
}

function durationKey(ws: Word[], first: number, next: number, adjective: boolean, unit: Unit): QuantityKey {
  // 'the outage lasted nearly five hours', 'the strike lasted for three days': the length of the subject,
  // as 'a five-hour outage' states it. Unsure: only other articles' mentions are compared.
  let v = first - 1;
  if (ws[v]?.lower === 'for') v--;
  if (/^(?:lasted|lasts|last|lasting)$/.test(ws[v]?.lower ?? '') && !periodOf(ws, first, next)) {
    const subject = ws[v - 1];
    if (subject?.kind === 'word' && !FUNCTION_WORDS.has(subject.lower) && !/^\p{Lu}/u.test(subject.text) && !/^(?:to|will|would|could|may|might|should|must|can|which|that|who)$/.test(subject.lower)) {
      const noun = singular(subject.lower);
      const keyed = LENGTH_SYNONYMS[noun] ?? noun;
      return { key: `duration:${keyed}`, quantity: `length of the ${noun}`, owner: null, confidence: 'unsure' };
    }
  }
  // 'Systems were restored after about 90 minutes', 'power came back on after five hours': the
  // outage's length told by its end, as 'the outage lasted five hours' tells it.
  const restored = restorationVerb(ws, first);
  if (restored !== undefined && !periodOf(ws, first, next)) {
    const subject = ws.slice(Math.max(0, restored - 6), restored).findIndex((w) => SUPPLIES.test(w.lower));
    const at = Math.max(0, restored - 6) + subject;
    const between = ws.slice(at + 1, restored);
    // 'the crews working on the lines were restored': a supply inside a preposition's object is not the subject.
    let d = at - 1;
    while (/^(?:the|its|their|a|an|all|some|most)$/.test(ws[d]?.lower ?? '')) d--;
    const governed = /^(?:to|of|for|at|in|on|from|by|with|after|about)$/.test(ws[d]?.lower ?? '');
    if (subject >= 0 && !governed && !between.some((w) => w.text === ',' || /^(?:to|of|for|at|in|on|from|by|after|which|that|who)$/.test(w.lower))) {
      return { key: 'duration:outage', quantity: 'length of the outage', owner: null, confidence: 'unsure' };
    }
  }
  // 'deliberated for more than 11 hours', 'after deliberating for nine hours': how long the verb's action
  // lasted, keyed by its stem. Unsure: one article may time the same verb twice for different people.
  const verb = ws[first - 2];
  if (ws[first - 1]?.lower === 'for' && verb?.kind === 'word' && /^[a-z]{3,}(?:ed|ing)$/.test(verb.lower) && !/(?:ing|ed)$/.test(ws[next]?.lower ?? '')) {
    const stem = verb.lower.replace(/(?:ing|ed)$/, '');
    if (!periodOf(ws, first, next) && !/^(?:s|b|bring|th)$/.test(stem)) {
      return { key: `duration:${stem}`, quantity: `time spent ${verb.lower}`, owner: null, confidence: 'unsure' };
    }
  }
  // 'spent less than four minutes inside the building', 'spent 12 minutes inside': how long someone
  // stayed somewhere, keyed by where. Unsure: one article may time several people's stays.
  if (/^(?:spent|spend|spends|spending)$/.test(ws[first - 1]?.lower ?? '')) {
    const where = stayPlace(ws, next);
    if (where) return { key: `duration:stay:${where}`, quantity: `time spent ${where}`, owner: null, confidence: 'unsure' };
  }
  // 'after 19 hours on the run', 'for three days on the ice': how long someone was in a state or place,
  // the same stay as 'spent 19 hours on the run'. Unsure, like a stay.
  if (/^(?:after|for|spent|spend|spends|spending)$/.test(ws[first - 1]?.lower ?? '') && ws[next]?.lower === 'on' && ws[next + 1]?.lower === 'the') {
    const where = stayPlace(ws, next);
    if (where) return { key: `duration:stay:${where}`, quantity: `time spent ${where}`, owner: null, confidence: 'unsure' };
  }
  // 'a five-year contract': the length of the contract.
  if (adjective) {
    const w = ws[next];
    if (w && w.kind === 'word' && !FUNCTION_WORDS.has(w.lower)) {
      const noun = singular(w.lower);
      return { key: `duration:${LENGTH_SYNONYMS[noun] ?? noun}`, quantity: `length of the ${noun}`, owner: null, confidence: 'unsure' };
    }
  }
  void unit;
  return { key: null, quantity: null, owner: null, confidence: 'unsure' };
}

/** Where a stay was: 'inside' (the building or not), or the head after 'in'/'at' ('in hospital' → in hospital). */
function stayPlace(ws: Word[], k: number): string | undefined {
  const l = ws[k]?.lower;
  if (l === 'inside' || l === 'indoors') return 'inside';
  if (l === 'in' || l === 'at' || l === 'aboard' || l === 'on') {
    const phrase = nounPhraseAt(ws, k + 1, 3);
    if (phrase && !phrase.capitalized) return `${l} ${headOf(phrase)}`;
  }
  return undefined;
}

/** Ordinal words: keyed only as a finishing place ('finished seventh', 'a seventh-place finish'). */
function ordinalAt(article: Article, sentence: Sentence, ws: Word[], i: number): FoundFigure | undefined {
  return ordinalFigure(article, sentence, ws, i, i + 1, ORDINALS[ws[i].lower]);
}

function ordinalFigure(article: Article, sentence: Sentence, ws: Word[], i: number, next: number, value: number): FoundFigure {
  const figure = baseFigure(article, sentence, ws[i].start, ws[next - 1].end);
  figure.kind = 'ordinal';
  figure.value = figure.low = figure.high = value;
  figure.significant = String(value).length;
  const l = (n: number): string => ws[n]?.lower ?? '';
  const place = l(next) === '-' && l(next + 1) === 'place' ? next + 2 : l(next) === 'place' ? next + 1 : -1;
  if ((place > 0 && /^(?:finish|finishes)$/.test(l(place))) || /^(?:finished|finishing|finish|came|placed)$/.test(l(i - 1))) {
    figure.key = 'rank:finish';
    figure.quantity = 'finishing place';
    figure.unit = 'place';
  }
  return { figure, next };
}
