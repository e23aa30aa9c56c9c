import { articleName, type Finding } from '../findings';
import { RULE_INFO } from '../rules/catalog';
import type { ArticleAnalysis } from '../corpus/analysis';
import type { CheckContext } from '../corpus/context';
import { buildStory, memberOf, type CastMember, type Story } from '../story/story';
import { nameParts, nameVariants } from '../story/nameVariants';
import { overlap, SAME_WORDS, shingles } from './fingerprint';
import { nameTags } from './nameTags';
import { HONORIFIC_GENDER } from './speakerWords';
import { isKindOf, lemmaOf } from '../lexicon/wordnet';
import type { Quotation } from './quotation';
import { sentenceAt, type Article } from '../text/article';

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
  /** The other article's analysis. */
  analysis: ArticleAnalysis;
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
      echoes.push({ articleId: other.article.id, start: q.start, end: q.end, text: q.text, speaker: q.speaker?.name ?? null, quotation: q, analysis: other });
    }
  }
  return echoes;
}

/** The echoes of one quotation among the loaded articles that share its index keys. */
export function quotationEchoesIn(context: CheckContext, quotation: Quotation): QuotationEcho[] {
  const keys = [...shingles(quotation)].map((s) => 'quote:' + s);
  return keys.length ? quotationEchoes(context.others(keys), quotation, context.self.article.id) : [];
}

/**
 * Two names for different people: neither is a shortening or a variant
 * spelling of the other ('Hale' is 'Alison Hale', 'Del Giudice' is
 * 'DelGiudice', 'Welzler' is 'Wetzler', 'Herbert Lane Jr' is 'Herbert Lane').
 */
export function differentSpeakers(a: string, b: string): boolean {
  return nameParts(a).length > 0 && nameParts(b).length > 0 && !nameVariants(a, b);
}

/**
 * The speaker of a quotation when the article names them at the quotation
 * ('said Alison Hale', 'Hale told …' with the full name earlier), at the
 * quotation it continues in the same paragraph, or through a pronoun ('she
 * said'), which `surePronoun` checks against the cast. A role resolved to a
 * name, a statement's issuer, a quotation continued across paragraphs or a
 * single capitalised word (often a sentence's first word, 'Below') may be the
 * other article's speaker under another reading, so it never makes an
 * attribution conflict.
 */
function identified(q: Quotation, article: Article): string | undefined {
  const s = q.speaker;
  if (!s) return undefined;
  if (s.resolution === 'continuation') {
    const paragraph = paragraphOf(article, q.start);
    if (!paragraph || s.start < paragraph.start || s.start > q.start) return undefined;
  } else if (s.resolution !== 'named' && s.resolution !== 'pronoun') return undefined;
  return FULL_NAME.test(s.name) && !/\band\b|'s\b|’s\b/.test(s.name) ? s.name : undefined;
}

/**
 * A cast member who is surely a person, for telling whether someone else is
 * named near a quotation: a known first name, an honorific or a role WordNet
 * knows as a kind of person. The
 * cast's 'person' also holds names it could not place ('Save Moel Garth').
 */
function surelyPerson(m: CastMember): boolean {
  const titled = (alias: string) => {
    const words = alias.split(' ');
    const first = words[0].replace(/\.$/, '').toLowerCase();
    if (words.length < 2) return false;
    // 'the farmer' is a person's role; 'the village' is not.
    return first === 'the' ? isKindOf(lemmaOf(words[words.length - 1], 'n'), 'person') : first in HONORIFIC_GENDER;
  };
  return m.kind === 'person' && (nameTags(m.name).firstName || m.aliases.some(titled));
}

function paragraphOf(article: Article, at: number): { start: number; end: number } | undefined {
  return article.paragraphs.find((p) => p.start <= at && at < p.end);
}

/**
 * A pronoun's speaker is sure when the cast member it was resolved to is named
 * earlier in the same paragraph and no other person is named between that
 * mention and the pronoun (outside the quoted words): 'Gwen Pritchard … said
 * …. "…," she said.' With another person between, the pronoun may be theirs.
 */
