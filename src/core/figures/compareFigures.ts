import { weekdayOf } from './calendar';
import type { Figure } from './figure';
import { toBase, unitNamed, type Unit } from './units';

/**
 * Whether two mentions of the same quantity agree. Intervals from qualifiers
 * and ranges are respected ('about 200' covers 210, 'more than 300' excludes
 * 'around 250'); a conversion between units allows for the rounding of the
 * converted figure ('80 km' and '50 miles' agree, '80 km' and '30 miles' do
 * not); a weekday and a full date agree when the date falls on that weekday.
 */
export type Agreement = 'agree' | 'disagree' | 'incomparable';

/** A converted figure is usually rounded to its last digit, but never by more than this share of it. */
const MAX_CONVERSION_ROUNDING = 0.15;

export function compareFigures(a: Figure, b: Figure): Agreement {
  if (!a.key || a.key !== b.key) return 'incomparable';
  // 'no one was hurt' against 'two were treated' is a contradiction between claims, not a disagreeing figure.
  if (a.negated || b.negated) return 'incomparable';
  if (!sameOwner(a.owner, b.owner)) return 'incomparable';
  // 'Skyline flies more than half of the departures' is one carrier's share; 'about 40 percent of the
  // departures were cancelled' is what happened to all of them: a share with an owner is not one without.
  if ((a.ofAll && b.owner) || (b.ofAll && a.owner)) return 'incomparable';
  const dated = (f: Figure): boolean => f.kind === 'weekday' || f.kind === 'date';
  if (dated(a) || dated(b)) return dated(a) && dated(b) ? compareDays(a, b) : 'incomparable';
  if (a.kind !== b.kind) return 'incomparable';
  if (a.low === null || a.high === null || b.low === null || b.high === null) return 'incomparable';
  // 'three cans' a family threw out and '120,000 cans' recalled: keyed by a bare noun alone, counts
  // an order of magnitude apart are different groups of the thing, not one count misreported.
  if (a.kind === 'count' && (a.confidence === 'unsure' || b.confidence === 'unsure') && a.high > 0 && b.high > 0) {
    const ratio = Math.max(a.low, b.low) / Math.min(a.high, b.high);
    if (ratio > 10) return 'incomparable';
  }
  if (a.kind === 'time' || a.kind === 'year' || a.kind === 'ordinal') {
    return overlaps(a.low, a.high, false, false, b.low, b.high, false, false) ? 'agree' : 'disagree';
  }
  // 'lost up to 40%' and 'lost up to 30%': both state the ceiling, so the ceilings are compared.
  if (a.qualifier === 'up to' && b.qualifier === 'up to' && a.value !== null && b.value !== null) {
    return compareValues({ ...a, low: a.high, lowOpen: false }, { ...b, low: b.high, lowOpen: false });
  }
  return compareValues(a, b);
}

/** 'Lund' may be 'Peter Lund'; 'Karen Lund' is not 'Peter Lund'. */
function sameOwner(a: string | null, b: string | null): boolean {
  if (!a || !b || a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return !short.includes(' ') && long.endsWith(' ' + short);
}

function compareValues(a: Figure, b: Figure): Agreement {
  const ua = a.unit ? unitNamed(a.unit) : undefined;
  const ub = b.unit ? unitNamed(b.unit) : undefined;
  if (!!a.unit !== !!b.unit) return 'incomparable';
  if (a.unit && (!ua || !ub || ua.dimension !== ub.dimension)) return 'incomparable';
  const converted = !!ua && !!ub && ua.name !== ub.name;
  const [aLow, aHigh] = widened(a, b, converted);
  const [bLow, bHigh] = widened(b, a, converted);
  const base = (v: number, u: Unit | undefined): number => (u && Number.isFinite(v) ? toBase(v, u) : v);
  return overlaps(base(aLow, ua), base(aHigh, ua), a.lowOpen, a.highOpen, base(bLow, ub), base(bHigh, ub), b.lowOpen, b.highOpen)
    ? 'agree'
    : 'disagree';
}

/**
 * The figure's interval, widened by its rounding when it is a plain number that
 * may have been converted from another unit, or when the other figure is stated far more precisely
 * ('1.2 million' covers '1,234,567'; '80' does not cover '75').
 */
function widened(f: Figure, other: Figure, converted: boolean): [number, number] {
  const low = f.low!;
  const high = f.high!;
  const value = Math.abs(f.value ?? high);
  let slack = 0;
  // 'about 70 mph' already spans its rounding (63-77): a converted figure's slack is for a plain number only.
  if (converted) slack = low === high ? Math.min(f.rounding, MAX_CONVERSION_ROUNDING * value) : 0;
  else if (other.significant >= f.significant + 2 && f.rounding > other.rounding) slack = f.rounding;
  return [low - slack, high + slack];
}

function overlaps(
  aLow: number, aHigh: number, aLowOpen: boolean, aHighOpen: boolean,
  bLow: number, bHigh: number, bLowOpen: boolean, bHighOpen: boolean,
): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(aLow), Math.abs(bLow), Number.isFinite(aHigh) ? Math.abs(aHigh) : 0);
  const low = Math.max(aLow, bLow);
  const high = Math.min(aHigh, bHigh);
  if (low < high - eps) return true;
  if (Math.abs(low - high) <= eps) {
    const lowOpen = aLow > bLow ? aLowOpen : bLow > aLow ? bLowOpen : aLowOpen || bLowOpen;
    const highOpen = aHigh < bHigh ? aHighOpen : bHigh < aHigh ? bHighOpen : aHighOpen || bHighOpen;
    // 'a six-hour debate' and 'more than six hours': a plain figure is itself rounded, so a bound at
    // exactly its value agrees with it. Two bounds meeting from either side ('under 6', 'over 6') do not.
    return !(lowOpen && highOpen);
  }
  return false;
}

const WEEK = 168;

function compareDays(a: Figure, b: Figure): Agreement {
  const wa = a.when ?? {};
  const wb = b.when ?? {};
  if (wa.weekday !== undefined && wb.weekday !== undefined) {
    return windowsOverlap(wa.fromHour!, wa.toHour!, wb.fromHour!, wb.toHour!) ? 'agree' : 'disagree';
  }
  // A weekday against a full date: the date's own weekday.
  if (wa.weekday !== undefined || wb.weekday !== undefined) {
    const day = wa.weekday !== undefined ? wa : wb;
    const date = wa.weekday !== undefined ? wb : wa;
    const weekday = weekdayOf(date);
    if (weekday === undefined) return 'incomparable';
    return windowsOverlap(day.fromHour!, day.toHour!, weekday * 24, weekday * 24 + 24) ? 'agree' : 'disagree';
  }
  let compared = false;
  for (const part of ['year', 'month', 'day'] as const) {
    if (wa[part] === undefined || wb[part] === undefined) {
      if (part === 'month') break; // a day without a month says nothing
      continue;
    }
    compared = true;
    if (wa[part] !== wb[part]) return 'disagree';
  }
  return compared ? 'agree' : 'incomparable';
}

/** Do two windows of hours in the week overlap, allowing for the week's wrap? */
function windowsOverlap(aFrom: number, aTo: number, bFrom: number, bTo: number): boolean {
  for (const shift of [-WEEK, 0, WEEK]) {
    if (Math.max(aFrom, bFrom + shift) < Math.min(aTo, bTo + shift)) return true;
  }
  return false;
}
