import type { Finding } from '../findings';
import type { ArticleAnalysis } from './analysis';
import type { CheckContext } from './corpus';
import { unattributedQuotes } from '../quotes/unattributedQuote';
import { quotationIndexKeys, quotationConflicts } from '../quotes/quotationConflicts';
import { figureIndexKeys, inconsistentFigures } from '../figures/inconsistentFigures';
import { claimIndexKeys, contradictions } from '../claims/contradictions';
import { placeContradictions, placeIndexKeys } from '../geo/placeContradictions';

/** A rule is a plain function of the article under check and its candidates: it returns data, publishes nothing. */
export type Rule = (context: CheckContext) => Finding[];

export const RULES_IN_ORDER: readonly Rule[] = [
  (context) => unattributedQuotes(context.self),
  quotationConflicts,
  inconsistentFigures,
  contradictions,
  placeContradictions,
];

/**
 * Keys under which an article is indexed for the cross-article rules. Each
 * family namespaces its own keys ('quote:…', 'figure:…', 'claim:…') and asks
 * `CheckContext.others` with keys of the same form.
 */
export function indexKeysOf(analysis: ArticleAnalysis): string[] {
  return [...quotationIndexKeys(analysis), ...figureIndexKeys(analysis), ...claimIndexKeys(analysis), ...placeIndexKeys(analysis)];
}
