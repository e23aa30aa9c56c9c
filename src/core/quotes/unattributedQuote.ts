import type { Finding } from '../findings';
import { RULE_INFO } from '../rules/catalog';
import type { ArticleAnalysis } from '../corpus/analysis';
import type { Quotation } from './quotation';

function messageFor(q: Quotation): string {
  if (q.cue) {
    return `Quoted words have no identifiable speaker: '${q.cue}' names no one who said them (a passive with no 'by …').`;
  }
  return q.kind === 'partial'
    ? 'Quoted words have no identifiable speaker: nothing in the sentence says who used them.'
    : 'Quotation has no identifiable speaker: no one is named as saying it in its sentence, the sentences beside it, or a quotation it continues.';
}

/** `unattributed-quote`: a quotation with no identifiable speaker. */
export function unattributedQuotes(analysis: ArticleAnalysis): Finding[] {
  return analysis.quotations
    .filter((q) => q.speaker === null)
    .map((q) => ({
      rule: 'unattributed-quote',
      severity: RULE_INFO['unattributed-quote'].defaultSeverity,
      articleId: analysis.article.id,
      start: q.start,
      end: q.end,
      message: messageFor(q),
      related: [],
      evidence: { kind: 'quote', speaker: null, cue: q.cue, resolution: 'none' },
    }));
}
