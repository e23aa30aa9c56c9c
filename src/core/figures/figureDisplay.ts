import { MONTHS, WEEKDAYS } from './calendar';
import type { Figure } from './figure';
import { fromBase, toBase, unitNamed } from './units';

/**
 * A figure in words for messages and hovers, optionally converted to another
 * figure's unit: '14', 'about 1,200', '48 km ("a 30-mile stretch")',
 * '12 ("a dozen")', 'Wednesday ("in the early hours of Wednesday")'.
 */
export function displayFigure(figure: Figure, inUnitOf?: Figure): string {
  const shown = valueText(figure, inUnitOf);
  const original = figure.stated.replace(/\s+/g, ' ').trim();
  // The words as written are worth quoting when they are not the digits shown ('a dozen', a converted '30-mile').
  const digits = (s: string): string => s.replace(/[^\d.]/g, '');
  const converted = !!inUnitOf && inUnitOf.unit !== figure.unit;
  return shown.toLowerCase() === original.toLowerCase() || (!converted && digits(shown) === digits(original) && digits(shown) !== '') ? shown : `${shown} ("${original}")`;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const LARGE: Array<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

function formatNumber(n: number, converted: boolean): string {
  if (!Number.isFinite(n)) return String(n);
  // '$312 million', not '$312,000,000'
  for (const [scale, word] of LARGE) {
    if (Math.abs(n) >= scale) return `${formatNumber(n / scale, converted)} ${word}`;
  }
  const rounded = converted ? Number(n.toPrecision(3)) : n;
  const digits = Math.abs(rounded) >= 100 ? 0 : Math.abs(rounded) >= 10 ? 1 : 2;
  const fixed = Number(rounded.toFixed(digits));
  const [whole, decimals] = String(fixed).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return decimals ? `${grouped}.${decimals}` : grouped;
}

const QUALIFIER_WORDS: Record<string, string> = {
  about: 'about',
  nearly: 'nearly',
  'more than': 'more than',
  'just over': 'just over',
  'at least': 'at least',
  'up to': 'up to',
  'less than': 'less than',
  'just under': 'just under',
};

function valueText(figure: Figure, inUnitOf?: Figure): string {
  const when = figure.when;
  if (figure.kind === 'weekday' && when?.weekday !== undefined) return capitalize(WEEKDAYS[when.weekday]);
  if (figure.kind === 'date' && when) {
    const parts = [when.day, when.month ? capitalize(MONTHS[when.month - 1]) : undefined, when.year].filter((p) => p !== undefined);
    return (figure.qualifier ? `${figure.qualifier} ` : '') + parts.join(' ');
  }
  if (figure.kind === 'time' && figure.low !== null) return figure.text.trim();
  // A year is a name of a time, not a quantity: '1990', never '1,990'.
  if (figure.kind === 'year' && figure.value !== null) return String(figure.value);
  if (figure.value === null || figure.low === null || figure.high === null) return figure.text.trim();

  const from = figure.unit ? unitNamed(figure.unit) : undefined;
  const to = inUnitOf?.unit ? unitNamed(inUnitOf.unit) : undefined;
  const convert = from && to && from.dimension === to.dimension && from.name !== to.name;
  const unit = convert ? to : from;
  const inUnit = (v: number): number => (convert && Number.isFinite(v) ? fromBase(toBase(v, from!), to!) : v);
  const num = (v: number): string => formatNumber(inUnit(v), !!convert);
  let text: string;
  if (figure.qualifier === 'range') text = `${num(figure.low)}–${num(figure.high)}`;
  else if (figure.qualifier && QUALIFIER_WORDS[figure.qualifier]) text = `${QUALIFIER_WORDS[figure.qualifier]} ${num(figure.value)}`;
  else if (figure.low !== figure.high && figure.rounding === 0 && Number.isFinite(figure.high)) text = `${num(figure.low)}–${num(figure.high)}`;
  else text = num(figure.value);
  if (!unit) return text;
  if (unit.dimension.startsWith('money')) return /^[a-z]/.test(text) ? text.replace(/(\d)/, `${unit.name.trim()}$1`) : `${unit.name.trim()}${text}`;
  if (unit.name === '%') return `${text}%`;
  return `${text} ${unit.name}`;
}
