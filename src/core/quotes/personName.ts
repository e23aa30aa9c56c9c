/**
 * Where a person's name begins inside a capitalised run: 'Republican Donald
 * Trump', 'House Speaker Paul Ryan', 'Though Kaine', 'Instead of Cardin'. The
 * words before the name are a party, an office, a descriptor or a sentence
 * opener that a capital letter made look like part of the name.
 */
import { nameTags } from './nameTags';
import { BODY_NAME_WORDS } from './speakerWords';
import { readingsOf } from '../lexicon/wordnet';
import { isCardinalWord } from '../figures/numbers';

const INITIAL = /^\p{Lu}\.?$/u;

function bare(word: string): string {
  return word.replace(/['’]s?$/, '');
}

/** Index of the first word of the person's name in `words` (0 when the run is all name, or a body's name). */
export function personNameStart(words: string[]): number {
  if (words.length < 2) return 0;
  const last = bare(words[words.length - 1]).toLowerCase();
  if (BODY_NAME_WORDS.has(last) || nameTags(words.map(bare).join(' ')).organization) return 0;
  // 'Zero Hedge', 'Seven Oaks': a number before a single singular word begins a name.
  if (words.length === 2 && numberBeginsName(bare(words[0]), bare(words[1]))) return 0;
  let k = 0;
  // An opener that is no name at all ('Though', 'Instead', 'Even', 'Several') and any lower-case link after it ('of').
  while (k < words.length - 1 && (nameTags(bare(words[k])).notName || /^\p{Ll}/u.test(words[k]))) k++;
  // A known first name after words that are not given names: the name starts there ('Republican Donald Trump').
  for (let j = k + 1; j < words.length - 1; j++) {
    if (!nameTags(bare(words[j])).firstName) continue;
    const lead = words.slice(k, j);
    const givenBefore = lead.some((w) => INITIAL.test(w) || nameTags(bare(w)).properFirst || /^\p{Ll}/u.test(w)) || (k === 0 && unknownGiven(lead, words.length - j));
    if (!givenBefore) return j;
    break;
  }
  return k;
}

/**
 * 'Cornell William Brooks': one word before a given name and a surname, that
 * no lexicon knows as a word, a place or a body, is a given name itself (the
 * name lists miss many); a descriptor there is a word ('Republican', 'Latvian').
 */
function unknownGiven(lead: string[], rest: number): boolean {
  if (lead.length !== 1 || rest < 2) return false;
  const tags = nameTags(bare(lead[0]));
  const word = bare(lead[0]).toLowerCase();
  return !tags.place && !tags.organization && !tags.demonym && readingsOf(word).length === 0 && !isCompound(word);
}

/** 'Lifeguard', 'Firefighter': two words WordNet knows, of four letters or more, written as one make a common noun. */
function isCompound(word: string): boolean {
  for (let i = 4; i <= word.length - 4; i++) if (readingsOf(word.slice(0, i)).length && readingsOf(word.slice(i)).length) return true;
  return false;
}

/** 'Zero Hedge', 'Seven Oaks': a number other than one before a singular word counts nothing; it begins a name. */
export function numberBeginsName(first: string, next: string): boolean {
  const w = first.toLowerCase();
  return w !== 'one' && isCardinalWord(w) && !/s$/.test(next);
}
