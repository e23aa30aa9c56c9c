import type { Word } from './words';

/**
 * Units of measure and currencies, with their spelling variants. A unit has a
 * dimension and a factor to the dimension's base unit, so that '80 kilometres'
 * and '50 miles' are compared in metres; currencies are dimensions of their own
 * (no exchange rates: '£4.5m' and '$5.6m' are never compared).
 */
export interface Unit {
  /** The short form used in messages: 'km', 'mi', '°C', '%', '£'. */
  name: string;
  dimension: string;
  /** Multiply by this (then add `offset`) to get the base unit. */
  factor: number;
  offset?: number;
}

const u = (name: string, dimension: string, factor: number, offset?: number): Unit => ({ name, dimension, factor, offset });

const LENGTH: Array<[string[], Unit]> = [
  [['mm', 'millimetre', 'millimetres', 'millimeter', 'millimeters'], u('mm', 'length', 0.001)],
  [['cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters'], u('cm', 'length', 0.01)],
  [['m', 'metre', 'metres', 'meter', 'meters'], u('m', 'length', 1)],
  [['km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers'], u('km', 'length', 1000)],
  [['mile', 'miles', 'mi'], u('mi', 'length', 1609.344)],
  [['yard', 'yards', 'yd', 'yds'], u('yd', 'length', 0.9144)],
  [['foot', 'feet', 'ft'], u('ft', 'length', 0.3048)],
  [['inch', 'inches'], u('in', 'length', 0.0254)],
];
const AREA: Array<[string[], Unit]> = [
  [['hectare', 'hectares', 'ha'], u('ha', 'area', 1e4)],
  [['acre', 'acres'], u('acres', 'area', 4046.856)],
  [['km2', 'km²', 'sq km'], u('km²', 'area', 1e6)],
  [['m2', 'm²'], u('m²', 'area', 1)],
];
const MASS: Array<[string[], Unit]> = [
  [['g', 'gram', 'grams', 'gramme', 'grammes'], u('g', 'mass', 0.001)],
  [['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes'], u('kg', 'mass', 1)],
  // Short and long tons differ from the tonne by under 10%: read as tonnes, compared with the rounding allowance.
  [['t', 'tonne', 'tonnes', 'ton', 'tons'], u('t', 'mass', 1000)],
  [['lb', 'lbs'], u('lb', 'mass', 0.45359)],
  [['oz', 'ounce', 'ounces'], u('oz', 'mass', 0.02835)],
];
const VOLUME: Array<[string[], Unit]> = [
  [['l', 'litre', 'litres', 'liter', 'liters'], u('l', 'volume', 1)],
  [['ml', 'millilitre', 'millilitres', 'milliliter', 'milliliters'], u('ml', 'volume', 0.001)],
  [['gallon', 'gallons'], u('gal', 'volume', 3.785)],
  [['barrel', 'barrels'], u('bbl', 'volume', 158.99)],
];
const SPEED: Array<[string[], Unit]> = [
  [['km/h', 'kph', 'kmh', 'kmph'], u('km/h', 'speed', 1 / 3.6)],
  [['mph'], u('mph', 'speed', 0.44704)],
  [['m/s'], u('m/s', 'speed', 1)],
  [['knot', 'knots', 'kt', 'kts'], u('knots', 'speed', 0.51444)],
];
const TEMPERATURE: Array<[string[], Unit]> = [
  [['°c', 'c', 'celsius', 'centigrade'], u('°C', 'temperature', 1)],
  [['°f', 'f', 'fahrenheit'], u('°F', 'temperature', 5 / 9, -32 * (5 / 9))],
];
const TIME: Array<[string[], Unit]> = [
  [['second', 'seconds', 'secs'], u('s', 'time', 1 / 3600)],
  [['minute', 'minutes', 'mins'], u('min', 'time', 1 / 60)],
  [['hour', 'hours', 'hrs'], u('h', 'time', 1)],
  [['day', 'days'], u('days', 'time', 24)],
  [['week', 'weeks'], u('weeks', 'time', 168)],
  [['month', 'months'], u('months', 'time', 730.5)],
  [['year', 'years'], u('years', 'time', 8766)],
  [['decade', 'decades'], u('decades', 'time', 87660)],
];

export const PERCENT: Unit = u('%', 'percent', 1);
export const POINTS: Unit = u('points', 'points', 1);

const SINGLE = new Map<string, Unit>();
for (const table of [LENGTH, AREA, MASS, VOLUME, SPEED, TEMPERATURE, TIME]) {
  for (const [forms, unit] of table) for (const f of forms) SINGLE.set(f, unit);
}

/** Symbols that stand before the amount, and currency words that follow it. */
const CURRENCY_SYMBOLS: Record<string, string> = { '£': 'GBP', '$': 'USD', '€': 'EUR', '¥': 'JPY', '₹': 'INR', '₽': 'RUB' };
const CURRENCY_WORDS: Record<string, string> = {
  pound: 'GBP', pounds: 'GBP', sterling: 'GBP', dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR',
  yen: 'JPY', rupee: 'INR', rupees: 'INR', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB',
  usd: 'USD', gbp: 'GBP', eur: 'EUR', yuan: 'CNY', francs: 'CHF',
};
const CURRENCY_SIGNS: Record<string, string> = { GBP: '£', USD: '$', EUR: '€', JPY: '¥', INR: '₹', RUB: '₽' };

