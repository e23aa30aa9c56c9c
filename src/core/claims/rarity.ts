import type { ArticleAnalysis } from '../corpus/analysis';
import type { Claim } from './claim';

/**
 * How much two claims share, weighted by rarity across the two articles: a
 * concept in every other sentence of the story ('fire', the town's name)
 * says little about two clauses being about one fact; a rare one ('crampons',
 * 'sprinklers') says a lot. Used to keep a conflict between claims that only
 * share the story's common words from being reported.
 */
const frequencies = new WeakMap<ArticleAnalysis, Map<string, number>>();

/** Concept → number of the article's claims containing it (cached per analysis). */
function frequencyOf(analysis: ArticleAnalysis): Map<string, number> {
  let df = frequencies.get(analysis);
  if (!df) {
    df = new Map();
    for (const claim of analysis.claims) for (const term of new Set(claim.terms)) df.set(term, (df.get(term) ?? 0) + 1);
    frequencies.set(analysis, df);
  }
  return df;
}

/** Inverse claim frequency of a concept over the two articles. */
export function rarity(term: string, self: ArticleAnalysis, other: ArticleAnalysis): number {
  const n = self.claims.length + other.claims.length;
  const df = (frequencyOf(self).get(term) ?? 0) + (frequencyOf(other).get(term) ?? 0);
  return Math.log((n + 1) / (df + 0.5));
}

export interface SharedWeight {
  /** Sum of the rarity of the concepts both claims hold. */
  shared: number;
  /** That sum over the smaller claim's own total: 1 when one claim's content is all in the other. */
  cover: number;
}

/** The rarity-weighted overlap of two claims of two articles. */
export function sharedWeight(a: Claim, self: ArticleAnalysis, b: Claim, other: ArticleAnalysis): SharedWeight {
  const tb = new Set(b.terms);
  let shared = 0, totalA = 0, totalB = 0;
  for (const t of new Set(a.terms)) {
    const w = rarity(t, self, other);
    totalA += w;
    if (tb.has(t)) shared += w;
  }
  for (const t of tb) totalB += rarity(t, self, other);
  const smaller = Math.min(totalA, totalB);
  return { shared, cover: smaller > 0 ? shared / smaller : 0 };
}
