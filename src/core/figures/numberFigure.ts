import type { Article, Sentence } from '../text/article';
import { ageAt } from './ageFigure';
import { contestMarginKey } from './contestMargin';
import { durationKey } from './durationKey';
import { baseFigure, type FigureKind, type FoundFigure } from './figure';
import { frequencyKey } from './frequencyKey';
import { magnitudeKey } from './magnitudeKey';
import { ORDINALS, parseNumber, type ParsedNumber } from './numbers';
import { isLabel, labelFigure, ordinalAt, ordinalFigure } from './ordinalFigure';
import { countKey, measureKey, moneyKey, percentKey, type QuantityKey } from './quantityKey';
import { applyQualifier, qualifierAfter, qualifierBefore, type Qualifier } from './qualifiers';
import { currencyBefore, currencyUnit, PERCENT, unitAfter, type Unit } from './units';
import type { Word } from './words';
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
    // 'three-quarters of an hour', 'a third of a mile': a share of one unit is that much of the unit.
    const u3 = !u && !u2 && parsed.fraction ? shareOfUnit(ws, next) : undefined;
    const found = u ?? u2 ?? u3;
    if (found) {
      unit = found.unit;
      adjective = found.adjective;
      next = found.next;
    }
  }

  // Ages: '67-year-old', 'Ferreyra, 24,'
  const age = ageAt(ws, firstIndex, at, next, parsed, unit);
  if (age) {
    const figure = numericFigure({ article, sentence, words: ws, first: firstIndex, next: age.next, parsed, qualifier: null, low: parsed.low, high: parsed.high, unit: 'years' });
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
  let kind: FigureKind;
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
    key = durationKey(ws, firstIndex, next, adjective);
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
    // A number with no unit may still measure something a count does not: a quake's magnitude, a
    // contest's margin, how often an act happened.
    const magnitude = magnitudeKey(ws, firstIndex, at, next);
    kind = magnitude ? 'measure' : 'count';
    key = magnitude ?? contestMarginKey(ws, firstIndex, next) ?? frequencyKey(ws, firstIndex, next) ?? countKey(ws, firstIndex, next, parsed.value);
  }
  const figure = numericFigure({
    article, sentence, words: ws, first: firstIndex, next, parsed, qualifier: range ? 'range' : qualifier, low: interval.low, high: interval.high, unit: unitName,
  });
  figure.kind = kind;
  figure.value = value;
  figure.rounding = rounding;
  figure.lowOpen = interval.lowOpen;
  figure.highOpen = interval.highOpen;
  figure.key = key.key;
  figure.quantity = key.quantity;
  figure.owner = key.owner;
  if (key.ofAll) figure.ofAll = true;
  if (key.act) figure.act = key.act;
  figure.confidence = key.confidence;
  if (key.end && key.end > figure.end) {
    figure.end = key.end;
    figure.text = article.text.slice(figure.start, figure.end);
  }
  return { figure, next };
}

/**
 * The unit after 'of a' / 'of an' ('three-quarters of an hour'), hyphenated or not ('a
 * three-quarters-of-an-hour lockdown' reads as an adjective, as 'a two-hour lockdown' does).
 */
function shareOfUnit(ws: Word[], k: number): ReturnType<typeof unitAfter> {
  const hyphen = (n: number): number => (ws[n]?.text === '-' && ws[n].joined ? n + 1 : n);
  let n = hyphen(k);
  if (ws[n]?.lower !== 'of') return undefined;
  n = hyphen(n + 1);
  if (!/^an?$/.test(ws[n]?.lower ?? '')) return undefined;
  const hyphenated = n > k + 1;
  n = hyphen(n + 1);
  const found = unitAfter(ws, n);
  return found && hyphenated ? { ...found, adjective: true } : found;
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

/** A number figure's words and what was read from them, before its kind and key are known. */
interface NumericFigureOptions {
  article: Article;
  sentence: Sentence;
  words: Word[];
  /** Index of the figure's first word (a qualifier or currency sign included) and of the word after it. */
  first: number;
  next: number;
  parsed: ParsedNumber;
  /** The qualifier as stated ('about', 'up to'), or 'range'. */
  qualifier: string | null;
  /** The interval the figure stands for, after its qualifier. */
  low: number;
  high: number;
  unit: string | null;
}

function numericFigure({ article, sentence, words, first, next, parsed, qualifier, low, high, unit }: NumericFigureOptions) {
  const figure = baseFigure(article, sentence, words[first].start, words[next - 1].end);
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

/** A four-digit year read as a count would pair '2019' with anything counted after it. */
function isYearLike(ws: Word[], at: number, parsed: ParsedNumber): boolean {
  return !parsed.words && /^(?:18|19|20)\d\d$/.test(ws[at].text);
}
