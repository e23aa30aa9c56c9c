import type { Article } from './article';

/**
 * Whether an article is written in English, from the share of its words that
 * are common English function words. English prose runs at 35–50 %; other
 * languages written in Latin letters share only a handful of these words
 * ("a", "in", "no") and stay under 10 %. The detectors' lexicons are English,
 * so a non-English article is skipped rather than flagged with nonsense.
 */
export interface LanguageGuess {
  english: boolean;
  /** The language it most looks like, when not English ('French', 'German', …), or null when unknown. */
  language: string | null;
  /** Share of words that are English function words. */
  englishRatio: number;
  words: number;
}

const ENGLISH = new Set(
  ('the of and to a in is was that for on it with as by at from he she they his her its be has have had were are ' +
    'this which said not but an or been who will would their there after than also more about one two into up ' +
    'out we i you our when all no over new other some what so if can could may last year told while before during')
    .split(' '),
);

/** A few function words of the languages a newsroom most often receives, to name the language in the notice. */
const OTHERS: Array<[string, Set<string>]> = [
  ['French', new Set('le la les des et est une un du dans que qui pour pas sur au avec ce il elle sont été par plus'.split(' '))],
  ['Spanish', new Set('el la los las y es una un del en que por para con no se su al lo como más pero fue han'.split(' '))],
  ['German', new Set('der die das und ist ein eine nicht zu den dem mit sich auf für von im des auch es wurde sind'.split(' '))],
  ['Italian', new Set('il la di che è e un una per non con del della sono nel alla gli le si da ha anche'.split(' '))],
  ['Portuguese', new Set('o a os as de que e do da em um uma para com não por se na no mais foi são'.split(' '))],
  ['Dutch', new Set('de het een en van is dat op te in niet met voor zijn er aan ook als bij werd'.split(' '))],
];

/** Below this many words a text is too short to judge and counts as English. */
const MIN_WORDS = 25;
/** An English share under this is not English. */
const THRESHOLD = 0.15;

const cache = new WeakMap<Article, LanguageGuess>();

const WORD = /\p{L}+(?:['’]\p{L}+)?/gu;

export function guessLanguage(text: string): LanguageGuess {
  const lower = text.toLowerCase();
  // Counted without keeping the words: a long file holds millions, and an English one needs no more than the count.
  let count = 0;
  let english = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
    count++;
    if (ENGLISH.has(m[0])) english++;
  }
  if (count < MIN_WORDS) return { english: true, language: null, englishRatio: 1, words: count };
  const englishRatio = english / count;
  if (englishRatio >= THRESHOLD) return { english: true, language: null, englishRatio, words: count };
  const words = lower.match(WORD) ?? [];
  const latin = words.filter((w) => /^[\p{Script=Latin}'’]+$/u.test(w)).length;
  return { english: false, language: nameOf(words, latin), englishRatio, words: count };
}

function nameOf(words: string[], latin: number): string | null {
  if (latin < words.length / 2) {
    const sample = words.join('');
    if (/\p{Script=Cyrillic}/u.test(sample)) return 'a Cyrillic-script language';
    if (/\p{Script=Arabic}/u.test(sample)) return 'Arabic';
    if (/\p{Script=Han}/u.test(sample)) return 'Chinese or Japanese';
    return null;
  }
  let best: string | null = null;
  let bestShare = 0.1;
  for (const [name, set] of OTHERS) {
    const share = words.filter((w) => set.has(w)).length / words.length;
    if (share > bestShare) {
      best = name;
      bestShare = share;
    }
  }
  return best;
}

/** The language guess for an article's prose (cached per article version). */
export function articleLanguage(article: Article): LanguageGuess {
  let guess = cache.get(article);
  if (!guess) {
    guess = guessLanguage(article.prose);
    cache.set(article, guess);
  }
  return guess;
}
