import calendar from './calendar.json';

/** Weekday and month names as lower-case words, from calendar.json (the one place they are listed). */
export const WEEKDAY_NAMES: readonly string[] = calendar.weekdays;
export const MONTH_NAMES: readonly string[] = calendar.months;
/** Month names without 'may', which lower-cased text cannot tell from the modal verb. */
export const MONTH_NAMES_NOT_MODAL: readonly string[] = calendar.months.filter((m) => !calendar.monthsReadAsModal.includes(m));
/** The abbreviations a month is written with ('jan', 'sept'), without their full stop. */
export const MONTH_ABBREVIATIONS: readonly string[] = Object.keys(calendar.monthAbbreviations);
/** Every weekday and month name. */
export const CALENDAR_NAMES: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES]);
