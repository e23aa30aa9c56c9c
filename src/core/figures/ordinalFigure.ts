import type { Article, Sentence } from '../text/article';
import { baseFigure, type FoundFigure } from './figure';
import { MAGNITUDE } from './magnitudeKey';
import { ORDINALS, type ParsedNumber } from './numbers';
import type { Word } from './words';

/** Numbers that rank or name rather than count: ordinals ('finished seventh', '21st') and labels ('No. 10', 'A40'). */

/** Ordinal words: keyed only as a finishing place ('finished seventh', 'a seventh-place finish'). */
export function ordinalAt(article: Article, sentence: Sentence, ws: Word[], i: number): FoundFigure | undefined {
  return ordinalFigure(article, sentence, ws, i, i + 1, ORDINALS[ws[i].lower]);
}

export function ordinalFigure(article: Article, sentence: Sentence, ws: Word[], i: number, next: number, value: number): FoundFigure {
  const figure = baseFigure(article, sentence, ws[i].start, ws[next - 1].end);
  figure.kind = 'ordinal';
  figure.value = figure.low = figure.high = value;
  figure.significant = String(value).length;
  const l = (n: number): string => ws[n]?.lower ?? '';
  const place = l(next) === '-' && l(next + 1) === 'place' ? next + 2 : l(next) === 'place' ? next + 1 : -1;
  if ((place > 0 && /^(?:finish|finishes)$/.test(l(place))) || /^(?:finished|finishing|finish|came|placed)$/.test(l(i - 1))) {
    figure.key = 'rank:finish';
    figure.quantity = 'finishing place';
    figure.unit = 'place';
  }
  return { figure, next };
}

/** 'number 9', 'No. 10', 'Covid-19', 'A40': a label, not a quantity. */
export function isLabel(ws: Word[], at: number): boolean {
  const prev = ws[at - 1];
  if (!prev) return false;
  if (/^(?:number|no|nos|room|flight|route|platform|gate|page|chapter|article|section|level|grade|category|shirt|model|version|act|clause|phase|stage|team)$/.test(prev.lower) && ws[at].kind === 'number') return true;
  if (prev.text === '.' && ws[at - 2]?.lower === 'no') return true;
  if (prev.kind === 'word' && ws[at].joined && ws[at].kind === 'number') return true; // 'A40', 'G7'
  // 'Covid-19'; 'magnitude-3.2' is a measure on a scale, not a name.
  if (prev.text === '-' && prev.joined && ws[at - 2]?.kind === 'word' && ws[at].joined) return ws[at - 2].lower !== MAGNITUDE;
  return false;
}

export function labelFigure(article: Article, sentence: Sentence, ws: Word[], at: number, parsed: ParsedNumber) {
  const figure = baseFigure(article, sentence, ws[at].start, ws[parsed.next - 1].end);
  figure.value = parsed.value;
  figure.kind = 'ordinal';
  return figure;
}
