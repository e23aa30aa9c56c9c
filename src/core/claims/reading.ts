import type { ArticleAnalysis } from '../corpus/analysis';
import type { Claim } from './claim';
import { nameVocabulary } from './terms';

const readings = new WeakMap<Claim, string>();

/**
 * What comparing a claim with another article reads of the claim's own
 * article, as one string: the text of its sentence (from an antecedent's
 * sentence on), the claim with its offsets taken from there, and the two
 * things the rest of the article decides about those sentences: which of
 * their words the article uses as names (its words' concepts follow from
 * that, terms.ts) and where quotations cover them (whether the claim is a
 * source's words). Two claims with one reading align with the same claims of
 * any article and conflict with them alike, so a later version of an article
 * reuses the comparisons of its unchanged claims (clashes.ts).
 */
export function claimReading(analysis: ArticleAnalysis, claim: Claim): string {
  let reading = readings.get(claim);
  if (reading !== undefined) return reading;
  const { article } = analysis;
  const first = Math.min(claim.sentence, claim.antecedent?.sentence ?? claim.sentence);
  const from = article.sentences[first].start;
  const to = article.sentences[claim.sentence].end;
  const names = nameVocabulary(article);
  let named = '';
  for (let n = first; n <= claim.sentence; n++) for (const token of article.sentences[n].tokens) named += names.has(token.normal) ? '1' : '0';
  const quoted: number[] = [];
  for (const quotation of analysis.quotations) {
    for (const span of quotation.spans) if (span.start < to && span.end > from) quoted.push(Math.max(span.start, from) - from, Math.min(span.end, to) - from);
  }
  reading = JSON.stringify([
    article.text.slice(from, to),
    article.prose.slice(from, to),
    { ...claim, start: claim.start - from, end: claim.end - from, sentence: claim.sentence - first, antecedent: claim.antecedent && { ...claim.antecedent, sentence: claim.antecedent.sentence - first } },
    named,
    quoted,
  ]);
  readings.set(claim, reading);
  return reading;
}
