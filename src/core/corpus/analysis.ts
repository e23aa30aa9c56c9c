import type { Claim } from '../claims/claim';
import { extractClaims } from '../claims/extractClaims';
import type { Figure } from '../figures/figure';
import { extractFigures } from '../figures/extractFigures';
import type { Quotation } from '../quotes/quotation';
import { findQuotations } from '../quotes/findQuotations';
import type { Article } from '../text/article';

/** What the detectors know of one article on its own; computed once per version of its text. */
export interface ArticleAnalysis {
  article: Article;
  quotations: Quotation[];
  figures: Figure[];
  claims: Claim[];
}

export function analyzeArticle(article: Article): ArticleAnalysis {
  const quotations = findQuotations(article);
  const figures = extractFigures(article);
  const claims = extractClaims(article);
  return { article, quotations, figures, claims };
}
