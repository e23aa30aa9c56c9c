import type { Word } from './words';

/** A number read from the text: digits with separators and scales, or number words. */
export interface ParsedNumber {
  value: number;
  /** The interval the words themselves allow ('hundreds' is 200–999); a point for a plain number. */
  low: number;
  high: number;
  /** Index of the first word after the number. */
  next: number;
  /** Half the last significant digit (80 → 5, 4.5 → 0.05, 1.2 million → 50,000). */
  rounding: number;
  significant: number;
  /** A fraction word ('half', 'a third'): a share, or part of a unit ('half a mile'). */
  fraction: boolean;
  /** Written in words rather than digits. */
  words: boolean;
}

const ONES: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** A cardinal written as one word ('zero', 'seven', 'forty'). */
export function isCardinalWord(word: string): boolean {
  const w = word.toLowerCase();
  return Object.hasOwn(ONES, w) || Object.hasOwn(TENS, w);
}

export const SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};
/** Abbreviated scales that follow digits: '4.5m', '$2.4bn', '10k'. 'm' is a million only for money. */
const SHORT_SCALES: Record<string, number> = { bn: 1e9, b: 1e9, mn: 1e6, mln: 1e6, k: 1e3, tn: 1e12, m: 1e6 };
/** Plural scale words are vague amounts: 'hundreds' is at least two hundred and fewer than a thousand. */
const VAGUE: Record<string, [number, number]> = {
  dozens: [24, 143],
  scores: [40, 199],
  hundreds: [200, 999],
  thousands: [2000, 9999],
  millions: [2e6, 9.99e6],
  billions: [2e9, 9.99e9],
};
const FRACTIONS: Record<string, number> = {
  half: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4, fifth: 1 / 5, fifths: 1 / 5,
  tenth: 1 / 10, tenths: 1 / 10,
};
export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, hundredth: 100,
};

/** Significant digits and half the last significant place of a numeral ('1,200' → 2 and 50). */
export function precisionOf(numeral: string): { significant: number; rounding: number } {
  const digits = numeral.replace(/,/g, '');
  const [whole, decimals = ''] = digits.split('.');
  if (decimals) {
    const significant = (whole.replace(/^0+/, '') + decimals).replace(/^0+/, '').length;
    return { significant, rounding: 0.5 * 10 ** -decimals.length };
  }
  const trimmed = whole.replace(/^0+/, '');
  const zeros = trimmed.length - trimmed.replace(/0+$/, '').length;
  return { significant: Math.max(1, trimmed.length - zeros), rounding: 0.5 * 10 ** zeros };
}

function isDigits(w: Word | undefined): boolean {
  return !!w && w.kind === 'number';
}

/**
 * Reads a number at `i`: digits ('1,200', '4.5', '4.5m' when `money`, '1.2 million'),
 * number words ('three', 'twenty-one', 'a dozen', 'two dozen', 'three hundred'),
 * vague plurals ('hundreds', 'dozens', 'tens of thousands') and fractions ('half', 'a third', 'two-thirds').
 */
export function parseNumber(ws: Word[], i: number, money = false): ParsedNumber | undefined {
  const w = ws[i];
  if (!w) return undefined;
  if (isDigits(w)) return parseNumeral(ws, i, money);
  return parseNumberWords(ws, i);
}

function parseNumeral(ws: Word[], i: number, money: boolean): ParsedNumber | undefined {
  const w = ws[i];
  // A decimal comma or a time ('4:40') is not ours to read here.
  if (ws[i + 1]?.text === ':' && ws[i + 1].joined && isDigits(ws[i + 2]) && ws[i + 2].joined) return undefined;
  let value = Number(w.text.replace(/,/g, ''));
  if (!Number.isFinite(value)) return undefined;
  let { significant, rounding } = precisionOf(w.text);
  let next = i + 1;
  const after = ws[next];
  if (after && after.kind === 'word') {
    const scale = SCALES[after.lower] ?? (after.joined ? SHORT_SCALES[after.lower] : undefined);
    const isMoneyM = after.lower !== 'm' || money || /^(?:dollars?|pounds?|euros?|yen|rupees?|roubles?|rubles?)$/.test(ws[next + 1]?.lower ?? '');
    if (scale && isMoneyM && !(after.lower === 'b' && !money)) {
      value *= scale;
      rounding *= scale;
      next++;
    }
  }
  return { value, low: value, high: value, next, rounding, significant, fraction: false, words: false };
}

/**
 * The words a number in words can begin with. Every word of a text is asked, so
 * they are one Set, asked once: a word looked up as a key of the tables above
 * is hashed again for each (a tenth of a long file's number scanning went to it).
 */
const NUMBER_STARTS = new Set([...Object.keys(VAGUE), ...Object.keys(TENS), ...Object.keys(ONES), 'tens', 'half', 'a', 'an']);

