import type { Finding } from '../findings';
import type { ArticleAnalysis } from '../corpus/analysis';
import type { CheckContext } from '../corpus/context';
import { RULE_INFO, type RuleInfo } from './catalog';
import { unattributedQuotes } from '../quotes/unattributedQuote';
import { quotationIndexKeys, quotationConflicts } from '../quotes/quotationConflicts';
import { figureIndexKeys, inconsistentFigures } from '../figures/inconsistentFigures';
import { claimIndexKeys, claimsRelated } from '../claims/alignment';
import { sameStory } from '../figures/sameStory';
import { contradictions } from '../claims/contradictions';
import { placeContradictions, placeIndexKeys } from '../geo/placeContradictions';
import { sharesAtLeast } from '../sharedMembers';

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
  /**
   * Whether the check of either article can read the other, once they share
   * one of the rule's keys (symmetric). Without it, a shared key is enough.
   * It is what keeps a change to one article from re-checking every article
   * that merely shares a broad key with it ('figure-age', a weekday), which
   * made loading a workspace of unrelated stories grow with its square.
   */
  related?: (a: ArticleAnalysis, b: ArticleAnalysis) => boolean;
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
    // Every figure comparison is between articles of one story.
    related: (a, b) => sameStory(a.article, b.article),
  },
  {
    ...RULE_INFO.contradiction,
    // A quotation given to different speakers contradicts as surely as two claims do; two
    // statements of where one place is (geo/) contradict on the map, whatever their wording.
    check: (context) => [...quotationConflicts(context), ...contradictions(context), ...placeContradictions(context)],
    indexKeys: (analysis) => [...quotationIndexKeys(analysis), ...claimIndexKeys(analysis), ...placeIndexKeys(analysis)],
    // Quotations and places are compared whatever the story; claims only within one (shared names).
    related: (a, b) => sharesAtLeast(quotationIndexKeys(a), quotationIndexKeys(b)) || sharesAtLeast(placeIndexKeys(a), placeIndexKeys(b)) || claimsRelated(a, b),
  },
];
