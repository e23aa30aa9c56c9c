import type { Finding } from '../findings';
import type { ArticleAnalysis } from '../corpus/analysis';
import type { CheckContext } from '../corpus/context';
import { RULE_INFO, type RuleInfo } from './catalog';
import { unattributedQuotes } from '../quotes/unattributedQuote';
import { quotationIndexKeys, quotationConflicts } from '../quotes/quotationConflicts';
import { figureIndexKeys, inconsistentFigures } from '../figures/inconsistentFigures';
import { claimIndexKeys } from '../claims/alignment';
import { contradictions } from '../claims/contradictions';

/** A check is a plain function of the article under check and its candidates: it returns data, publishes nothing. */
export type Check = (context: CheckContext) => Finding[];

/**
 * One rule: what the shells say about it (id, default severity, description,
 * docs page, from the catalog), its check, and the keys under which an article
 * is indexed so that the check is asked only about candidate articles. Each
 * rule namespaces its own keys ('quote:…', 'figure:…', 'claim:…').
 */
export type RuleDescriptor = RuleInfo & {
  check: Check;
  indexKeys: (analysis: ArticleAnalysis) => string[];
};

export const RULE_REGISTRY: readonly RuleDescriptor[] = [
  {
    ...RULE_INFO['unattributed-quote'],
    check: (context) => unattributedQuotes(context.self),
    indexKeys: () => [],
  },
  {
    ...RULE_INFO['inconsistent-figure'],
    check: inconsistentFigures,
    indexKeys: figureIndexKeys,
  },
  {
    ...RULE_INFO.contradiction,
    // A quotation given to different speakers contradicts as surely as two claims do.
    check: (context) => [...quotationConflicts(context), ...contradictions(context)],
    indexKeys: (analysis) => [...quotationIndexKeys(analysis), ...claimIndexKeys(analysis)],
  },
];
