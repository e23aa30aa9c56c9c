import type { Word } from './words';

/**
 * Qualifiers turn a stated number into the interval it allows: 'about 200'
 * covers 210, 'more than 300' excludes 250, 'nearly 10,000' covers 9,800.
 */
export type Qualifier =
  | 'about'
  | 'nearly'
  | 'more than'
  | 'just over'
  | 'at least'
  | 'up to'
  | 'less than'
  | 'just under'
  | 'exactly';

// Longest phrases first, so that 'just over' wins over 'over'.
const PHRASES: Array<[string, Qualifier]> = [
  ['in excess of', 'more than'],
  ['a little over', 'just over'],
  ['a little more than', 'just over'],
  ['slightly more than', 'just over'],
  ['slightly over', 'just over'],
  ['just over', 'just over'],
  ['just above', 'just over'],
  ['just more than', 'just over'],
  ['just under', 'just under'],
  ['just below', 'just under'],
  ['slightly less than', 'just under'],
  ['just short of', 'nearly'],
  ['no fewer than', 'at least'],
  ['no less than', 'at least'],
  ['a minimum of', 'at least'],
  ['no more than', 'up to'],
  ['a maximum of', 'up to'],
  ['as many as', 'up to'],
  ['as much as', 'up to'],
  ['as high as', 'up to'],
  ['an estimated', 'about'],
  ['more than', 'more than'],
  ['greater than', 'more than'],
  ['upwards of', 'more than'],
  ['well over', 'more than'],
  ['well above', 'more than'],
  ['at least', 'at least'],
  ['up to', 'up to'],
  ['at most', 'up to'],
  ['fewer than', 'less than'],
  ['less than', 'less than'],
  ['close to', 'nearly'],
  ['nearly', 'nearly'],
  ['almost', 'nearly'],
  ['about', 'about'],
  ['around', 'about'],
  ['approximately', 'about'],
  ['approx', 'about'],
  ['roughly', 'about'],
  ['some', 'about'],
  ['circa', 'about'],
  ['estimated', 'about'],
  ['over', 'more than'],
  ['above', 'more than'],
  ['under', 'less than'],
  ['below', 'less than'],
  ['exactly', 'exactly'],
  ['precisely', 'exactly'],
].map(([phrase, q]) => [phrase, q as Qualifier]);

const SPLIT = PHRASES.map(([phrase, q]) => [phrase.split(' '), q] as const);

/** The qualifier that ends just before index `i`, with the index where it starts. */
export function qualifierBefore(ws: Word[], i: number): { qualifier: Qualifier; start: number } | undefined {
  for (const [parts, qualifier] of SPLIT) {
    const start = i - parts.length;
    if (start < 0) continue;
    if (!parts.every((p, n) => ws[start + n].lower === p)) continue;
    // 'a dispute over two ballot boxes', 'under three managers': a bare preposition qualifies only digits.
    if (parts.length === 1 && PREPOSITIONS.has(parts[0]) && ws[i]?.kind !== 'number') return undefined;
    return { qualifier, start };
  }
  return undefined;
}

const PREPOSITIONS = new Set(['over', 'under', 'above', 'below']);

/** A qualifier written after the number: '60 or more', '60 or so', '60-odd', '60-plus'. */
export function qualifierAfter(ws: Word[], i: number): { qualifier: Qualifier; next: number } | undefined {
  const a = ws[i]?.lower;
  const b = ws[i + 1]?.lower;
  if (a === 'or' && b === 'more') return { qualifier: 'at least', next: i + 2 };
  if (a === 'or' && b === 'so') return { qualifier: 'about', next: i + 2 };
  if (a === 'or' && (b === 'fewer' || b === 'less')) return { qualifier: 'up to', next: i + 2 };
  if (a === '-' && (b === 'odd' || b === 'plus') && ws[i + 1]?.joined) {
    return { qualifier: b === 'odd' ? 'about' : 'at least', next: i + 2 };
  }
  return undefined;
}

export interface Interval {
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
}

/** How far 'about' reaches either side of the number, as a share of it. */
const ABOUT = 0.1;

/** The interval a qualified number allows, from the interval of the number itself. */
export function applyQualifier(qualifier: Qualifier | null, low: number, high: number): Interval {
  const closed = (lo: number, hi: number): Interval => ({ low: lo, high: hi, lowOpen: false, highOpen: false });
  switch (qualifier) {
    case 'about':
      return closed(low * (1 - ABOUT), high * (1 + ABOUT));
    case 'nearly':
      return { low: low * (1 - ABOUT), high, lowOpen: false, highOpen: false };
    case 'just under':
      return { low: low * (1 - ABOUT), high, lowOpen: false, highOpen: true };
    case 'more than':
      return { low: high, high: Infinity, lowOpen: true, highOpen: false };
    case 'just over':
      return { low: high, high: high * (1 + ABOUT), lowOpen: true, highOpen: false };
    case 'at least':
      return closed(low, Infinity);
    case 'up to':
      return closed(0, high);
    case 'less than':
      return { low: 0, high: low, lowOpen: false, highOpen: true };
    default:
      return closed(low, high);
  }
}
