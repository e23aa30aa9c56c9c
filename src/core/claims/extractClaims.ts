import type { Article } from '../text/article';
import type { Claim } from './claim';

export function extractClaims(article: Article): Claim[] {
  void article;
  return [];
}
