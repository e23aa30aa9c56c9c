import type { Article, Sentence } from '../text/article';
import { sentenceAt } from '../text/article';
import { attributionAfter, attributionAround, attributionBefore, communicationBefore, ownedUtterance, personActing, cueSentence, echoSentence, type Attribution } from './attribution';
import { castOf } from './cast';
import { frameWords, isPunct, type FrameWord } from './frame';
import { headWord, isNameWord, phraseRightOf, type SpeakerPhrase } from './speakerPhrase';
import { pairQuotationMarks, type QuotedSpan } from './marks';
import type { Quotation, Speaker } from './quotation';
import { classifySpan, type QuoteKind } from './quoteKinds';
import { resolveLabel, resolveSpeaker, type ResolutionContext } from './resolveSpeaker';
import { transcriptLabels } from './transcript';
import { withinReach } from './readingWindow';

/** Quoted spans that make one quotation: a split quotation, or one carried over several paragraphs. */
interface Unit {
  spans: number[];
  kind: Exclude<QuoteKind, 'not-a-quotation'>;
}

function sentenceOf(article: Article, offset: number): Sentence | undefined {
  return sentenceAt(article, offset) ?? sentenceAt(article, offset - 1);
}

/** '"We tried," Smith said, "but …"': what lies between two spans is an attribution ending in a comma. */
function splitsQuotation(article: Article, a: QuotedSpan, b: QuotedSpan): boolean {
  if (a.leftOpen || a.paragraph !== b.paragraph) return false;
  const between = article.prose.slice(a.close + 1, b.open);
  if (!/,\s*$/.test(between) || /[!?;]|[^A-Z]\.\s/.test(between.replace(/\b(?:Mr|Mrs|Ms|Dr|St|Prof|Gov|Sen|Rep|Gen|Col|Lt|Sgt|Capt)\./g, ''))) return false;
  if (between.split(/\s+/).length > 16) return false;
  return /[,]\s*$/.test(article.prose.slice(a.start, a.end)) || /^\s*,/.test(between);
}

function unitsOf(article: Article, spans: QuotedSpan[], kinds: QuoteKind[], labels: ReadonlyArray<SpeakerPhrase | undefined>): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < spans.length; i++) {
    const kind = kinds[i];
    if (kind === 'not-a-quotation') continue;
    const previous = units[units.length - 1];
    const last = previous ? spans[previous.spans[previous.spans.length - 1]] : undefined;
    // A transcript's next turn ('"WALLACE: …') reopens the quotation with another speaker.
    if (previous && last && spans[i].reopens && last.leftOpen && !labels[i]) {
      previous.spans.push(i);
    } else if (previous && last && kind === 'full' && previous.kind === 'full' && splitsQuotation(article, last, spans[i])) {
      previous.spans.push(i);
    } else {
      units.push({ spans: [i], kind });
    }
  }
  return units;
}

/** The attribution the sentence(s) around one span give it. */
function ownAttribution(article: Article, spans: QuotedSpan[], index: number, kind: Unit['kind']): Attribution | undefined {
  const span = spans[index];
  const first = sentenceOf(article, span.open);
  const last = sentenceOf(article, span.leftOpen ? span.close - 1 : span.close);
  if (!first || !last) return undefined;
  const words = frameWords(article, first, last, spans);
  const q = words.findIndex((w) => w.span === index);
  if (q < 0) return undefined;
  if (kind === 'partial') return attributionAround(words, q) ?? ownedUtterance(words, q) ?? communicationBefore(words, q) ?? personActing(words, q);
  // A quotation the sentence runs on around ('"It seems unlikely" that he wins, said X'; 'explained X, "with …"')
  // is a part of that sentence, whose reporting verb speaks it even where it does not touch the quotation.
  // Only a verb with its speaker: an agentless passive further on says nothing about the quoted words.
  const around = () => { const a = attributionAround(words, q); return a?.phrase ? a : undefined; };
  // 'Trump declared “I think NATO may be obsolete. …”': a verb of saying runs straight into the quotation.
  const runsInto = () => (words[q - 1]?.kind === 'word' ? communicationBefore(words, q) : undefined);
  return attributionAfter(words, q) ?? attributionAfterQuestion(article, spans, index, first, last) ?? attributionBefore(words, q) ?? around() ?? runsInto();
}

