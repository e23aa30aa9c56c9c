import type { ArticleAnalysis } from '../../../../src/core/corpus/analysis';
import type { CheckContext } from '../../../../src/core/corpus/corpus';
import type { Finding } from '../../../../src/core/findings';
import { extractClaims } from '../../../../src/core/claims/extractClaims';
import { contradictions } from '../../../../src/core/claims/contradictions';
import { parseArticle } from '../../../../src/core/text/article';
import { findQuotations } from '../../../../src/core/quotes/findQuotations';

/** An analysis with claims and quotations (which claims are a source's words) only, so that the claims rules are tested apart from the figures detector. */
export function analysisOf(id: string, text: string): ArticleAnalysis {
  const article = parseArticle(id, text);
  return { article, quotations: findQuotations(article), figures: [], claims: extractClaims(article) };
}

export function contextOf(self: ArticleAnalysis, ...others: ArticleAnalysis[]): CheckContext {
  return { self, others: () => others };
}

/**
 * Two one-paragraph articles about one story (both name Ferring and Hollinbridge
 * in a shared sentence, so the alignment index pairs them), checked both ways.
 */
export function check(first: string, second: string): { a: Finding[]; b: Finding[] } {
  const story = 'The story is set in Ferring near Hollinbridge.';
  const a = analysisOf('a.txt', `${story} ${first}`);
  const b = analysisOf('b.txt', `${story} ${second}`);
  return { a: contradictions(contextOf(a, b)), b: contradictions(contextOf(b, a)) };
}

/** The texts of the findings' spans in the first article. */
export function flagged(first: string, second: string): string[] {
  const { a, b } = check(first, second);
  // A conflict is reported at both places or not at all.
  if ((a.length === 0) !== (b.length === 0)) throw new Error(`one-sided: ${a.length} vs ${b.length}`);
  const story = 'The story is set in Ferring near Hollinbridge. ';
  return a.map((f) => `${story}${first}`.slice(f.start, f.end));
}
