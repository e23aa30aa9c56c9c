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

/**
 * The analysis as steps, one detector each, so that the extension can let the
 * host handle other events between them (one article's full analysis can hold
 * the thread for tens of milliseconds).
 */
export function* analyzeArticleInSteps(article: Article): Generator<void, ArticleAnalysis> {
  const quotations = findQuotations(article);
  yield;
  const figures = extractFigures(article);
  yield;
  const claims = extractClaims(article);
  return { article, quotations, figures, claims };
}

export function analyzeArticle(article: Article): ArticleAnalysis {
  const steps = analyzeArticleInSteps(article);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