export function currencyUnit(code: string): Unit {
  return u(CURRENCY_SIGNS[code] ?? code + ' ', `money:${code}`, 1);
}

/** A currency symbol at `i` ('£', '$', 'US$'), with the index after it. */
export function currencyBefore(ws: Word[], i: number): { code: string; next: number } | undefined {
  const w = ws[i];
  if (!w) return undefined;
  if (CURRENCY_SYMBOLS[w.text]) return { code: CURRENCY_SYMBOLS[w.text], next: i + 1 };
  if ((w.text === 'US' || w.text === 'A' || w.text === 'C') && ws[i + 1]?.text === '$' && ws[i + 1].joined) {
    return { code: w.text === 'US' ? 'USD' : w.text + 'D', next: i + 2 };
  }
  if (/^(?:USD|GBP|EUR)$/.test(w.text)) return { code: w.text, next: i + 1 };
  return undefined;
}

export interface UnitMatch {
  unit: Unit;
  next: number;
  /** Written as a hyphenated adjective ('a 30-mile stretch'). */
  adjective: boolean;
}

/** A unit after a number at `i`: 'km', 'kilometres', 'per cent', '%', 'miles per hour', '°C', '-mile', 'dollars'. */
export function unitAfter(ws: Word[], i: number): UnitMatch | undefined {
  const w = ws[i];
  if (!w) return undefined;
  const adjective = w.text === '-' && w.joined && ws[i + 1]?.joined === true;
  const k = adjective ? i + 1 : i;
  const first = ws[k];
  if (!first) return undefined;
  const l0 = first.lower;
  const l1 = ws[k + 1]?.lower ?? '';
  const l2 = ws[k + 2]?.lower ?? '';
  if (l0 === '%') return { unit: PERCENT, next: k + 1, adjective };
  if (l0 === 'percent' || l0 === 'pc' || (l0 === 'per' && l1 === 'cent')) {
    return { unit: PERCENT, next: l0 === 'per' ? k + 2 : k + 1, adjective };
  }
  if (l0 === 'percentage' && (l1 === 'points' || l1 === 'point')) return { unit: POINTS, next: k + 2, adjective };
  if (CURRENCY_WORDS[l0] && !adjective) return { unit: currencyUnit(CURRENCY_WORDS[l0]), next: k + 1, adjective };
  // 'miles per hour', 'kilometres an hour'
  const distance = SINGLE.get(l0);
  if (distance?.dimension === 'length' && (l1 === 'per' || l1 === 'an' || l1 === 'a') && (l2 === 'hour' || l2 === 'h')) {
    return { unit: l0.startsWith('mi') ? SINGLE.get('mph')! : SINGLE.get('km/h')!, next: k + 3, adjective };
  }
  if ((l0 === 'km' || l0 === 'm') && l1 === '/' && (l2 === 'h' || l2 === 's') && ws[k + 1].joined) {
    return { unit: SINGLE.get(l0 + '/' + l2)!, next: k + 3, adjective };
  }
  if ((l0 === 'square' || l0 === 'sq') && SINGLE.get(l1)?.dimension === 'length') {
    const base = SINGLE.get(l1)!;
    return { unit: u(base.name + '²', 'area', base.factor ** 2), next: k + 2, adjective };
  }
  if (l0 === 'nautical' && (l1 === 'miles' || l1 === 'mile')) return { unit: u('nmi', 'length', 1852), next: k + 2, adjective };
  if (l0 === '°' && (l1 === 'c' || l1 === 'f')) return { unit: SINGLE.get('°' + l1)!, next: k + 2, adjective };
  if (l0 === 'degrees' || l0 === 'degree') {
    if (SINGLE.get(l1)?.dimension === 'temperature') return { unit: SINGLE.get(l1)!, next: k + 2, adjective };
    return undefined;
  }
  const unit = SINGLE.get(l0);
  if (!unit) return undefined;
  // One-letter symbols must touch the number ('40C', '4.2m', '5t'), or they are words ('a', 'c').
  if (first.text.length === 1 && !first.joined) return undefined;
  if ((l0 === 'c' || l0 === 'f') && first.text !== first.text.toUpperCase()) return undefined;
  return { unit, next: k + 1, adjective };
}

/** A value in `unit` in the dimension's base unit. */
export function toBase(value: number, unit: Unit): number {
  return value * unit.factor + (unit.offset ?? 0);
}

export function fromBase(value: number, unit: Unit): number {
  return (value - (unit.offset ?? 0)) / unit.factor;
}

const BY_NAME = new Map<string, Unit>();
for (const unit of SINGLE.values()) BY_NAME.set(unit.name, unit);
BY_NAME.set(PERCENT.name, PERCENT);
BY_NAME.set(POINTS.name, POINTS);

/** The unit a figure names in its `unit` field ('km', '£', 'mi²'). */
export function unitNamed(name: string): Unit | undefined {
  const known = BY_NAME.get(name);
  if (known) return known;
  const code = Object.entries(CURRENCY_SIGNS).find(([, sign]) => sign === name)?.[0] ?? (/^[A-Z]{3} $/.test(name) ? name.trim() : undefined);
  if (code) return currencyUnit(code);
  const square = /^(.+)²$/.exec(name);
  if (square && BY_NAME.get(square[1])) return u(name, 'area', BY_NAME.get(square[1])!.factor ** 2);
  if (name === 'nmi') return u('nmi', 'length', 1852);
  return undefined;
}
