import type { Finding } from '../findings';
import type { ArticleAnalysis } from '../corpus/analysis';
import type { CheckContext } from '../corpus/corpus';

export function figureIndexKeys(analysis: ArticleAnalysis): string[] {
  void analysis;
  return [];
}

/** `inconsistent-figure`: two mentions of the same quantity that disagree. */
export function inconsistentFigures(context: CheckContext): Finding[] {
  void context;
  return [];
}
