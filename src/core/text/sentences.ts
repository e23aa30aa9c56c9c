/**
 * Sentence boundaries inside one paragraph. compromise's own splitter breaks at
 * 'Dr.' before a line break and at most abbreviations it does not know, so the
 * boundaries are ours; compromise only tags the words afterwards.
 */
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/calendarNames';

/** Abbreviations after which a full stop never ends a sentence: a name or number follows. */
export const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'gov', 'sen', 'rep', 'rev', 'hon', 'gen', 'col', 'lt', 'sgt',
  'capt', 'cpl', 'maj', 'adm', 'cmdr', 'supt', 'insp', 'det', 'pres', 'amb', 'fr', 'sr', 'jr', 'st', 'mt',
  'messrs', 'mme', 'mlle', 'cllr', 'atty', 'gov-elect', 'del', 'coun', 'sens', 'reps', 'pvt', 'spc', 'ens', 'brig', 'msgr', 'ald',
]);

/**
 * Abbreviations that usually continue a sentence but may end one; they end it
 * only when the next word could not continue it (an opening quotation mark or a
 * capitalised common word is not checked here: a capital after them is taken as
 * a continuation, since 'Jan. 5' and 'U.S. Army' are far more common in news
 * than a sentence ending in one).
 */
const CONTINUING_ABBREVIATIONS = new Set([
  ...MONTH_ABBREVIATIONS,
  'no', 'nos', 'vol', 'vs', 'v', 'approx', 'est', 'dept', 'univ', 'ave', 'blvd', 'rd', 'fig', 'ch', 'para',
  'inc', 'ltd', 'co', 'corp', 'bros', 'plc', 'llc', 'e.g', 'i.e', 'cf', 'al', 'ft', 'oz', 'lb', 'lbs',
]);

export interface SentenceSpan {
  start: number;
  end: number;
}

const CLOSERS = new Set(['"', '\'', '’', '”', '»', ')', ']', '›']);
const OPENERS = new Set(['"', '\'', '‘', '“', '«', '(', '[', '‹']);

function isUpperStart(ch: string | undefined): boolean {
  return !!ch && /[\p{Lu}\p{Nd}]/u.test(ch);
}

/** The word (letters and inner dots) that ends just before position `dot`. */
function wordBefore(prose: string, dot: number): string {
  let s = dot;
  while (s > 0 && /[\p{L}.\-]/u.test(prose[s - 1])) s--;
  return prose.slice(s, dot);
}

const capitalised = (word: string): string => word[0].toUpperCase() + word.slice(1);
const DATING_WORD = new RegExp(`^(${[
  ...[...WEEKDAY_NAMES, ...MONTH_NAMES].map(capitalised),
  ...MONTH_ABBREVIATIONS.map((a) => `${capitalised(a)}\\.`),
].join('|')})\\b`);

/** Whether the full stop at `dot` ends an abbreviation that does not end the sentence. */
function isNonFinalAbbreviation(prose: string, dot: number, next: string | undefined): boolean {
  const word = wordBefore(prose, dot);
  if (word === '') return false;
  const lower = word.toLowerCase();
  if (HONORIFICS.has(lower)) return true;
  // Initials and dotted acronyms: J. Smith, U.S., U.K., a.m.
  if (/^\p{Lu}$/u.test(word)) return true;
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) {
    // 'a.m.'/'p.m.' end a sentence when a capitalised word follows, unless it
    // is a day or month that dates the time (US wire style: '8:40 p.m. Monday').
    if (/^[ap]\.m$/i.test(word)) return !isUpperStart(next) || DATING_WORD.test(prose.slice(dot + 1, dot + 16).trimStart());
    return true;
  }
  if (CONTINUING_ABBREVIATIONS.has(lower)) {
    if (lower === 'no' || lower === 'nos') return !!next && /\d/.test(next);
    return true;
  }
  return false;
}

/**
 * Splits the prose between `start` and `end` into sentences. A sentence ends at
 * . ! ? (with any closing quotation marks and brackets after it) followed by
 * white space and a word that can start a sentence.
 */
export function splitSentences(prose: string, start: number, end: number): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let sentenceStart = skipSpace(prose, start, end);
  let i = sentenceStart;
  while (i < end) {
    const ch = prose[i];
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      let j = i + 1;
      while (j < end && (prose[j] === '.' || prose[j] === '!' || prose[j] === '?')) j++;
      while (j < end && CLOSERS.has(prose[j])) j++;
      if (j >= end) break;
      if (!/\s/.test(prose[j])) {
        i = j;
        continue;
      }
      const nextStart = skipSpace(prose, j, end);
      if (nextStart >= end) break;
      let next = prose[nextStart];
      let k = nextStart;
      while (k < end && OPENERS.has(prose[k])) k++;
      if (k > nextStart) next = prose[k];
      if (isUpperStart(next) && !(ch === '.' && j === i + 1 && isNonFinalAbbreviation(prose, i, next))) {
        spans.push({ start: sentenceStart, end: trimEnd(prose, sentenceStart, j) });
        sentenceStart = nextStart;
        i = nextStart;
        continue;
      }
      i = j;
      continue;
    }
    i++;
  }
  const last = trimEnd(prose, sentenceStart, end);
  if (last > sentenceStart) spans.push({ start: sentenceStart, end: last });
  return spans;
}

function skipSpace(prose: string, i: number, end: number): number {
  while (i < end && /\s/.test(prose[i])) i++;
  return i;
}

function trimEnd(prose: string, start: number, end: number): number {
  while (end > start && /\s/.test(prose[end - 1])) end--;
  return end;
}

/**
 * Whether a line break after `line` and before `nextLine` falls inside a
 * sentence: the line ends with an honorific ('said Dr.' / 'Elena Kovalenko'),
 * or it ends without a full stop and the next line goes on in lower case
 * (hard-wrapped copy).
 */
export function lineBreakInsideSentence(line: string, nextLine: string): boolean {
  const trimmed = line.replace(/\s+$/, '');
  const next = nextLine.replace(/^\s+/, '');
  if (trimmed === '' || next === '') return false;
  const last = trimmed[trimmed.length - 1];
  if (last === '.') return HONORIFICS.has(wordBefore(trimmed, trimmed.length - 1).toLowerCase());
  return /[\p{L},;\-–—]/u.test(last) && /^\p{Ll}/u.test(next);
}
