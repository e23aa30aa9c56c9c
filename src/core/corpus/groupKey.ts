import type { ArticleAnalysis } from './analysis';

const serials = new WeakMap<ArticleAnalysis, number>();
let nextSerial = 0;

/**
 * One string for a list of article versions, in order: equal for the same
 * analyses, different after any of them changes (an analysis is per version
 * of a text). What is built from a group of articles (a story, word counts)
 * is cached under it, so that it is built once per group.
 */
export function groupKey(analyses: readonly ArticleAnalysis[]): string {
  let key = '';
  for (const analysis of analyses) {
    let serial = serials.get(analysis);
    if (serial === undefined) serials.set(analysis, (serial = nextSerial++));
    key += `${serial},`;
  }
  return key;
}