/**
 * '“Why isn’t this clear?” Vitter demanded.': a question or exclamation mark
 * closing the quotation ends no sentence when the words after the marks are
 * its attribution, though the splitter, seeing a capital, starts one there.
 */
function attributionAfterQuestion(article: Article, spans: QuotedSpan[], index: number, first: Sentence, last: Sentence): Attribution | undefined {
  const span = spans[index];
  const next = article.sentences[last.index + 1];
  if (span.leftOpen || !next || next.paragraph !== last.paragraph || last.end !== span.close + 1) return undefined;
  if (!/[?!]$/.test(article.prose.slice(span.start, span.end).trimEnd())) return undefined;
  const words = frameWords(article, first, next, spans);
  const q = words.findIndex((w) => w.span === index);
  return q < 0 ? undefined : attributionAfter(words, q);
}

/** A cue sentence right before or after the quotation in its paragraph ('X said on Tuesday. "…"'). */
function neighbouringCue(article: Article, spans: QuotedSpan[], unit: Unit, kinds: QuoteKind[]): Attribution | undefined {
  // Only a span that is not a full quotation can sit inside a cue sentence without taking its cue.
  const minor = (i: number) => kinds[i] !== 'full';
  const firstSpan = spans[unit.spans[0]];
  const lastSpan = spans[unit.spans[unit.spans.length - 1]];
  const first = sentenceOf(article, firstSpan.open);
  const last = sentenceOf(article, lastSpan.leftOpen ? lastSpan.close - 1 : lastSpan.close);
  if (!first || !last) return undefined;
  const before = article.sentences[first.index - 1];
  if (before && before.paragraph === first.paragraph) {
    const found = cueSentence(frameWords(article, before, before, spans), undefined, minor);
    if (found) return found;
  }
  const after = article.sentences[last.index + 1];
  if (after && after.paragraph === last.paragraph) {
    const words = frameWords(article, after, after, spans);
    const found = cueSentence(words, 10, minor) ?? echoSentence(words);
    if (found) return found;
  }
  // 'Those were the words of X' points back at the quotation even from the next paragraph.
  const endsParagraph = !/\S/.test(article.prose.slice(lastSpan.close + 1, article.paragraphs[last.paragraph].end));
  if (after && after.paragraph === last.paragraph + 1 && endsParagraph) return echoSentence(frameWords(article, after, after, spans));
  return undefined;
}

/**
 * A credit line under a quotation ('> “…”' then '> — Name, role'): the line
 * right after the one the quotation closes, opening with a dash and a
 * capitalised name, short and without a sentence of its own.
 */
function creditLine(article: Article, spans: QuotedSpan[], unit: Unit): SpeakerPhrase | undefined {
  const lastSpan = spans[unit.spans[unit.spans.length - 1]];
  if (lastSpan.leftOpen) return undefined;
  const rest = article.prose.slice(lastSpan.close + 1, lastSpan.close + 200);
  // A digest credits a quoted passage in brackets after it ('“…” [NYT.]', '“…” (Reuters)'), ending its paragraph.
  const bracket = /^[^\S\n]*[[(](\p{Lu}[^\])\n]{0,40}?)\.?[\])][^\S\n]*(?:\n|$)/u.exec(rest);
  if (bracket) {
    const base = lastSpan.close + 1 + bracket.index + bracket[0].indexOf(bracket[1]);
    const words = creditWords(bracket[1], base);
    const phrase = words.length ? { start: words[0].start, end: words[words.length - 1].end, words } : undefined;
    if (phrase && words.every((w) => w.kind !== 'word' || /^[\p{Lu}\d]/u.test(w.text) || CREDIT_SMALL_WORDS.has(w.normal))) return phrase;
  }
  // On the next line, or on the quotation's own line when nothing but the credit follows it ('“…” ― Ana Ruiz').
  // A no-break space may stand either side of the dash ('”\u00a0― Ana Ruiz'); a fact-check sets the credit
  // as a paragraph of its own after a blank line ('"…" ¶ - Sanders.').
  const m = /^[^\S\n]*(\r?\n[^\S\n>]*(?:\r?\n[^\S\n>]*)?)?([—–―]|--?)[^\S\n]*(\p{Lu}[^\n]*)/u.exec(rest);
  if (!m || /[.!?]\s+\p{Lu}|["“”]/u.test(m[3]) || m[3].length > 90) return undefined;
  const sameLine = m[1] === undefined;
  const base = lastSpan.close + 1 + m.index + m[0].length - m[3].length;
  const words = creditWords(m[3], base);
  const phrase = phraseRightOf(words, 0);
  if (!phrase || !isNameWord(headWord(phrase))) return undefined;
  // On the same line the credit is the name alone (and its apposition), not a sentence that runs on after a dash.
  const after = words.find((w) => w.start >= phrase.end);
  if (sameLine && after && !isPunct(after, ',.;(')) return undefined;
  return phrase;
}

/** Small words a publication's name keeps in lower case ('The Wall Street Journal', 'Mother Jones', 'Times of India'). */
const CREDIT_SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'de']);

