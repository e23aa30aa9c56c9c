import type { ArticleAnalysis } from './analysis';
import { RULE_REGISTRY, type Check } from '../rules/registry';
import { sharesAtLeast } from '../sharedMembers';

/** A rule's check: a plain function of the article under check and its candidates. */
export type Rule = Check;

/** The product's checks, in the registry's order. */
export const RULES_IN_ORDER: readonly Rule[] = RULE_REGISTRY.map((rule) => rule.check);

/** Keys under which an article is indexed for the cross-article rules (each rule's own, namespaced). */
export function indexKeysOf(analysis: ArticleAnalysis): string[] {
  return RULE_REGISTRY.flatMap((rule) => rule.indexKeys(analysis));
}

/** Each rule's keys of an analysis, as sets (an analysis is per version of a text, so they never go stale). */
const keysByRule = new WeakMap<ArticleAnalysis, ReadonlyArray<ReadonlySet<string>>>();

function ruleKeys(analysis: ArticleAnalysis): ReadonlyArray<ReadonlySet<string>> {
  let keys = keysByRule.get(analysis);
  if (!keys) keysByRule.set(analysis, (keys = RULE_REGISTRY.map((rule) => new Set(rule.indexKeys(analysis)))));
  return keys;
}

/**
 * Whether a change to one article can change the findings of the other: some
 * rule indexes both under one key and its check of either can read the other.
 */
export function dependsOn(a: ArticleAnalysis, b: ArticleAnalysis): boolean {
  const ka = ruleKeys(a);
  const kb = ruleKeys(b);
  return RULE_REGISTRY.some((rule, n) => {
    return sharesAtLeast(ka[n], kb[n]) && (rule.related?.(a, b) ?? true);
  });
}
