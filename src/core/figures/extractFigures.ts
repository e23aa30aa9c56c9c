import type { Article, Sentence } from '../text/article';
import { clockAt, dateAt, isYear, timeAt, weekdayAt, type CalendarMatch } from './calendar';
import { attachFigures } from './attachment';
import { attachEventMeasures } from './eventMeasure';
import { baseFigure, type Figure, type FoundFigure } from './figure';
import { decadeAgeAt } from './decadeAge';
import { numberFigureAt } from './numberFigure';
import { countKey } from './quantityKey';
import { whenKey } from './whenKey';
import { figureWords, type Word } from './words';

/**
 * Every quantity the article states, in reading order: counts, measures,
 * money, percentages, ages, ordinals, dates, weekdays, times and durations,
 * each with its value as an interval and the key of what it measures.
 * Scanning is our own (tokens and lexicons); compromise is asked only about
 * sentences holding a date or weekday, to find what they date.
 */
export function extractFigures(article: Article): Figure[] {
  const figures: Figure[] = [];
  for (const sentence of article.sentences) {
    const ws = figureWords(sentence);
    if (!ws.some((w) => w.kind === 'number' || w.kind === 'word')) continue;
    let i = 0;
    while (i < ws.length) {
      const found = calendarFigureAt(article, sentence, ws, i) ?? zeroFigureAt(article, sentence, ws, i) ?? decadeAgeAt(article, sentence, ws, i) ?? numberFigureAt(article, sentence, ws, i);
      if (found) {
        figures.push(found.figure);
        i = Math.max(found.next, i + 1);
      } else {
        i++;
      }
    }
  }
  dropAmbiguousUnnamedAges(figures);
  attachFigures(article, figures);
  attachEventMeasures(article, figures);
  return figures;
}

/**
 * 'an 81-year-old man … died' is keyed by the man and his fate; an article that gives two
 * different ages for such a man is describing two men, and neither can be matched elsewhere.
 */
function dropAmbiguousUnnamedAges(figures: Figure[]): void {
  const unnamed = figures.filter((f) => f.kind === 'age' && f.key && !f.owner);
  const ambiguous = new Set(unnamed.filter((f) => unnamed.some((g) => g.key === f.key && g.value !== f.value)).map((f) => f.key));
  for (const f of unnamed) if (ambiguous.has(f.key)) f.key = null;
}

function calendarFigureAt(article: Article, sentence: Sentence, ws: Word[], i: number): FoundFigure | undefined {
  let match: CalendarMatch | undefined;
  const time = clockAt(ws, i) ? timeAt(ws, i) : undefined;
  if (time) {
    // '2 a.m. on Tuesday' is one figure: the weekday, narrowed to the hour.
    const on = ws[time.next]?.lower === 'on' ? time.next + 1 : -1;
    match = (on > 0 ? weekdayAt(ws, on, time) : undefined) ?? time;
  } else {
    match = weekdayAt(ws, i);
    if (match && ws[match.next]?.lower === 'at' && clockAt(ws, match.next + 1)) {
      // 'on Tuesday at 2 a.m.'
      const t = timeAt(ws, match.next + 1)!;
      match = { ...weekdayAt(ws, i, t)!, first: match.first, next: t.next };
    }
    match ??= dateAt(ws, i);
    if (!match && isYear(ws[i]) && !ws[i - 1]?.text.match(/^[£$€¥]$/) && !(ws[i + 1]?.text === '-' && ws[i + 1].joined)) {
      match = { kind: 'year', first: i, next: i + 1, when: { year: Number(ws[i].text) }, qualifier: null };
    }
  }
  if (!match) return undefined;
  const first = ws[match.first];
  const last = ws[match.next - 1];
  const figure = baseFigure(article, sentence, first.start, last.end);
  figure.kind = match.kind;
  figure.when = match.when;
  figure.qualifier = match.qualifier;
  if (match.kind === 'time') {
    figure.low = match.low ?? null;
    figure.high = match.high ?? null;
    figure.unit = 'min';
  } else if (match.kind === 'year') {
    figure.value = figure.low = figure.high = match.when.year ?? null;
  }
  // 'Thursday, June 19' states which weekday that date is: whatever it dates, another mention of
  // the same day and month with another weekday disagrees with it.
  const named = match.kind === 'weekday' ? namedDate(ws, match.next) : undefined;
  if (named) {
    figure.end = named.end;
    figure.text = article.text.slice(figure.start, figure.end);
    figure.stated = figure.text;
    figure.key = `dayname:${named.month}:${named.day}`;
    figure.quantity = 'the weekday of that date';
    figure.confidence = 'sure';
    return { figure, next: match.next };
  }
  const prep = ws[match.first - 1]?.lower ?? '';
  const namespace = match.kind === 'time' ? 'time' : match.kind === 'year' ? 'year' : 'when';
  const key = whenKey(sentence, article.prose, figure.start, figure.end, namespace, prep);
  if (key) {
    figure.key = key.key;
    figure.quantity = key.quantity;
    figure.confidence = key.sure ? 'sure' : 'unsure';
    if (key.series) figure.series = true;
  }
  return { figure, next: match.next };
}

/** A day and month right after a weekday ('Friday 19 June', 'Thursday, June 19'), with the end offset of the date. */
function namedDate(ws: Word[], k: number): { month: number; day: number; end: number } | undefined {
  const at = ws[k]?.text === ',' ? k + 1 : k;
  const date = dateAt(ws, at);
  if (!date || date.first !== at || date.when.day === undefined || date.when.month === undefined) return undefined;
  return { month: date.when.month, day: date.when.day, end: ws[date.next - 1].end };
}

/**
 * A zero read from a negation: 'no casualties', 'No firefighters were hurt',
 * 'nobody was injured', 'no one died'. Marked `negated`: such a claim against a
 * positive count is the contradiction rule's finding, not this rule's.
 */
function zeroFigureAt(article: Article, sentence: Sentence, ws: Word[], i: number): FoundFigure | undefined {
  const w = ws[i];
  if (!w || w.kind !== 'word') return undefined;
  let next: number;
  let key = null as ReturnType<typeof countKey> | null;
  if (w.lower === 'no' && ws[i + 1]?.lower === 'one') {
    next = i + 2;
  } else if (w.lower === 'nobody' || w.lower === 'none') {
    next = i + 1;
  } else if (w.lower === 'no') {
    key = countKey(ws, i, i + 1, 0);
    if (!key.key) return undefined;
    next = i + 1;
  } else {
    return undefined;
  }
  if (!key) {
    // 'nobody was hurt': the people counted are given by the role alone.
    const people = countKey([...ws.slice(0, next), { ...ws[i], text: 'people', lower: 'people' }, ...ws.slice(next)], i, next, 0);
    if (!people.key || people.key === 'count:people:::') return undefined;
    key = { ...people, end: ws[next - 1].end };
  }
  const figure = baseFigure(article, sentence, w.start, key.end ?? w.end);
  figure.value = figure.low = figure.high = 0;
  figure.negated = true;
  figure.key = key.key;
  figure.quantity = key.quantity;
  figure.confidence = key.confidence;
  figure.significant = 1;
  return { figure, next };
}
