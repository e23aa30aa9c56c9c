import { extractFigures } from '../../../../src/core/figures/extractFigures';
import type { Figure } from '../../../../src/core/figures/figure';
import { parseArticle } from '../../../../src/core/text/article';

export function figuresOf(text: string): Figure[] {
  return extractFigures(parseArticle('a.txt', text));
}

/** The figure whose text contains `part` (the first one). */
export function figureOf(text: string, part: string): Figure {
  const found = figuresOf(text).find((f) => f.text.includes(part) || part.includes(f.text));
  if (!found) throw new Error(`no figure for '${part}' in: ${text}\n${JSON.stringify(figuresOf(text).map((f) => f.text))}`);
  return found;
}
