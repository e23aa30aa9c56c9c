import type { Article } from '../text/article';
import type { Figure } from './figure';

export function extractFigures(article: Article): Figure[] {
  void article;
  return [];
}
