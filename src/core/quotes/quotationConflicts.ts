import { articleName, type Finding } from '../findings';
import { RULE_INFO } from '../rules/catalog';
import type { ArticleAnalysis } from '../corpus/analysis';
import type { CheckContext } from '../corpus/context';
import { overlap, SAME_WORDS, shingles } from './fingerprint';
import type { Quotation } from './quotation';

/** 'quote:' + each 4-word shingle of each quotation long enough to compare. */
export function quotationIndexKeys(analysis: ArticleAnalysis): string[] {
  const keys = new Set<string>();
  for (const q of analysis.quotations) for (const s of shingles(q)) keys.add('quote:' + s);
  return [...keys];
}

/** Where another article carries the same or nearly the same words, and whom it gives them to. */
export interface QuotationEcho {
  articleId: string;
  start: number;
  end: number;
  text: string;
  /** The other article's speaker for the words, or null when it names none. */
  speaker: string | null;
  quotation: Quotation;
}

/**
 * The other articles' quotations with the same or nearly the same words as
 * `quotation` (for the hover), among the given candidate analyses.
 */
export function quotationEchoes(candidates: Iterable<ArticleAnalysis>, quotation: Quotation, selfId?: string): QuotationEcho[] {
  const mine = shingles(quotation);
  if (!mine.size) return [];
  const echoes: QuotationEcho[] = [];
  for (const other of candidates) {
    if (other.article.id === selfId) continue;
    for (const q of other.quotations) {
      if (overlap(mine, shingles(q)) < SAME_WORDS) continue;
      echoes.push({ articleId: other.article.id, start: q.start, end: q.end, text: q.text, speaker: q.speaker?.name ?? null, quotation: q });
    }
  }
  return echoes;
}

/** The echoes of one quotation among the loaded articles that share its index keys. */
export function quotationEchoesIn(context: CheckContext, quotation: Quotation): QuotationEcho[] {
  const keys = [...shingles(quotation)].map((s) => 'quote:' + s);
  return keys.length ? quotationEchoes(context.others(keys), quotation, context.self.article.id) : [];
}

function nameKey(name: string): string[] {
  return name.toLowerCase().replace(/[^\p{L}\s'-]/gu, ' ').split(/\s+/).filter(Boolean);
}

/** Two names for different people: neither is a shortening of the other ('Hale' is 'Alison Hale'). */
export function differentSpeakers(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  if (!x.length || !y.length) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return !short.every((w) => long.includes(w));
}

/** A speaker the article identifies by name (not an anonymous description or an unresolved pronoun). */
function identified(q: Quotation): string | undefined {
  const s = q.speaker;
  if (!s || s.resolution === 'anonymous') return undefined;
  if (s.resolution === 'pronoun' && /^(?:he|she|they|it)$/i.test(s.name)) return undefined;
  return s.name;
}

/** The quotation and, when it is close by, its attribution: the span an editor compares. */
function passageOf(q: Quotation): { start: number; end: number } {
  const s = q.speaker;
  if (!s || s.resolution === 'continuation' || s.resolution === 'pronoun') return { start: q.start, end: q.end };
  const near = Math.abs(s.start - q.end) < 160 || Math.abs(q.start - s.end) < 160;
  return near ? { start: Math.min(q.start, s.start), end: Math.max(q.end, s.end) } : { start: q.start, end: q.end };
}

/** `contradiction`: the same quotation attributed to different speakers in two articles. */
export function quotationConflicts(context: CheckContext): Finding[] {
  const self = context.self;
  const findings: Finding[] = [];
  for (const q of self.quotations) {
    const mine = identified(q);
    if (!mine) continue;
    for (const echo of quotationEchoesIn(context, q)) {
      const theirs = identified(echo.quotation);
      if (!theirs || !differentSpeakers(mine, theirs)) continue;
      const other = articleName(echo.articleId);
      const here = passageOf(q);
      const there = passageOf(echo.quotation);
      findings.push({
        rule: 'contradiction',
        severity: RULE_INFO.contradiction.defaultSeverity,
        articleId: self.article.id,
        start: here.start,
        end: here.end,
        message: `Quotation attributed to ${mine} here, but to ${theirs} in ${other}.`,
        related: [{ articleId: echo.articleId, start: there.start, end: there.end, message: `The same words attributed to ${theirs} in ${other}.` }],
        evidence: {
          kind: 'claim',
          reason: 'attribution',
          detail: `${mine} ↔ ${theirs}`,
          here: q.text,
          there: { articleId: echo.articleId, start: there.start, end: there.end, text: echo.text },
        },
      });
    }
  }
  return findings;
}
