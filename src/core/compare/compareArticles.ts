import { articleName, type Finding } from '../findings';
import { articleLanguage } from '../text/language';
import { alignClaims } from './alignClaims';
import { alignFigures } from './alignFigures';
import { alignQuotations } from './alignQuotations';
import type { ClaimStatus, ComparableArticle, ComparedArticle, Comparison, FigureStatus, QuotationStatus } from './comparison';
import { conflictsBetween } from './conflicts';

function described(analysis: ComparableArticle): ComparedArticle {
  const language = articleLanguage(analysis.article);
  return { id: analysis.article.id, name: articleName(analysis.article.id), english: language.english, language: language.language };
}

function count<S extends string>(statuses: readonly S[], rows: Array<{ status: S }>): Record<S, number> {
  const counts = Object.fromEntries(statuses.map((s) => [s, 0])) as Record<S, number>;
  for (const r of rows) counts[r.status]++;
  return counts;
}

/**
 * Compares two analysed articles side by side, from what the engine extracted
 * of each and the findings it reported for each (`Corpus.check`), so the view
 * and the Problems panel never disagree about what conflicts.
 */
export function compareArticles(a: ComparableArticle, b: ComparableArticle, findingsA: Finding[], findingsB: Finding[]): Comparison {
  const conflicts = conflictsBetween(a.article, b.article, findingsA, findingsB);
  const claims = alignClaims(a.article, a.claims, b.article, b.claims, conflicts);
  const figures = alignFigures(a.article, a.figures, b.article, b.figures, conflicts);
  const quotations = alignQuotations(a.article, a.quotations, b.article, b.quotations);
  return {
    a: described(a),
    b: described(b),
    conflicts,
    claims,
    figures,
    quotations,
    summary: {
      conflicts: conflicts.length,
      claims: count<ClaimStatus>(['conflict', 'differ', 'agree', 'only-a', 'only-b'], claims),
      figures: count<FigureStatus>(['conflict', 'differ', 'agree', 'only-a', 'only-b'], figures),
      quotations: count<QuotationStatus>(['same', 'different-speaker', 'only-a', 'only-b'], quotations),
    },
  };
}
