/**
 * What compromise's lexicon knows about a name on its own: a first name and
 * its gender, or an organisation. Tagging the two or three words of a name is
 * far cheaper than tagging its sentence, and the answer is the same for every
 * article, so it is cached by the name's text.
 */
import nlp from 'compromise';
import type { Gender } from './speakerWords';

export interface NameTags {
  /** The first word is a known first name. */
  firstName: boolean;
  gender?: Gender;
  organization: boolean;
  /** Every word is a place ('Kenya', 'Lake Drive'). */
  place: boolean;
  /** The first word is known as a name of some kind (first name, surname, proper noun: 'Taylor', 'Carter'). */
  properFirst: boolean;
  /** The first word is a common noun for a person in the lexicon ('Landlord', 'Shopkeeper'). */
  actorFirst: boolean;
  /** The first word is a nationality ('Italian', 'Kenyan', 'Briton'). */
  demonym: boolean;
  /**
   * The first word is a function word, an adverb, a number or a time word and
   * nothing the lexicon knows as a name ('Already', 'Though', 'Eight', 'Hours'):
   * capitalised only because it opens a sentence or a headline.
   */
  notName: boolean;
  /** The first word is only a verb to the lexicon ('Wait', 'Consider'): an imperative, not someone speaking. */
  verbOnly: boolean;
  /**
   * The lexicon lists the first word as a common word of another class than a
   * noun (an adjective, a verb form, an adverb: 'Soon', 'Reached', 'Regarding')
   * and as no name: capitalised at the start of a sentence only because it opens it.
   */
  commonWord: boolean;
  /** Of those, a participle ('Reached', 'Regarding'), which never opens a name, even before one ('Marks and Spencer' may). */
  verbForm: boolean;
}

const NOT_NAME_TAGS = ['Conjunction', 'Preposition', 'Adverb', 'Determiner', 'Pronoun', 'Copula', 'Modal', 'QuestionWord', 'Value', 'Date'];
const COMMON_TAGS = ['Adjective', 'Verb', 'Adverb'];
const NAME_TAGS = ['Person', 'ProperNoun', 'Place', 'Organization', 'FirstName', 'LastName', 'Acronym'];

const cache = new Map<string, NameTags>();
const CACHE_LIMIT = 5000;

interface Term {
  tags: string[];
}

let lexicon: Record<string, unknown> | undefined;

/** Whether compromise's lexicon lists the word itself (lower case), rather than tagging it by guesswork. */
function knownWord(word: string): boolean {
  lexicon ??= (nlp as unknown as { world: () => { model: { one: { lexicon: Record<string, unknown> } } } }).world().model.one.lexicon;
  return lexicon[word.toLowerCase()] !== undefined;
}

export function nameTags(name: string): NameTags {
  const cached = cache.get(name);
  if (cached) return cached;
  const terms = ((nlp(name).json() as Array<{ terms: Term[] }>)[0]?.terms ?? []).map((t) => new Set(t.tags));
  const first = terms[0] ?? new Set<string>();
  const named = NAME_TAGS.some((t) => first.has(t));
  const tags: NameTags = {
    firstName: first.has('FirstName'),
    gender: first.has('FemaleName') ? 'female' : first.has('MaleName') ? 'male' : undefined,
    organization: terms.some((t) => t.has('Organization')),
    place: terms.length > 0 && terms.every((t) => t.has('Place')),
    properFirst: ['FirstName', 'LastName', 'Person', 'ProperNoun'].some((t) => first.has(t)),
    actorFirst: first.has('Actor'),
    demonym: first.has('Demonym'),
    verbOnly: first.has('Verb') && !first.has('Noun') && !named,
    commonWord: COMMON_TAGS.some((t) => first.has(t)) && !named && knownWord(name),
    verbForm: (first.has('Gerund') || first.has('PastTense')) && !first.has('Noun') && !named && knownWord(name),
    // Only a word compromise knows, not one it guesses from its ending ('Edgerly' is no adverb).
    notName: NOT_NAME_TAGS.some((t) => first.has(t)) && !named && (first.has('Value') || knownWord(name)),
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(name, tags);
  return tags;
}