/** The words of a credit's text, starting at `base` in the article. */
function creditWords(text: string, base: number): FrameWord[] {
  const words: FrameWord[] = [];
  for (const t of text.matchAll(/[\p{L}\p{M}\p{Nd}]+(?:['’.\-][\p{L}\p{M}\p{Nd}]+)*|[^\s\p{L}\p{M}\p{Nd}]/gu)) {
    const word = t[0];
    const kind = /^[\p{L}\p{M}]/u.test(word) ? 'word' : /^\p{Nd}/u.test(word) ? 'number' : 'punct';
    words.push({ start: base + t.index!, end: base + t.index! + word.length, text: word, normal: word.toLowerCase().replace(/’/g, '\''), kind });
  }
  return words;
}

/** An echo sentence right after the quotation: in its paragraph, or opening the next when the quotation ends its own. */
function echoAfter(article: Article, spans: QuotedSpan[], unit: Unit): Attribution | undefined {
  const lastSpan = spans[unit.spans[unit.spans.length - 1]];
  const last = sentenceOf(article, lastSpan.leftOpen ? lastSpan.close - 1 : lastSpan.close);
  const after = last && article.sentences[last.index + 1];
  if (!last || !after) return undefined;
  const endsParagraph = !/\S/.test(article.prose.slice(lastSpan.close + 1, article.paragraphs[last.paragraph].end));
  if (after.paragraph === last.paragraph || (after.paragraph === last.paragraph + 1 && endsParagraph)) return echoSentence(frameWords(article, after, after, spans));
  return undefined;
}

/** The cue of the previous paragraph's last sentence, when that sentence reports someone's words. */
function previousParagraphCue(article: Article, spans: QuotedSpan[], paragraph: number): Attribution | undefined {
  const previous = article.paragraphs[paragraph - 1];
  if (!previous || previous.kind === 'heading' || !leadsInto(article, paragraph)) return undefined;
  const s = article.sentences[previous.sentences[previous.sentences.length - 1]];
  return cueSentence(frameWords(article, s, s, spans));
}

/**
 * Whether a paragraph can go on from the one before it: running prose leads
 * into anything, but a list item leads only into the next item, not into a
 * block quotation or prose after the list.
 */
function leadsInto(article: Article, paragraph: number): boolean {
  const previous = article.paragraphs[paragraph - 1];
  return !!previous && (previous.kind === 'prose' || previous.kind === article.paragraphs[paragraph].kind);
}

/** The last sentence of the previous paragraph ends with a colon that introduces this one ('He told reporters:'). */
function colonIntroduction(article: Article, spans: QuotedSpan[], paragraph: number): Attribution | undefined {
  const previous = article.paragraphs[paragraph - 1];
  if (!previous || !/:\s*$/.test(article.prose.slice(previous.start, previous.end))) return undefined;
  const s = article.sentences[previous.sentences[previous.sentences.length - 1]];
  const words = frameWords(article, s, s, spans);
  return attributionBefore([...words, { start: previous.end, end: previous.end, text: '"…"', normal: '"…"', kind: 'quote' }], words.length);
}

/** Every quotation of the article that needs a speaker, with its speaker where one is identified. */
export function findQuotations(article: Article): Quotation[] {
  const spans = pairQuotationMarks(article);
  if (!spans.length) return [];
  const kinds = spans.map((s) => classifySpan(article, s));
  const ctx: ResolutionContext = { cast: castOf(article, spans), spans, history: [] };
  const labels = transcriptLabels(article, spans, (label, at) => namedInCast(ctx, label, at));
  const units = unitsOf(article, spans, kinds, labels);
  const resolve = (phrase: SpeakerPhrase) => withinReach(ctx, phrase.start, (local) => resolveSpeaker(local, phrase));
  const quotations: Quotation[] = [];
  const unitParagraph = (u: Unit) => spans[u.spans[0]].paragraph;
  const lastParagraph = (u: Unit) => {
    const s = spans[u.spans[u.spans.length - 1]];
    return sentenceOf(article, s.leftOpen ? s.close - 1 : s.close)?.paragraph ?? s.paragraph;
  };

  for (let u = 0; u < units.length; u++) {
    const unit = units[u];
    // A headline quotes words the story attributes below it.
    if (article.paragraphs[unitParagraph(unit)].kind === 'heading') continue;
    const label = labels[unit.spans[0]];
    if (label) {
      quotations.push(quotationOf(article, spans, unit, withinReach(ctx, label.start, (local) => resolveLabel(local, label)), ':'));
      continue;
    }
    let attribution: Attribution | undefined;
    for (const index of unit.spans) {
      attribution = ownAttribution(article, spans, index, unit.kind);
      if (attribution) break;
    }
    // A partial quotation with no cue in its sentence is a scare quote, not a quotation.
    if (!attribution && unit.kind === 'partial') continue;
    let speaker: Speaker | null = null;
    let cue: string | null = null;
    if (attribution) {
      cue = attribution.cue;
      speaker = attribution.phrase ? resolve(attribution.phrase) : null;
    } else {
      // 'Those were the words of X' after the quotation names its speaker even where it would otherwise continue.
      const credit = creditLine(article, spans, unit);
      const echo = credit ? { cue: '—', phrase: credit } : echoAfter(article, spans, unit);
      const inherited = echo ? undefined : inheritedSpeaker(article, spans, units, quotations, u, unitParagraph, lastParagraph);
      if (echo?.phrase) {
        speaker = resolve(echo.phrase);
        cue = echo.cue;
      } else if (inherited) {
        speaker = inherited.speaker;
        cue = inherited.cue;
      } else {
        const opens = startsParagraph(article, spans[unit.spans[0]]);
        const near = neighbouringCue(article, spans, unit, kinds) ?? (opens ? colonIntroduction(article, spans, unitParagraph(unit)) : undefined);
        if (near?.phrase) {
          speaker = resolve(near.phrase);
          cue = near.cue;
        } else if (opens) {
          // 'Smith said the plan was dead.' / '"It's over."': a named speaker closing the paragraph before.
          const before = previousParagraphCue(article, spans, unitParagraph(unit));
          const named = before?.phrase ? resolve(before.phrase) : null;
          // Only a speaker the sentence names (or a pronoun or role for one): a body guessed from a bare
          // description ('The airport has said …') is too weak to own the next paragraph's words.
          const sure = named && (named.resolution === 'named' || named.resolution === 'role' || named.resolution === 'pronoun');
          if (named && sure && !/^(?:he|she|they|it)$/i.test(named.name)) {
            speaker = named;
            cue = before!.cue;
          }
        }
      }
    }
    quotations.push(quotationOf(article, spans, unit, speaker, cue));
  }
  return quotations;
}

function quotationOf(article: Article, spans: QuotedSpan[], unit: Unit, speaker: Speaker | null, cue: string | null): Quotation {
  const parts = unit.spans.map((i) => spans[i]);
  return {
    start: parts[0].start,
    end: parts[parts.length - 1].end,
    spans: parts.map((p) => ({ start: p.start, end: p.end })),
    text: parts.map((p) => article.prose.slice(p.start, p.end).replace(/\s+/g, ' ').trim()).join(' … '),
    speaker,
    cue,
    kind: unit.kind,
  };
}

/** Whether a name the article gives elsewhere ends with these words ('Pence' for 'Mike Pence'). */
function namedInCast(ctx: ResolutionContext, label: string[], at: number): boolean {
  const key = label.map((w) => w.toLowerCase());
  return ctx.cast.mentions.some((m) => {
    if (m.start === at || m.name.length < key.length) return false;
    const tail = m.name.slice(m.name.length - key.length);
    return tail.every((w, k) => w.toLowerCase() === key[k]);
  });
}

function startsParagraph(article: Article, span: QuotedSpan): boolean {
  return span.open === article.paragraphs[span.paragraph].start;
}

/**
 * A quotation with no attribution of its own continues the one before it: in
 * the same paragraph ('"…," said X. "…"'), or as a paragraph that opens with
 * the quotation right after a paragraph whose quotation has a speaker.
 */
function inheritedSpeaker(
  article: Article,
  spans: QuotedSpan[],
  units: Unit[],
  done: Quotation[],
  u: number,
  unitParagraph: (u: Unit) => number,
  lastParagraph: (u: Unit) => number,
): { speaker: Speaker; cue: string | null } | undefined {
  const unit = units[u];
  const paragraph = unitParagraph(unit);
  const previousQuotation = done[done.length - 1];
  if (!previousQuotation?.speaker) return undefined;
  const previousUnit = units.find((x) => spans[x.spans[0]].start === previousQuotation.start);
  if (!previousUnit) return undefined;
  const previousParagraph = lastParagraph(previousUnit);
  const continues =
    previousParagraph === paragraph ||
    (previousParagraph === paragraph - 1 && startsParagraph(article, spans[unit.spans[0]]));
  if (!continues) return undefined;
  if (previousParagraph !== paragraph) {
    // A fragment quoted inside reported speech ('said it was "far too early"') is closed: it does not go on
    // into the next paragraph, and nor does anything across the end of a list.
    if (!leadsInto(article, paragraph)) return undefined;
    // A partial quotation carries on only into a paragraph that is nothing but a quotation, right after the
    // sentence that quoted it ('… saying he had "made money in down markets." ¶ "Frankly, …"').
    if (previousUnit.kind !== 'full' && !(wholeParagraphQuoted(article, spans, unit) && endsItsParagraph(article, spans, previousUnit))) return undefined;
  }
  // An unnamed source's closed quotation does not carry over into a new paragraph: a reporter who goes on
  // quoting someone they cannot name keeps the quotation open or attributes it again.
  if (previousParagraph !== paragraph && originalResolution(done) === 'anonymous') return undefined;
  return { speaker: { ...previousQuotation.speaker, resolution: 'continuation' }, cue: previousQuotation.cue };
}

/** The unit's quotation is the whole paragraph: it opens it and nothing but punctuation follows its close. */
function wholeParagraphQuoted(article: Article, spans: QuotedSpan[], unit: Unit): boolean {
  const first = spans[unit.spans[0]];
  const last = spans[unit.spans[unit.spans.length - 1]];
  if (!startsParagraph(article, first) || last.leftOpen || last.paragraph !== first.paragraph) return false;
  return !/[\p{L}\p{Nd}]/u.test(article.prose.slice(last.close + 1, article.paragraphs[first.paragraph].end));
}

/** The unit's last quotation stands in its paragraph's last sentence. */
function endsItsParagraph(article: Article, spans: QuotedSpan[], unit: Unit): boolean {
  const last = spans[unit.spans[unit.spans.length - 1]];
  const sentence = sentenceOf(article, last.close);
  const paragraph = article.paragraphs[last.paragraph];
  return !!sentence && sentence.index === paragraph.sentences[paragraph.sentences.length - 1];
}

/** How the last quotation's speaker was first identified, looking through continuations to where it was named. */
function originalResolution(done: Quotation[]): Speaker['resolution'] | undefined {
  for (let k = done.length - 1; k >= 0; k--) {
    const resolution = done[k].speaker?.resolution;
    if (resolution !== 'continuation') return resolution;
  }
  return undefined;
}