function surePronoun(story: Story, q: Quotation, name: string, article: Article): boolean {
  const s = q.speaker!;
  if (s.resolution !== 'pronoun') return true;
  const member = memberOf(story, name);
  const paragraph = paragraphOf(article, s.start);
  // 'In Suka Makmur village a landslide …, said the official. "…," he said': a pronoun resolved to a name the
  // cast cannot show to be a person (a first name, an honorific) may stand for someone else.
  if (!member || !paragraph || !surelyPerson(member)) return false;
  const mentions = (m: CastMember) => m.passages.filter((p) => p.articleId === article.id && p.start >= paragraph.start && p.end <= s.start && !(p.start >= q.start && p.end <= q.end));
  const last = Math.max(-1, ...mentions(member).map((p) => p.end));
  if (last < 0) return false;
  return !story.cast.some((m) => m !== member && surelyPerson(m) && mentions(m).some((p) => p.start >= last));
}

/** Two or more capitalised words: a person's or a body's full name. */
const FULL_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+$/u;

/**
 * Whether the story's cast holds the two speakers as two people: each name
 * is one cast member, both are people, the members differ, and no member's
 * names are variants of the other's. A name the cast cannot place (unknown,
 * or shared by two members) leaves the swap unsure, and it is not reported;
 * so is a body against a person, because a company's or an agency's words
 * are voiced by its spokesman and one outlet names the body, another the person.
 */
function castSaysDifferent(story: Story, mine: string, theirs: string): boolean {
  const a = memberOf(story, mine);
  const b = memberOf(story, theirs);
  if (!a || !b || a.id === b.id || a.kind !== 'person' || b.kind !== 'person') return false;
  const names = (m: CastMember) => [m.name, ...m.aliases.filter((alias) => /^\p{Lu}/u.test(alias))];
  return !names(a).some((x) => names(b).some((y) => nameVariants(x, y)));
}

/**
 * Whether the article names another person of the cast near the quotation:
 * between it and the mention it is attributed to ('Kelly told the Times …,
 * while Cerar said "…"' attributed to Kelly), or in the quotation's own
 * sentence on the side away from that mention ('the agency said. "…," Ema
 * Suryani told AFP' attributed to the agency); a name after '"…," said
 * Martin Osei' in his own sentence casts no doubt. The other name may be the speaker, so the
 * attribution is not sure.
 */
function nearerPerson(story: Story, q: Quotation, name: string, article: Article): boolean {
  const s = q.speaker!;
  // The gap to the mention, and the quotation's sentence on the side away from it.
  const ranges: Array<[number, number]> = s.end <= q.start
    ? [[s.end, q.start], [q.end, sentenceAt(article, Math.max(q.start, q.end - 1))?.end ?? q.end]]
    : [[q.end, s.start], [sentenceAt(article, q.start)?.start ?? q.start, q.start]];
  const speaker = memberOf(story, name);
  return story.cast.some((m) => m !== speaker && surelyPerson(m) && !nameVariants(m.name, name)
    && m.passages.some((p) => p.articleId === article.id && ranges.some(([from, to]) => p.start >= from && p.end <= to && !(p.start >= s.start && p.end <= s.end))));
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
    const mine = identified(q, self.article);
    if (!mine) continue;
    for (const echo of quotationEchoesIn(context, q)) {
      const theirs = identified(echo.quotation, echo.analysis.article);
      if (!theirs || !differentSpeakers(mine, theirs)) continue;
      const story = buildStory([self, echo.analysis]);
      if (!castSaysDifferent(story, mine, theirs)) continue;
      if (!surePronoun(story, q, mine, self.article) || !surePronoun(story, echo.quotation, theirs, echo.analysis.article)) continue;
      if (nearerPerson(story, q, mine, self.article) || nearerPerson(story, echo.quotation, theirs, echo.analysis.article)) continue;
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
