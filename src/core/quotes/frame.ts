/**
 * A sentence as the attribution rules read it: its tokens, with each quotation
 * collapsed into one placeholder, so that 'QUOTE, said X' and 'X told Y: QUOTE'
 * are patterns over a few words.
 */
import type { Article, Sentence } from '../text/article';
import { lowerBound } from '../text/lowerBound';
import type { Token } from '../text/tokens';
import { nicknameAt } from './marks';

export interface FrameWord {
  start: number;
  end: number;
  text: string;
  /** Lower case, curly apostrophe straightened. */
  normal: string;
  kind: 'word' | 'number' | 'punct' | 'quote';
  /** For a quote placeholder: the index of the quoted span it stands for. */
  span?: number;
  /** For a quote placeholder: the quotation's last character inside its marks is a comma ('"…,"'), as American style writes the clause's comma. */
  comma?: boolean;
}

/** The words of the sentences from `first` to `last` (inclusive), each quoted span one placeholder. */
export function frameWords(article: Article, first: Sentence, last: Sentence, spans: ReadonlyArray<{ open: number; close: number }>): FrameWord[] {
  const words: FrameWord[] = [];
  const from = first.start;
  const to = last.end;
  const inRange = spansBetween(spans, from, to);
  const tokens: Token[] = [];
  for (let i = first.index; i <= last.index; i++) tokens.push(...article.sentences[i].tokens);
  let nicknameEnd = -1;
  for (const t of tokens) {
    // 'Dolores “Dee” Whitt' reads as 'Dolores Whitt': the nickname and its marks drop out of the frame.
    if (t.start <= nicknameEnd) continue;
    if (t.kind === 'punct') {
      nicknameEnd = nicknameAt(article.prose, t.start);
      if (nicknameEnd >= 0) continue;
    }
    const hit = inRange.find(({ s }) => t.start >= s.open && t.start <= s.close);
    if (hit) {
      const last = words[words.length - 1];
      if (!last || last.span !== hit.index) {
        const comma = /,\s*$/.test(article.prose.slice(Math.max(hit.s.open + 1, hit.s.close - 3), hit.s.close));
        words.push({ start: hit.s.open, end: Math.min(hit.s.close + 1, article.text.length), text: '"…"', normal: '"…"', kind: 'quote', span: hit.index, ...(comma ? { comma } : {}) });
      }
      continue;
    }
    const clitic = t.kind === 'word' ? PRONOUN_CLITIC.exec(t.normal) : null;
    if (clitic) {
      // 'He's claiming', 'they've said': the pronoun is the subject and the clitic its auxiliary.
      const cut = t.start + clitic[1].length;
      words.push({ start: t.start, end: cut, text: t.text.slice(0, clitic[1].length), normal: clitic[1], kind: 'word' });
      const auxiliary = clitic[2] === 's' && clitic[1] === 'it' ? 'is' : AUXILIARY_OF[clitic[2]];
      words.push({ start: cut, end: t.end, text: t.text.slice(clitic[1].length), normal: auxiliary, kind: 'word' });
      continue;
    }
    words.push({ start: t.start, end: t.end, text: t.text, normal: t.normal, kind: t.kind });
  }
  return words;
}

/** A personal pronoun with its auxiliary written on ('he's', 'they've', 'she'd'); a name's 's is a possessive as often as not. */
const PRONOUN_CLITIC = /^(he|she|it|they|we|i|you)'(s|re|ve|ll|d|m)$/;

/**
 * The auxiliary each clitic stands for. After 'he' or 'she' an "'s" before a verb is mostly 'has' ('she's
 * said', 'he's argued'); after 'it' mostly 'is' ('it's called'), which keeps a passive a passive.
 */
const AUXILIARY_OF: Record<string, string> = { s: 'has', re: 'are', ve: 'have', ll: 'will', d: 'had', m: 'am' };

type Span = { open: number; close: number };
const inReadingOrder = new WeakMap<ReadonlyArray<Span>, boolean>();

/**
 * The spans that reach into [from, to), with their indices. Paired marks come in
 * reading order, so a binary search finds the first: the cost of one sentence's
 * frame does not grow with the number of quotations in a long article.
 */
function spansBetween(spans: ReadonlyArray<Span>, from: number, to: number): { s: Span; index: number }[] {
  let ordered = inReadingOrder.get(spans);
  if (ordered === undefined) {
    ordered = spans.every((s, k) => k === 0 || (s.open >= spans[k - 1].open && s.close >= spans[k - 1].close));
    inReadingOrder.set(spans, ordered);
  }
  const found: { s: Span; index: number }[] = [];
  if (!ordered) {
    spans.forEach((s, index) => {
      if (s.close >= from && s.open < to) found.push({ s, index });
    });
    return found;
  }
  const lo = lowerBound(spans.length, (k) => spans[k].close < from);
  for (let index = lo; index < spans.length && spans[index].open < to; index++) found.push({ s: spans[index], index });
  return found;
}

export function isCapitalized(w: FrameWord | undefined): boolean {
  return !!w && w.kind === 'word' && /^\p{Lu}/u.test(w.text);
}

export function isPunct(w: FrameWord | undefined, chars: string): boolean {
  return !!w && w.kind === 'punct' && chars.includes(w.text);
}

/** A comma ends the word: a comma itself, or a quotation that closes on one ('"…," adding'), the clause's comma set inside the marks. */
export function endsWithComma(w: FrameWord | undefined): boolean {
  return isPunct(w, ',') || (!!w && w.kind === 'quote' && !!w.comma);
}

/** A name as written, without a nickname in marks between its words ('Dolores “Dee” Whitt' → 'Dolores Whitt'). */
export function withoutNickname(text: string): string {
  return text.replace(/\s["“‘']\p{Lu}[^"“”‘’'\s]*(?:\s\p{Lu}[^"“”‘’'\s]*)?["”’'](?=\s)/gu, '');
}

const titleCase = new WeakMap<FrameWord[], boolean>();

/** Most words capitalised, no long word in lower case: a headline in title case, where a capital says nothing about names. */
export function isTitleCase(words: FrameWord[]): boolean {
  let known = titleCase.get(words);
  if (known === undefined) {
    const all = words.filter((x) => x.kind === 'word');
    known = all.length >= 4 && all.filter((x) => /^\p{Lu}/u.test(x.text)).length >= all.length * 0.75 && !all.some((x) => /^\p{Ll}{4,}/u.test(x.text));
    titleCase.set(words, known);
  }
  return known;
}

/**
 * 'the United States', 'the Washington Post', 'Secretary of State', 'Ohio
 * State University': a capitalised word that carries on a capitalised run is
 * part of a name, not the verb of speaking it spells in lower case.
 */
export function insideCapitalisedName(words: FrameWord[], i: number): boolean {
  if (!/^\p{Lu}/u.test(words[i].text) || isTitleCase(words)) return false;
  let k = i - 1;
  if (words[k]?.normal === 'of' && /^\p{Lu}/u.test(words[k - 1]?.text ?? '')) k--;
  const before = words[k];
  return !!before && before.kind === 'word' && /^\p{Lu}/u.test(before.text) && before.end + 2 >= words[k + 1].start;
}
