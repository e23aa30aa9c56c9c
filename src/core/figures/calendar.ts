import type { FigureWhen } from './figure';
import type { Word } from './words';
import * as calendar from '../lexicon/calendar.json';

/** Weekdays, months, dates and times of day, read from the scanner's words. */
export const WEEKDAYS: readonly string[] = calendar.weekdays;
export const MONTHS: readonly string[] = calendar.months;
const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = calendar.monthAbbreviations;

export interface CalendarMatch {
  kind: 'weekday' | 'date' | 'time' | 'year';
  /** Indices of the first word and of the word after the expression. */
  first: number;
  next: number;
  when: FigureWhen;
  /** For a time: minutes of the day as an interval. */
  low?: number;
  high?: number;
  qualifier: string | null;
}

export function weekdayIndex(w: Word | undefined): number {
  if (!w || w.kind !== 'word' || !/^[A-Z]/.test(w.text)) return -1;
  return WEEKDAYS.indexOf(w.lower.replace(/'s$/, ''));
}

/** A month name, with the ambiguous 'May' and 'March' only where a date surrounds them. */
export function monthIndex(ws: Word[], i: number): number {
  const w = ws[i];
  if (!w || w.kind !== 'word' || !/^[A-Z]/.test(w.text)) return -1;
  let m = MONTHS.indexOf(w.lower) + 1;
  if (!m && MONTH_ABBREVIATIONS[w.lower] && ws[i + 1]?.text === '.' && ws[i + 2]?.kind === 'number') m = MONTH_ABBREVIATIONS[w.lower];
  // A dateline's 'Sep 27, 2013': with no dot, an abbreviation needs the whole date after it.
  if (!m && MONTH_ABBREVIATIONS[w.lower] && /^\d{1,2}$/.test(ws[i + 1]?.text ?? '') && ws[i + 2]?.text === ',' && isYear(ws[i + 3])) m = MONTH_ABBREVIATIONS[w.lower];
  if (!m) return -1;
  if (m === 5 || m === 3) {
    const before = ws[i - 1]?.lower ?? '';
    // 'May. 3, 2013': a dateline may put a dot after the full name too.
    const after = ws[i + 1]?.text === '.' ? ws[i + 2] : ws[i + 1];
    const dated = after?.kind === 'number' || ws[i - 1]?.kind === 'number' || /^(?:in|of|since|by|until|till|early|late|mid|from|last|next|this|end|before|after|during)$/.test(before);
    if (!dated) return -1;
  }
  return m;
}

/** Minutes of the day of a clock time at `i`: '2 a.m.', '2am', '4:40 a.m.', '14:30', 'noon', 'midnight'. */
export function clockAt(ws: Word[], i: number): { minutes: number; next: number } | undefined {
  const w = ws[i];
  if (!w) return undefined;
  if (w.lower === 'noon' || w.lower === 'midday') return { minutes: 720, next: i + 1 };
  if (w.lower === 'midnight') return { minutes: 0, next: i + 1 };
  if (w.kind !== 'number' || !/^\d{1,2}$/.test(w.text)) {
    // '4.40pm'
    const dotted = w.kind === 'number' ? /^(\d{1,2})\.(\d{2})$/.exec(w.text) : null;
    if (!dotted) return undefined;
    const meridiem = meridiemAt(ws, i + 1);
    if (!meridiem) return undefined;
    return { minutes: toMinutes(Number(dotted[1]), Number(dotted[2]), meridiem.pm), next: meridiem.next };
  }
  let hours = Number(w.text);
  let minutes = 0;
  let k = i + 1;
  let colon = false;
  if (ws[k]?.text === ':' && ws[k].joined && ws[k + 1]?.kind === 'number' && /^\d{2}$/.test(ws[k + 1].text) && ws[k + 1].joined) {
    minutes = Number(ws[k + 1].text);
    k += 2;
    colon = true;
  }
  const meridiem = meridiemAt(ws, k);
  if (meridiem) return { minutes: toMinutes(hours, minutes, meridiem.pm), next: meridiem.next };
  if (colon && hours < 24 && minutes < 60) {
    // A 24-hour time, unless it is a score or a ratio ('3:1').
    return { minutes: hours * 60 + minutes, next: k };
  }
  if (ws[k]?.lower === "o'clock") return { minutes: hours * 60, next: k + 1 };
  return undefined;
}

function toMinutes(hours: number, minutes: number, pm: boolean): number {
  const h = (hours % 12) + (pm ? 12 : 0);
  return h * 60 + minutes;
}

/** 'a.m.', 'am', 'pm', 'p.m', 'GMT' after a time. */
function meridiemAt(ws: Word[], k: number): { pm: boolean; next: number } | undefined {
  const w = ws[k];
  if (!w) return undefined;
  if (w.lower === 'am' || w.lower === 'pm') return { pm: w.lower === 'pm', next: k + 1 };
  if ((w.lower === 'a' || w.lower === 'p') && ws[k + 1]?.text === '.' && ws[k + 2]?.lower === 'm') {
    return { pm: w.lower === 'p', next: ws[k + 3]?.text === '.' && ws[k + 3].joined ? k + 4 : k + 3 };
  }
  return undefined;
}

/** The part of a day named after a weekday, as hours from that day's midnight. */
const PART_OF_DAY: Record<string, [number, number]> = {
  morning: [5, 12],
  afternoon: [12, 18],
  evening: [17, 24],
  night: [18, 30],
  overnight: [18, 30],
  lunchtime: [11, 15],
};

const TIME_QUALIFIERS: Array<[string[], string, number, number]> = [
  // phrase, qualifier, minutes before, minutes after the stated time
  [['shortly', 'after'], 'shortly after', 0, 45],
  [['just', 'after'], 'shortly after', 0, 30],
  [['soon', 'after'], 'shortly after', 0, 60],
  [['shortly', 'before'], 'shortly before', 45, 0],
  [['just', 'before'], 'shortly before', 30, 0],
  [['at', 'around'], 'about', 30, 30],
  [['at', 'about'], 'about', 30, 30],
  [['around'], 'about', 30, 30],
  [['about'], 'about', 30, 30],
  [['approximately'], 'about', 30, 30],
  [['after'], 'after', 0, 240],
  [['before'], 'before', 240, 0],
];

/** A time of day at `i`, with the qualifier before it, as an interval of minutes. */
export function timeAt(ws: Word[], i: number): CalendarMatch | undefined {
  const clock = clockAt(ws, i);
  if (!clock) return undefined;
  let first = i;
  let qualifier: string | null = null;
  let before = 0;
  let after = 0;
  for (const [phrase, q, b, a] of TIME_QUALIFIERS) {
    const s = i - phrase.length;
    if (s >= 0 && phrase.every((p, n) => ws[s + n].lower === p)) {
      first = s;
      qualifier = q;
      before = b;
      after = a;
      break;
    }
  }
  return { kind: 'time', first, next: clock.next, when: {}, low: clock.minutes - before, high: clock.minutes + after, qualifier };
}

/**
 * A weekday at `i` with what narrows it: a part of the day ('Saturday night'),
 * 'the early hours of', 'overnight into', or a time before it ('2 a.m. on Tuesday').
 */
export function weekdayAt(ws: Word[], i: number, time?: CalendarMatch): CalendarMatch | undefined {
  const day = weekdayIndex(ws[i]);
  if (day < 0) return undefined;
  const base = day * 24;
  let from = base;
  let to = base + 24;
  let first = i;
  let next = i + 1;
  const lower = (k: number): string => ws[k]?.lower ?? '';
  const part = PART_OF_DAY[lower(i + 1).replace(/['’]s$/, '')];
  if (part) {
    from = base + part[0];
    to = base + part[1];
    next = i + 2;
  }
  if (lower(i - 1) === 'of' && lower(i - 2) === 'hours' && lower(i - 3) === 'early') {
    from = base;
    to = base + 7;
    first = lower(i - 4) === 'the' ? i - 4 : i - 3;
  } else if (lower(i - 1) === 'into' && lower(i - 2) === 'overnight') {
    from = base - 8;
    to = base + 10;
    first = i - 2;
  } else if (lower(i - 1) === 'on' && (lower(i - 2) === 'early' || lower(i - 2) === 'late') && !part) {
    from = lower(i - 2) === 'early' ? base : base + 17;
    to = lower(i - 2) === 'early' ? base + 9 : base + 24;
    first = i - 2;
  } else if (part && lower(i - 1) === 'on' && (lower(i - 2) === 'early' || lower(i - 2) === 'late')) {
    first = i - 2;
  } else if (!part && [1, 2, 3].some((d) => lower(i - d) === 'overnight')) {
    // 'an overnight fire Friday' runs from Friday evening into the early hours of Saturday.
    from = base + PART_OF_DAY.overnight[0];
    to = base + PART_OF_DAY.overnight[1];
  }
  if (time && time.low !== undefined && time.high !== undefined) {
    from = base + time.low / 60;
    to = base + Math.max(time.high / 60, time.low / 60 + 1);
    first = Math.min(first, time.first);
  }
  return { kind: 'weekday', first, next, when: { weekday: day, fromHour: from, toHour: to }, qualifier: null };
}

/** A year: four digits from 1800 to 2100 with no separator. */
export function isYear(w: Word | undefined): boolean {
  return !!w && w.kind === 'number' && /^(?:18|19|20)\d\d$/.test(w.text) && Number(w.text) <= 2100;
}

/** A date at `i`: 'March', 'March 2024', 'March 5', 'March 5, 2024', '5 March', '5 March 2024', 'the end of March'. */
export function dateAt(ws: Word[], i: number): CalendarMatch | undefined {
  let first = i;
  let day: number | undefined;
  let month = monthIndex(ws, i);
  let k = i;
  if (month < 0) {
    // '5 March', '5th of March'
    const w = ws[i];
    if (w?.kind !== 'number' || !/^\d{1,2}$/.test(w.text)) return undefined;
    let m = i + 1;
    if (/^(?:st|nd|rd|th)$/.test(ws[m]?.lower ?? '') && ws[m].joined) m++;
    if (ws[m]?.lower === 'of') m++;
    month = monthIndex(ws, m);
    if (month < 0) return undefined;
    day = Number(w.text);
    k = m;
  } else if (ws[dotted(ws, i)]?.kind === 'number' && /^\d{1,2}$/.test(ws[dotted(ws, i)].text) && !isYear(ws[dotted(ws, i)])) {
    k = dotted(ws, i);
    day = Number(ws[k].text);
    if (/^(?:st|nd|rd|th)$/.test(ws[k + 1]?.lower ?? '') && ws[k + 1].joined) k++;
  }
  if (MONTH_ABBREVIATIONS[ws[i]?.lower ?? ''] && ws[i + 1]?.text === '.') k = Math.max(k, i + 1);
  let next = k + 1;
  let year: number | undefined;
  const y = ws[next]?.text === ',' ? next + 1 : next;
  if (isYear(ws[y])) {
    year = Number(ws[y].text);
    next = y + 1;
  }
  if (day !== undefined && (day < 1 || day > 31)) return undefined;
  let qualifier: string | null = null;
  const l = (n: number): string => ws[n]?.lower ?? '';
  if (l(first - 1) === 'of' && (l(first - 2) === 'end' || l(first - 2) === 'start' || l(first - 2) === 'beginning' || l(first - 2) === 'middle')) {
    qualifier = `${l(first - 2)} of`;
    first = l(first - 3) === 'the' ? first - 3 : first - 2;
  } else if (/^(?:early|late|mid)$/.test(l(first - 1))) {
    qualifier = l(first - 1);
    first -= 1;
  }
  return { kind: 'date', first, next, when: { year, month, day }, qualifier };
}

/** The word after a month name at `i`, past a dot ('May. 3', 'Sept. 22'). */
function dotted(ws: Word[], i: number): number {
  return ws[i + 1]?.text === '.' ? i + 2 : i + 1;
}

/** The weekday a full date fell on (0 = Sunday), or undefined when the year or day is missing. */
export function weekdayOf(when: FigureWhen): number | undefined {
  if (when.year === undefined || when.month === undefined || when.day === undefined) return undefined;
  return new Date(Date.UTC(when.year, when.month - 1, when.day)).getUTCDay();
}