function parseNumberWords(ws: Word[], i: number): ParsedNumber | undefined {
  const w = ws[i];
  const lower = w.lower;
  // Every word of a text is asked: one that starts no number leaves before anything is built for it.
  if (!NUMBER_STARTS.has(lower)) return undefined;
  const at = (k: number): string => ws[k]?.lower ?? '';
  const result = (value: number, next: number, low = value, high = value, fraction = false, rounding?: number): ParsedNumber => {
    const p = precisionOf(String(Math.round(value)));
    return { value, low, high, next, rounding: rounding ?? (value >= 10 ? p.rounding : 0.5), significant: p.significant, fraction, words: true };
  };

  if (VAGUE[lower]) {
    // 'tens of thousands', 'hundreds of thousands'
    if (at(i + 1) === 'of' && SCALES[at(i + 2).replace(/s$/, '')] && at(i + 2).endsWith('s')) {
      const scale = SCALES[at(i + 2).replace(/s$/, '')];
      const [lo, hi] = VAGUE[lower];
      return result(lo * scale, i + 3, lo * scale, (hi + 1) * scale - 1);
    }
    const [lo, hi] = VAGUE[lower];
    return result(lo, i + 1, lo, hi);
  }
  if (lower === 'tens' && at(i + 1) === 'of' && (at(i + 2) === 'thousands' || at(i + 2) === 'millions')) {
    const scale = SCALES[at(i + 2).slice(0, -1)];
    return result(20 * scale, i + 3, 20 * scale, 99 * scale);
  }
  // 'half a mile', 'half a dozen', 'a half'
  if (lower === 'half') {
    if ((at(i + 1) === 'a' || at(i + 1) === 'an') && at(i + 2) === 'dozen') return result(6, i + 3);
    // 'half a million trips' is 500,000, never 'a million'.
    if ((at(i + 1) === 'a' || at(i + 1) === 'an') && SCALES[at(i + 2)]) return scaled(ws, i + 2, 0.5, result);
    return result(0.5, i + 1, 0.5, 0.5, true, 0.05);
  }
  // 'a dozen', 'a hundred', 'a third', 'a quarter'
  if (lower === 'a' || lower === 'an') {
    const n = at(i + 1);
    if (n === 'dozen') return result(12, i + 2);
    // 'a score of ships' is twenty ships (the 'of' is read with the number, not as 'a part of'); 'a score of 3-1' is a result.
    if (n === 'score' && at(i + 2) === 'of' && ws[i + 3]?.kind === 'word' && looksPluralWord(at(i + 3))) return result(20, i + 3);
    if (SCALES[n]) return scaled(ws, i + 1, 1, result);
    if (FRACTIONS[n] !== undefined && n !== 'half' && !/s$/.test(n) && !isOrdinalUse(ws, i + 1)) {
      return result(FRACTIONS[n], i + 2, FRACTIONS[n], FRACTIONS[n], true, 0.02);
    }
    return undefined;
  }
  let value: number | undefined;
  let next = i + 1;
  if (TENS[lower] !== undefined) {
    value = TENS[lower];
    if (ws[next]?.text === '-' && ws[next].joined && ONES[at(next + 1)] !== undefined && ONES[at(next + 1)] < 10) {
      value += ONES[at(next + 1)];
      next += 2;
    } else if (ONES[at(next)] !== undefined && ONES[at(next)] > 0 && ONES[at(next)] < 10) {
      value += ONES[at(next)];
      next += 1;
    }
  } else if (ONES[lower] !== undefined) {
    value = ONES[lower];
  }
  if (value === undefined) return undefined;
  // 'two-thirds', 'three quarters'
  const fractionWord = ws[next]?.text === '-' ? at(next + 1) : at(next);
  if (FRACTIONS[fractionWord] !== undefined && /s$/.test(fractionWord) && value > 1) {
    const v = value * FRACTIONS[fractionWord];
    return result(v, ws[next]?.text === '-' ? next + 2 : next + 1, v, v, true, 0.02);
  }
  // 'one and a half'
  if (at(next) === 'and' && at(next + 1) === 'a' && at(next + 2) === 'half') {
    return result(value + 0.5, next + 3, value + 0.5, value + 0.5, false, 0.25);
  }
  if (at(next) === 'dozen') return result(value * 12, next + 1);
  return scaled(ws, next, value, result);
}

/** 'three hundred', 'two thousand five hundred', 'four million'. */
function scaled(
  ws: Word[],
  next: number,
  value: number,
  result: (value: number, next: number) => ParsedNumber,
): ParsedNumber {
  let total = 0;
  let current = value;
  let k = next;
  while (ws[k] && SCALES[ws[k].lower]) {
    const scale = SCALES[ws[k].lower];
    current *= scale;
    k++;
    if (scale >= 1000) {
      total += current;
      current = 0;
      const more = ws[k]?.lower === 'and' ? k + 1 : k;
      const n = ws[more] ? ONES[ws[more].lower] ?? TENS[ws[more].lower] : undefined;
      if (n === undefined) break;
      current = n;
      k = more + 1;
    }
  }
  return result(total + current, k);
}

/** 'a third offer' is an ordinal, 'a third of the staff' a fraction. */
function isOrdinalUse(ws: Word[], k: number): boolean {
  const after = ws[k + 1];
  return !!after && after.kind === 'word' && after.lower !== 'of';
}

/** A plural noun or a modifier before one, as after 'a score of' ('ships', 'container ships'); not a determiner. */
function looksPluralWord(lower: string): boolean {
  return /^[a-z][a-z-]+$/.test(lower) && !/^(?:the|a|an|its|their|his|her|our|this|that|these|those)$/.test(lower);
}
