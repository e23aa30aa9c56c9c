import type { ArticleAnalysis } from './analysis';

/**
 * What a rule sees when it checks one article against the loaded ones. A leaf
 * of its own, so that the detectors need not import the corpus that runs them.
 */
export interface CheckContext {
  self: ArticleAnalysis;
  /**
   * The other loaded articles that share at least one of these index keys, so
   * that a rule compares only candidate articles, never every pair.
   */
  others(keys: Iterable<string>): ArticleAnalysis[];
  /**
   * The analysis of the article's previous version, until the new one is
   * checked: a rule may reuse what it found for the parts an edit left as
   * they were (a one-word edit changes one sentence of a long draft).
   */
  previous?: ArticleAnalysis;
}
