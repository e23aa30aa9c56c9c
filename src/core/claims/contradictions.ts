import type { Finding } from '../findings';
import type { ArticleAnalysis } from '../corpus/analysis';
import type { CheckContext } from '../corpus/corpus';

export function claimIndexKeys(analysis: ArticleAnalysis): string[] {
  void analysis;
  return [];
}

/** `contradiction`: a claim that another loaded article contradicts. */
export function contradictions(context: CheckContext): Finding[] {
  void context;
  return [];
}
