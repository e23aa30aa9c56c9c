import type { Sentence } from '../text/article';

/**
 * The sentence's tokens as the figure scanner reads them: hyphenated words are
 * split ('67-year-old', 'twenty-one', 'five-year') so that the number inside is
 * its own token, and each token knows whether it touches the previous one
 * ('£4.5m', '14%', '80km' are read as one expression).
 */
export interface Word {
  text: string;
  /** Lower case, curly apostrophe straightened. */
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct';
  /** No whitespace between this token and the previous one. */
  joined: boolean;
}

/**
 * Not cached: the figure scanner reads each sentence once per article version,
 * and a cache kept the words of every sentence of every loaded article (about
 * a tenth of the memory of a 1,000-article workspace).
 */
export function figureWords(sentence: Sentence): Word[] {
  const words: Word[] = [];
  let previousEnd = -1;
  const push = (text: string, start: number, kind: Word['kind']): void => {
    words.push({ text, lower: text.toLowerCase().replace(/’/g, '\''), start, end: start + text.length, kind, joined: start === previousEnd });
    previousEnd = start + text.length;
  };
  for (const t of sentence.tokens) {
    if (t.kind === 'word' && t.text.includes('-')) {
      let offset = t.start;
      const parts = t.text.split('-');
      parts.forEach((part, n) => {
        if (n > 0) push('-', offset++, 'punct');
        push(part, offset, 'word');
        offset += part.length;
      });
    } else {
      push(t.text, t.start, t.kind);
    }
  }
  return words;
}

/** A number written as a word, from two up ('one' is also a pronoun: callers that mean it add it). */
export const NUMBER_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty|thirty|forty|fifty|hundred)$/;

/**
 * A word that may stand between a partitive's 'of' and its whole ('38 of the 41', 'four of the
 * borough's 14', 'most of its 900'): a determiner or a possessive.
 */
export function isDeterminerOrPossessive(w: Word): boolean {
  return w.kind === 'word' && (/^(?:the|its|their|his|her|our|these|those)$/.test(w.lower) || /'s$/.test(w.lower));
}

/** Words that carry no content: never a counted noun, never a subject. */
export const FUNCTION_WORDS = new Set(
  (
    'a an the this that these those its their his her our your my some any each every all both either neither no ' +
    'of in on at by for from to into onto with without within about over under after before since until during ' +
    'through across along around between among per than as via against toward towards near off up down out ' +
    'and or but nor so yet while whereas although though because if when where which who whom whose what how ' +
    'is are was were be been being has have had having do does did will would shall should can could may might must ' +
    'it they them he she we you i me him us there here then also just only even still more most less least other ' +
    'another such same new more own not very too further earlier later'
  ).split(' '),
);

/** Common irregular or unmarked past tenses and auxiliaries: a noun phrase ends before them. */
export const VERB_WORDS = new Set(
  (
    'is are was were be been has have had will would could can may might should must do does did ' +
    'said says told fell rose took went came saw left made lost won got ran flew gave kept began stood sat held ' +
    'put set cut hit shut let felt found brought bought paid spent sent led met read heard became grew drew ' +
    'threw wrote broke spoke chose fought caught taught sought thought stole swept struck'
  ).split(' '),
);

/** Does this word look like a verb form (past tense or participle) rather than a noun? */
export function looksLikeVerb(lower: string): boolean {
  if (VERB_WORDS.has(lower)) return true;
  if (/ings$/.test(lower)) return false;
  return /(?:[^e]ed|[^aeiou]ied|ing)$/.test(lower) && lower.length > 4;
}

/** A plural or mass noun's singular, for keys ('workers' → 'worker', 'casualties' → 'casualty'). */
export function singular(lower: string): string {
  if (IRREGULAR_SINGULAR[lower]) return IRREGULAR_SINGULAR[lower];
  if (/(?:ss|us|is|ics)$/.test(lower)) return lower;
  if (/[^aeiou]ies$/.test(lower)) return lower.slice(0, -3) + 'y';
  if (/(?:ches|shes|xes|sses|zes)$/.test(lower)) return lower.slice(0, -2);
  if (/s$/.test(lower) && lower.length > 3) return lower.slice(0, -1);
  return lower;
}

const IRREGULAR_SINGULAR: Record<string, string> = {
  people: 'people',
  persons: 'people',
  person: 'people',
  men: 'man',
  women: 'woman',
  children: 'child',
  staff: 'staff',
  police: 'police',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  sheep: 'sheep',
  // Nouns whose plural is their singular ('3,000 fish', '40 deer', 'six aircraft').
  fish: 'fish',
  deer: 'deer',
  aircraft: 'aircraft',
  spacecraft: 'spacecraft',
  salmon: 'salmon',
  trout: 'trout',
  swine: 'swine',
  livestock: 'livestock',
  poultry: 'poultry',
  bison: 'bison',
  moose: 'moose',
  cattle: 'cattle',
  personnel: 'personnel',
  crew: 'crew',
  crews: 'crew',
  lives: 'life',
  wolves: 'wolf',
  knives: 'knife',
  leaves: 'leaf',
};

/** Is this token a plural or collective noun (a likely head of a counted phrase)? */
export function looksPlural(lower: string): boolean {
  if (IRREGULAR_SINGULAR[lower] && lower !== 'person') return true;
  return /[^s'’]s$/.test(lower) && !/(?:ss|us|is|ous)$/.test(lower);
}
