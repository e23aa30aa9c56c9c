import { actMatch } from './actMatch';
import type { Figure, FigureAttachment } from './figure';
import { MAGNITUDE } from './magnitudeKey';

/**
 * How surely two figures with one key measure the same thing, from what each
 * is attached to. It starts from the keys ('sure' when both rest on a role or
 * a name, else 'likely') and drops a level for each thing that may tell the two
 * apart (one has a subject or a place the other lacks); it is 'weak' when the
 * model says they measure different things: two people's numbers, a past
 * occasion against the story's own, a part against the whole, two windows of a
 * series, one end of a range, an event one article dates twice. 'sure' is a
 * Warning, 'likely' an Information, 'weak' is not reported.
 */
export type MatchStrength = 'sure' | 'likely' | 'weak';

/** The part a partitive's whole is marked with (attachment.ts). */
export const TOTAL = 'of:total';

const LEVELS: MatchStrength[] = ['weak', 'likely', 'sure'];

const NONE: FigureAttachment = { holder: null, occasion: null, years: [], part: null, place: null, selector: null, rangeEnd: false, ambiguous: false };

/**
 * `sameArticle`: an article that dates one event twice contradicts itself, which is worth saying there;
 * only another article's date cannot be matched to either of its two.
 */
export function matchStrength(a: Figure, b: Figure, sameArticle = false, storyYear?: number): MatchStrength {
  const x = a.attachment ?? NONE;
  const y = b.attachment ?? NONE;
  // 'drivers last walked off in 2019, in a four-hour stoppage': a sentence that names only years
  // before the story's latest tells of an earlier occasion, whatever its own article's latest year.
  const earlier = (t: FigureAttachment): boolean => storyYear !== undefined && t.years.length > 0 && t.years.every((year) => year < storyYear);
  if (earlier(x) !== earlier(y)) return 'weak';
  // 'three died in an air strike on another UN school': another instance of the story's kind is not its own.
  if (!!x.another !== !!y.another) return 'weak';
  // 'at the 14-yard line' and 'at the 27-yard line' are two places on the field, not one length.
  if (x.mark || y.mark) return 'weak';
  // Two magnitudes in one article are two shocks, not one told twice (see markTwoEvents).
  if (x.rangeEnd || y.rangeEnd || ((!sameArticle || a.key === MAGNITUDE) && (x.ambiguous || y.ambiguous))) return 'weak';
  if (!samePart(x, y) || x.selector !== y.selector) return 'weak';
  // 'their first five drives' and 'their first two drives' are two windows of a series, not one count told twice.
  if (a.kind === 'count' && (x.selector || y.selector)) return 'weak';
  if (!sameHolder(x.holder, y.holder) || differ(x.occasion, y.occasion) || (pastYear(x.occasion) !== pastYear(y.occasion))) return 'weak';
  // 'The catastrophe four years ago killed 230,000' is not the story's own toll: a recalled occasion on one side only.
  if (a.kind === 'count' && (x.occasion === null) !== (y.occasion === null)) return 'weak';
  // A story about one quake recalls others ('last year an 8.6-magnitude quake', 'the 6.1 quake hit a region
  // the 9.1 quake of 2004 devastated'): a magnitude is compared only where neither sentence dates or recalls anything.
  if (a.key === MAGNITUDE && (x.occasion !== null || y.occasion !== null || x.years.length > 0 || y.years.length > 0)) return 'weak';
  if (x.years.length && y.years.length && !x.years.some((year) => y.years.includes(year))) return 'weak';
  // A count in one place is a part of the story's count, not another report of it ('killing one man' in a village).
  if (a.kind === 'count' && differ(x.place, y.place)) return 'weak';
  if (a.kind === 'count' && (partOfOther(a, x, b, y) || partOfOther(b, y, a, x))) return 'weak';
  // 'Some 168,000 people were killed … by the 2004 tsunami' beside 'killing four people': a sentence that dates its
  // count by a year the other's does not name, and a count ten times another, tells of another occasion, even
  // when that year is the latest its article names (an article need not give its own).
  if (a.kind === 'count' && x.years.length > 0 !== y.years.length > 0 && tenfold(a, b)) return 'weak';
  const sure = a.confidence === 'sure' && b.confidence === 'sure';
  // A subject on one side only matters for a count ('had nine rebounds' beside 'Inman posted eight rebounds');
  // 'TramLink offered 3 per cent' and 'the 3.5 per cent offer' are one offer.
  const holderDoubt = x.holder !== y.holder && !(x.holder && y.holder) && a.kind === 'count';
  // 'Harwood Bank will shut five branches' / 'the closure of six branches': when both name one act done to
  // the group, the subject on one side is that act's doer, which a noun need not name; likely, never sure.
  const oneAct = holderDoubt && sameAct(a, b);
  const doubts = Number(holderDoubt && !oneAct) + Number(x.occasion !== y.occasion) + Number(x.place !== y.place);
  // A key resting on a bare noun ('rebounds', 'seasons') says little of what is counted: anything that may tell two apart does.
  if (!sure && doubts) return 'weak';
  const level = LEVELS[Math.max(0, (sure ? 2 : 1) - doubts)];
  return oneAct && level === 'sure' ? 'likely' : level;
}

