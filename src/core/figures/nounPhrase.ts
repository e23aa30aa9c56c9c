import { FUNCTION_WORDS, looksLikeVerb, singular, type Word } from './words';

/** A short noun phrase read from the scanner's words: its words (hyphenated ones rejoined) and its end. */
export interface NounPhrase {
  words: string[];
  /** Index of the word after the phrase. */
  next: number;
  /** Offset of the end of the last word. */
  end: number;
  capitalized: boolean;
}

/** Adjectives that may stand between a number and its noun ('two more new players'). */
const MODIFIERS = new Set(['more', 'other', 'new', 'further', 'earlier', 'additional', 'extra', 'separate', 'different', 'previous']);

/** Nouns that name a stretch or a part of something: the thing is in the 'of' phrase ('a 30-mile stretch of the valley'). */
export const EXTENT_NOUNS = new Set([
  'stretch', 'section', 'length', 'radius', 'zone', 'strip', 'part', 'swathe', 'area', 'floor', 'bed', 'side', 'edge',
  'surface', 'region', 'portion', 'figure', 'total', 'sum', 'amount', 'number', 'level', 'rest', 'bulk', 'majority',
]);

const NUMBER_WORDS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|half)$/;

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'all', 'some']);

/**
 * The noun phrase starting at `i` (after any determiner), at most `max` words:
 * content words only, stopping at a function word, punctuation, a number or a verb form.
 */
export function nounPhraseAt(ws: Word[], i: number, max = 4, skipDeterminer = true): NounPhrase | undefined {
  let k = i;
  if (skipDeterminer) {
    while (ws[k] && DETERMINERS.has(ws[k].lower)) k++;
    // A possessive name before the noun ("Harwick's nearly 10,000 staff") is not the noun.
  }
  const words: string[] = [];
  let end = -1;
  let capitalized = false;
  while (ws[k] && words.length < max) {
    const w = ws[k];
    if (w.kind !== 'word') break;
    if (MODIFIERS.has(w.lower) && words.length === 0) {
      k++;
      continue;
    }
    if (FUNCTION_WORDS.has(w.lower) || looksLikeVerb(w.lower) || NUMBER_WORDS.test(w.lower)) break;
    let text = w.lower;
    let last = k;
    // Rejoin hyphenated words ('add-ons', 'fire-fighters').
    while (ws[last + 1]?.text === '-' && ws[last + 1].joined && ws[last + 2]?.kind === 'word' && ws[last + 2].joined) {
      text += '-' + ws[last + 2].lower;
      last += 2;
    }
    if (/^[A-Z]/.test(w.text)) capitalized = true;
    words.push(text);
    end = ws[last].end;
    k = last + 1;
  }
  if (!words.length) return undefined;
  return { words, next: k, end, capitalized };
}

/** The noun that names the phrase's thing: its last word, or the one before a word for a part ('valley floor' → valley). */
export function headOf(phrase: NounPhrase): string {
  const ws = phrase.words.map((w) => singular(w.replace(/'s$/, '')));
  let n = ws.length - 1;
  while (n > 0 && EXTENT_NOUNS.has(ws[n])) n--;
  return ws[n];
}
