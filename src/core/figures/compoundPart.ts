import type { Figure } from './figure';

const COORDINATORS = new Set(['and', 'but', 'or']);

/**
 * A figure that is one part of a measure stated in two parts side by side: in two units ('four hours and
 * 50 minutes', 'six feet, two inches'), or two sums of one kind joined by 'and' a few words apart ('$281m in
 * cash and $53m in stock', '40 miles by road and 12 by ferry').
 */
export function compoundPart(text: string, f: Figure, sentenceFigures: Figure[]): boolean {
  return sentenceFigures.some((g) => {
    if (g === f || g.kind !== f.kind || !g.unit || !f.unit) return false;
    const [first, second] = g.start < f.start ? [g, f] : [f, g];
    if (second.start < first.end) return false;
    const between = text.slice(first.end, second.start);
    if (g.unit !== f.unit) return /^[\s,]*(?:and\s+)?$/.test(between);
    // 'in cash and', 'by road and': a few words of the first part, then 'and' straight before the second.
    const words = between.trim().split(/\s+/);
    return words.length <= 4 && words[words.length - 1] === 'and' && words.slice(0, -1).every((w) => /^[\p{Ll}'’]+$/u.test(w) && !COORDINATORS.has(w));
  });
}
