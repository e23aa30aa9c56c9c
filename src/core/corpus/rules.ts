import type { ArticleAnalysis } from './analysis';
import { RULE_REGISTRY, type Check } from '../rules/registry';

/** A rule's check: a plain function of the article under check and its candidates. */
export type Rule = Check;

/** The product's checks, in the registry's order. */
export const RULES_IN_ORDER: readonly Rule[] = RULE_REGISTRY.map((rule) => rule.check);

/** Keys under which an article is indexed for the cross-article rules (each rule's own, namespaced). */
export function indexKeysOf(analysis: ArticleAnalysis): string[] {
  return RULE_REGISTRY.flatMap((rule) => rule.indexKeys(analysis));
}
