/**
 * What a pair of quotation marks holds. A quotation a sentence introduces
 * (at its start, or after a comma or colon) is someone's words; inside the
 * run of a sentence the marks may hold a partial quotation ('described the
 * damage as "catastrophic"') or no quotation at all: a title ('"Bus Stops and
 * Broken Promises"'), a nickname ('nicknamed "El Zorro"'), a coined or scare
 * term ('the so-called "clean room"').
 */
import type { Article } from '../text/article';
import { sentenceAt } from '../text/article';
import { NAMING_WORDS, TITLED_WORK_NOUNS } from './cues';
import type { QuotedSpan } from './marks';

export type QuoteKind = 'full' | 'partial' | 'not-a-quotation';

/**
 * The quotation opens right after a full stop the sentence splitter kept
 * (an abbreviation: 'near Church Ave. “People were …'), and a sentence of the
 * article starts inside its words: a new quotation, not a fragment. A chant
 * or a saying quoted inside a running sentence ('chants of “ONE MORE YEAR! …”',
 * 'an old saying that “Once is chance; …”') is not.
 */
function holdsSentences(article: Article, span: QuotedSpan): boolean {
  const inside = article.prose.slice(span.start, span.end);
  if (!/^\p{Lu}/u.test(inside) || wordsOf(inside).length < 8) return false;
  const first = sentenceAt(article, span.start);
  if (!first || !/\.\s*$/.test(article.prose.slice(first.start, span.open))) return false;
  const next = article.sentences[first.index + 1];
  return !!next && next.paragraph === first.paragraph && next.start > span.start && next.start < span.end;
}

/** Small words a title keeps in lower case. */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'is', 'nor', 'vs', 'de', 'la', 'el', 'le']);

function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}'’\-]*/gu) ?? [];
}

/** Every word capitalised but the small ones, and no sentence inside: a title or a name. */
export function looksLikeTitle(text: string): boolean {
  const words = wordsOf(text);
  if (!words.length || words.length > 10 || /[.!?;,]\s*$|[.!?;]\s/.test(text.trim())) return false;
  return words.every((w, i) => /^[\p{Lu}\p{Nd}]/u.test(w) || (i > 0 && TITLE_SMALL_WORDS.has(w.toLowerCase())));
}

export function classifySpan(article: Article, span: QuotedSpan): QuoteKind {
  const prose = article.prose;
  if (span.reopens) return 'full';
  // Words that run on to the paragraph's end, or hold sentences of their own, are someone's full words, whatever
  // stands before them: a fragment quoted inside a sentence is never that long ('near Church Ave. “People were
  // standing on cars. I saw …' is not split after the abbreviation, yet it opens a quotation).
  if (span.leftOpen || holdsSentences(article, span)) return 'full';
  const sentence = sentenceAt(article, span.open);
  const sentenceStart = sentence ? sentence.start : article.paragraphs[span.paragraph].start;
  const before = afterLineBreak(prose.slice(sentenceStart, span.open)).replace(/\s+$/, '');
  const text = prose.slice(span.start, span.end);
  // '“The Fix” will remedy a flaw': a title opening a sentence that runs on after it in lower case.
  if (before === '' && looksLikeTitle(text) && wordsOf(text).length <= 6 && /^[\s]+\p{Ll}/u.test(prose.slice(span.close + 1, span.close + 4))) return 'not-a-quotation';
  if (before === '' || /[,:;—–\-]$/.test(before)) {
    // American style sets the comma or stop after a title inside its closing mark ('the documentary, “13th,”').
    const title = text.replace(/[,.]\s*$/, '');
    // An introduced title ('His memoir, "Bus Stops"') is still a title.
    if (before !== '' && looksLikeTitle(title) && wordsOf(title).length <= 6 && namingWordBefore(before)) return 'not-a-quotation';
    // 'the newsletter, "Evening Light",' / 'the consultation, "City 2030: Living Within Our Means",'
    if (/,$/.test(before) && looksLikeTitle(title) && titledWorkBefore(before) && appositionCloses(prose, span.close)) return 'not-a-quotation';
    return 'full';
  }
  const named = looksLikeTitle(text.replace(/^\s*(?:the|a|an)\s+/i, ''));
  if (looksLikeTitle(text) || (namingWordBefore(before) && (named || !(judgementAfterCall(before) || someoneCalls(before))))) return 'not-a-quotation';
  return 'partial';
}

/**
 * A quotation that opens a line after a line that closed its own words (a
 * full stop, a closing mark, or a credit '― Ana Ruiz') starts afresh, though
 * the sentence splitter, finding no stop after the credit, runs the two lines
 * together: a reader sees a new quotation, not words inside a sentence.
 */
