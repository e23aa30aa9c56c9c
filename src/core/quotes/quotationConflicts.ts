import type { Finding } from '../findings';
import type { ArticleAnalysis } from '../corpus/analysis';
import type { CheckContext } from '../corpus/corpus';

export function quotationIndexKeys(analysis: ArticleAnalysis): string[] {
  void analysis;
  return [];
}

/** `contradiction`: the same quotation attributed to different speakers in two articles. */
export function quotationConflicts(context: CheckContext): Finding[] {
  void context;
  return [];
}
