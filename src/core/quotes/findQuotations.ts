import type { Article } from '../text/article';
import type { Quotation } from './quotation';

/** Every quotation of the article that needs a speaker, with its speaker where one is identified. */
export function findQuotations(article: Article): Quotation[] {
  void article;
  return [];
}
