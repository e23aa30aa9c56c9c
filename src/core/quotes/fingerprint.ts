/**
 * Word shingles of a quotation, so that the same words are found in another
 * article whatever the marks, apostrophes, case or a trimmed clause.
 */
import type { Quotation } from './quotation';

/** Quotations shorter than this are phrases ('protest party'), too common to compare across articles. */
export const MIN_WORDS = 6;
const SHINGLE = 4;

export function quotationWords(text: string): string[] {
  return (text.toLowerCase().replace(/[’‘`]/g, '\'').match(/[\p{L}\p{Nd}]+(?:'[\p{L}]+)*/gu) ?? []).filter((w) => w !== '…');
}

const cache = new WeakMap<object, Set<string>>();

/** The quotation's word 4-grams (cached per quotation: every cross-article check asks again). */
export function shingles(quotation: Pick<Quotation, 'text'>): Set<string> {
  const cached = cache.get(quotation);
  if (cached) return cached;
  const out = computeShingles(quotation.text);
  cache.set(quotation, out);
  return out;
}

function computeShingles(text: string): Set<string> {
  const words = quotationWords(text);
  const out = new Set<string>();
  if (words.length < MIN_WORDS) return out;
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

/** Share of the shorter quotation's shingles found in the other: 1 for the same words, ≥ 0.6 for nearly the same. */
export function overlap(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}

/** Quotations this close are the same words. */
export const SAME_WORDS = 0.6;
