import type { Figure } from './figure';

/**
 * The day an article was written, as its dateline gives it ('Published: January 3, 2013'), and
 * what that says of figures that change with time. Never guessed: an article with no dated
 * dateline has no known day, and the facts below do not apply to it.
 */
export interface ArticleDate {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

/** The earliest full date of the article's dateline (a page stamps 'Posted' before 'Updated'). */
export function articleDate(figures: readonly Figure[]): ArticleDate | undefined {
  let found: ArticleDate | undefined;
  for (const f of figures) {
    if (!f.dateline || f.when?.year === undefined || f.when.month === undefined || f.when.day === undefined) continue;
    const date = { year: f.when.year, month: f.when.month, day: f.when.day };
    if (!found || daysFrom(date, found) > 0) found = date;
  }
  return found;
}

/** Days from `a` to `b` (negative when `b` is earlier). */
export function daysFrom(a: ArticleDate, b: ArticleDate): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}

/**
 * Whether two ages of one person are both right because their articles were written far enough
 * apart for birthdays between them: 26 in an article of 3 January 2013 and 27 in one of 27
 * September 2013. The later article must give the older age, by no more than the years between.
 */
export function agedBetween(age: number, date: ArticleDate | undefined, otherAge: number, otherDate: ArticleDate | undefined): boolean {
  if (!date || !otherDate || age === otherAge) return false;
  const days = daysFrom(date, otherDate);
  if (days === 0) return false;
  const older = days > 0 ? otherAge - age : age - otherAge;
  return older >= 1 && older <= Math.ceil(Math.abs(days) / 365.25);
}