/**
 * Whether count `p` may be a part of count `w`: it is restricted where `w` is not and it is smaller.
 * Restricted: to a place its own article counts as a part of a larger toll ('twelve killed in Bener
 * Meriah district' beside '24 dead'; see FigureAttachment.within), or to the speaker's own ('we have
 * received around 50 injured'). A part is never more than its whole, so only a larger restricted
 * count may still disagree; a place an article gives its only count of ('four riders were taken to
 * hospital in Girona') is where the story's count was made, and is compared.
 */
export function partOfOther(p: Figure, px: FigureAttachment, w: Figure, wx: FigureAttachment): boolean {
  const restricted = (!!px.within && wx.place === null) || (ownSide(px.holder) && wx.holder === null);
  return restricted && p.high !== null && w.low !== null && p.high < w.low;
}

/** A holder that is the speaker's own side ('we have received …'), as attachment.ts marks it. */
function ownSide(holder: string | null): boolean {
  return !!holder && holder.startsWith('speaker:');
}

/** One count more than ten times the other. */
function tenfold(a: Figure, b: Figure): boolean {
  if (a.low === null || b.low === null) return false;
  const [small, large] = (a.high ?? Infinity) < (b.high ?? Infinity) ? [a, b] : [b, a];
  return small.high !== null && small.high > 0 && large.low! / small.high > 10;
}

/** Roles in a count's key that say what the group is, not what was done to it. */
const NOT_ACTS = new Set(['', 'whole', 'employed', 'workforce', 'aboard']);

/**
 * Whether two counts of one key name the act done to the group in two ways that explain a missing
 * doer: a role of the key that is an act ('closed', 'arrested': its noun and its passive name no
 * doer), or a verb and its noun WordNet relates ('cancelled 410 flights' / 'the cancellation of 380
 * flights'). One verb twice ('Reyes scored 20 points' / 'scored 25 points') explains nothing.
 */
function sameAct(a: Figure, b: Figure): boolean {
  if (a.kind !== 'count' || !a.key) return false;
  if (!NOT_ACTS.has(a.key.split(':')[2] ?? '')) return true;
  return !!a.act && !!b.act && actMatch(a.act, b.act) === 'related';
}

/**
 * Whether two holders may be one: either unstated, or the words of one end the other's
 * ('lund' / 'peter lund', 'harwood bank' / 'yesterday harwood bank'); 'harwood bank' and
 * 'kestrel bank' are two.
 */
export function sameHolder(a: string | null, b: string | null): boolean {
  if (a === null || b === null || a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.endsWith(' ' + short);
}

/**
 * Whether two figures count the same part of a whole: the same part, or a partitive's whole ('three'
 * in 'one of its three data centres') beside a whole a universal names ('both of its two data
 * centres'). A count told alone may be the partitive's part, so it does not meet the whole.
 */
function samePart(x: FigureAttachment, y: FigureAttachment): boolean {
  if (x.part === y.part) return true;
  const wholeOf = (t: FigureAttachment, u: FigureAttachment): boolean => t.part === TOTAL && u.part === null && !!u.whole;
  return wholeOf(x, y) || wholeOf(y, x);
}

/** Both stated and not the same. */
function differ(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a !== b;
}

/** A year the occasion names ('past:2004'): a past year is a different event from the story's own. */
function pastYear(occasion: string | null): boolean {
  return !!occasion && occasion.startsWith('past:');
}
