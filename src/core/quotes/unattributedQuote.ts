import type { Finding } from '../findings';
import type { ArticleAnalysis } from '../corpus/analysis';

/** `unattributed-quote`: a quotation with no identifiable speaker. */
export function unattributedQuotes(analysis: ArticleAnalysis): Finding[] {
  return analysis.quotations
    .filter((q) => q.speaker === null)
    .map((q) => ({
      rule: 'unattributed-quote',
      severity: 'warning',
      articleId: analysis.article.id,
      start: q.start,
      end: q.end,
      message: 'Quotation has no identifiable speaker: no one is named as saying it in this sentence, the next, or the paragraph before.',
      related: [],
      evidence: { kind: 'quote', speaker: null, cue: q.cue, resolution: 'none' },
    }));
}
