/**
 * A transcript quoted in the copy: each turn opens with its speaker's label
 * ('"PENCE: Well, look, …', '"WALLACE: If I may, sir, …'). The label, not a
 * cue in the prose around it, says whose words the turn is, and a turn
 * carried over into the next paragraph stays that speaker's.
 */
import type { Article } from '../text/article';
import type { FrameWord } from './frame';
import type { QuotedSpan } from './marks';
import type { SpeakerPhrase } from './speakerPhrase';
import { HONORIFIC_GENDER } from './speakerWords';
import { nameTags } from './nameTags';

/** Up to three words before a colon at the very start of the quoted words. */
const LABEL = /^[^\S\n]*((?:\p{Lu}[\p{L}'’.-]*)(?:[^\S\n]+\p{Lu}[\p{L}'’.-]*){0,2}):[^\S\n]+\S/u;

/** A label written in capitals ('PENCE', 'MR. TRUMP'), the way transcripts set their speakers. */
function inCapitals(words: FrameWord[]): boolean {
  return words.every((w) => w.text.replace(/[.'’-]/g, '').length >= 2 && w.text === w.text.toUpperCase());
}

/** A given name and a surname ('Chris Matthews'). */
function fullName(words: string[]): boolean {
  return words.length >= 2 && nameTags(words[0]).firstName;
}

function labelWords(text: string, base: number): FrameWord[] {
  const words: FrameWord[] = [];
  for (const t of text.matchAll(/\p{L}[\p{L}'’-]*\.?/gu)) {
    const word = t[0].replace(/\.$/, '');
    words.push({ start: base + t.index!, end: base + t.index! + word.length, text: word, normal: word.toLowerCase().replace(/’/g, '\''), kind: 'word' });
  }
  return words;
}

/**
 * The speaker label each span opens with, where the article's spans read as
 * a transcript: a label in capitals counts when the article quotes at least
 * two different such labels (a dialogue), or when `knownName` says the label
 * names someone in the article. A label in title case counts only as a full
 * name the article gives ('Chris Matthews: …'): 'Clinton: …' in a tweet or a
 * headline says what someone said, not who quotes it ('"Debate recap,"
 * tweeted X. "Clinton: 'I come from the 60s.' …"'), and 'Missouri: …' is
 * addressed to someone.
 */
export function transcriptLabels(article: Article, spans: QuotedSpan[], knownName: (words: string[], at: number) => boolean): Array<SpeakerPhrase | undefined> {
  const found = spans.map((span) => {
    const m = LABEL.exec(article.prose.slice(span.start, span.start + 80));
    if (!m) return undefined;
    const words = labelWords(m[1], span.start + m[0].indexOf(m[1]));
    const name = words.filter((w) => !(w.normal in HONORIFIC_GENDER));
    if (!name.length) return undefined;
    return { phrase: { start: words[0].start, end: words[words.length - 1].end, words: name }, capitals: inCapitals(words) };
  });
  const dialogue = new Set(found.filter((f) => f?.capitals).map((f) => f!.phrase.words.map((w) => w.normal).join(' '))).size >= 2;
  return found.map((f) => {
    if (!f) return undefined;
    const words = f.phrase.words.map((w) => w.text);
    if (!f.capitals) return fullName(words) && knownName(words, f.phrase.start) ? f.phrase : undefined;
    return dialogue || knownName(words, f.phrase.start) ? f.phrase : undefined;
  });
}
