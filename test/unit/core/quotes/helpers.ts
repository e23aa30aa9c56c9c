import { parseArticle } from '../../../../src/core/text/article';
import { findQuotations } from '../../../../src/core/quotes/findQuotations';
import type { Quotation } from '../../../../src/core/quotes/quotation';

export function quotationsOf(text: string, id = 'a.txt'): Quotation[] {
  return findQuotations(parseArticle(id, text));
}

/** Each quotation as 'words => speaker' (null when unattributed). */
export function speakersOf(text: string): Array<[string, string | null]> {
  return quotationsOf(text).map((q) => [q.text, q.speaker?.name ?? null]);
}