function afterLineBreak(before: string): string {
  const lineBreak = before.lastIndexOf('\n');
  if (lineBreak < 0 || /\S/.test(before.slice(lineBreak + 1))) return before;
  const previousLine = before.slice(0, lineBreak).replace(/\s+$/, '');
  const closed = /[.!?"”’]$/.test(previousLine) || /["”][^\S\n]*[—–―][^\S\n]*\p{Lu}[^"“”]*$/u.test(previousLine);
  return closed ? '' : before;
}

/**
 * 'called the budget "a slow puncture"', 'branded it "a disgrace"': a verb of
 * naming with its own object before the marks gives a judgement in the
 * speaker's words, not a name ('a dog called "Rex"' has no object between).
 */
function judgementAfterCall(before: string): boolean {
  const written = wordsOf(before);
  const words = written.map((w) => w.toLowerCase().replace(/’/g, "'"));
  const at = words.length - 1 - [...words].reverse().findIndex((w) => JUDGING_VERBS.has(w));
  if (at >= words.length || at < 0) return false;
  const object = words.slice(at + 1);
  // 'called Svärdfisken "a ship that belongs to every Swede"': a name is an object too.
  const named = object.length <= 3 && written.slice(at + 1).every((w) => /^\p{Lu}/u.test(w));
  return object.length >= 1 && object.length <= 5 && (OBJECT_OPENERS.has(object[0]) || named) && !object.some((w) => NAMING_WORDS.has(w) && !JUDGING_VERBS.has(w));
}

/**
 * 'which he called "a cartel"', 'what Trump calls "a rigged system"': a naming
 * verb with a person as its subject right before the marks gives that person's
 * words; 'a dog called "Rex"' has a thing, not a person, before the verb.
 */
function someoneCalls(before: string): boolean {
  const words = wordsOf(before).map((w) => w.replace(/’/g, "'"));
  const verb = words[words.length - 1]?.toLowerCase();
  const subject = words[words.length - 2];
  if (!verb || !subject || !JUDGING_VERBS.has(verb)) return false;
  // 'what it called "…"', 'which it calls "…"': after a relative word the verb is finite, and 'it' is a body that speaks.
  const relative = /^(?:what|which|that)$/i.test(words[words.length - 3] ?? '');
  return PERSON_SUBJECTS.has(subject.toLowerCase()) || (relative && subject.toLowerCase() === 'it') || (words.length > 2 && /^\p{Lu}\p{Ll}/u.test(subject));
}

const PERSON_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'you']);

/** Verbs that name and judge at once: 'called it', 'branded them', 'labelled the plan'. */
const JUDGING_VERBS = new Set(['called', 'calls', 'calling', 'branded', 'brands', 'branding', 'labelled', 'labeled', 'labels', 'termed', 'terms', 'dubbed']);

/** Words an object noun phrase opens with. */
const OBJECT_OPENERS = new Set(['it', 'them', 'him', 'her', 'this', 'that', 'these', 'those', 'the', 'a', 'an', 'his', 'its', 'their', 'our', 'my', 'your', 'such', 'every', 'each']);

/** A noun for a titled work ends the words before the comma: 'the hospice's newsletter,', 'its new strategy,'. */
function titledWorkBefore(before: string): boolean {
  const words = wordsOf(before.replace(/,$/, '')).map((w) => w.toLowerCase());
  const last = words[words.length - 1];
  return last !== undefined && (TITLED_WORK_NOUNS.has(last) || TITLED_WORK_NOUNS.has(last.replace(/s$/, '')));
}

/** An appositive title is closed off by a comma, a dash, a bracket or the sentence end right after its closing mark. */
function appositionCloses(prose: string, close: number): boolean {
  return /^[\s]*(?:[,;.)—–]|$)/.test(prose.slice(close + 1, close + 4)) || /^[,.]/.test(prose.slice(close - 1, close));
}

/** 'so-called', 'nicknamed', 'known … as', 'the word', 'her memoir' within the few words before the marks. */
function namingWordBefore(before: string): boolean {
  const words = wordsOf(before).slice(-5).map((w) => w.toLowerCase().replace(/’/g, '\''));
  const near = words.slice(-2);
  if (near.some((w) => NAMING_WORDS.has(w))) return true;
  // 'known inside the company as "…"'
  const asAt = words.lastIndexOf('as');
  return asAt === words.length - 1 && words.slice(0, -1).some((w) => w === 'known' || w === 'referred' || w === 'billed');
}
