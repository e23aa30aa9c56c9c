import { articleName, type Finding } from '../findings';
import { articleLanguage } from '../text/language';
import { alignClaims } from './alignClaims';
import { alignFigures } from './alignFigures';
import { alignQuotations } from './alignQuotations';
import type { ClaimRow, ClaimStatus, ComparableArticle, ComparedArticle, Comparison, FigureRow, FigureStatus, QuotationRow, QuotationStatus } from './comparison';
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

function differences(claims: ClaimRow[], figures: FigureRow[], quotations: QuotationRow[]): number {
  const differingClaims = claims.filter((r) => r.status === 'differ');
  const inside = (cells: Array<{ start: number; end: number }>, passage: { start: number; end: number } | undefined): boolean =>
    !!passage && cells.some((c) => passage.start <= c.start && c.end <= passage.end);
  const figuresApart = figures.filter(
    (r) => r.status === 'differ' && !differingClaims.some((c) => inside(r.a, c.a) && inside(r.b, c.b)),
  );
  return differingClaims.length + figuresApart.length + quotations.filter((r) => r.status === 'different-speaker').length;
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
      differences: differences(claims, figures, quotations),
      claims: count<ClaimStatus>(['conflict', 'differ', 'agree', 'only-a', 'only-b'], claims),
      figures: count<FigureStatus>(['conflict', 'differ', 'agree', 'only-a', 'only-b'], figures),
      quotations: count<QuotationStatus>(['same', 'different-speaker', 'only-a', 'only-b'], quotations),
    },
  };
}
