/**
 * What kind of thing a common noun names, by the lexicographer file of its
 * commonest WordNet sense: a person ('strategist', 'pollster'), a group or
 * body ('committee', 'campaign'), or a message or document ('book',
 * 'article', 'ruling', 'ad'). Each of these can be a quotation's source
 * ('the book said', 'the campaign said'), where a hand list of such nouns
 * would always miss the next story's. Only the first sense: a rarer one
 * makes almost any noun a person or a message.
 */
import { commonestLexfiles, lemmasOf, readingsOf, senseLexfiles } from '../lexicon/wordnet';
import { nameTags } from './nameTags';
import { isTitleWord } from './speakerWords';

export type SourceKind = 'person' | 'group' | 'document';

/** WordNet lexicographer files: noun.communication, noun.group, noun.person. */
const KIND_OF_FILE: Record<number, SourceKind> = { 10: 'document', 14: 'group', 18: 'person' };

const cache = new Map<string, SourceKind | null>();
const CACHE_LIMIT = 20_000;

/** The source kind of a lower-case noun form ('pollsters' → person), or null when its commonest sense is none of them. */
export function sourceKindOf(word: string): SourceKind | null {
  const w = word.toLowerCase().replace(/’/g, '\'').replace(/'s$|'$/, '');
  let known = cache.get(w);
  if (known === undefined) {
    known = commonestLexfiles(w, 'n').map((file) => KIND_OF_FILE[file]).find((kind) => kind !== undefined) ?? null;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(w, known);
  }
  return known;
}

/**
 * Whether a word with an agent's ending ('-er', '-or', '-ist') names a person:
 * one of its WordNet senses is a person ('moderator', whose commonest sense is
 * the reactor's, names the debate's chair when it speaks), or WordNet does not
 * know the word at all ('pollster'). 'after', 'water' and 'order' end like
 * agents and have no person sense.
 */
export function agentIsPerson(word: string): boolean {
  const w = word.toLowerCase().replace(/’/g, '\'').replace(/'s$|'$/, '');
  return sourceKindOf(w) === 'person' || readingsOf(w).length === 0 || senseLexfiles(w, 'n').some((file) => KIND_OF_FILE[file] === 'person');
}

/**
 * 'Typically', 'Recently', 'Specifically': a capitalised word that is an
 * adverb made from an adjective WordNet knows ('-ly', '-ily', '-ally') opens a
 * sentence; it is not a surname ('Edgerly': no adjective 'edger').
 */
export function isAdverbOfAdjective(word: string): boolean {
  const w = word.toLowerCase();
  if (!/ly$/.test(w) || w.length < 5) return false;
  const stems = [w.slice(0, -2), w.replace(/ily$/, 'y'), w.replace(/ally$/, 'al'), w.replace(/ally$/, 'ic'), w.replace(/ly$/, 'le')];
  return stems.some((s) => s !== w && lemmasOf(s, 'a').length > 0);
}

/** A form WordNet knows as a verb and not as a noun ('promoting', 'chastened'): no noun phrase is headed by it. */
export function isVerbNotNoun(word: string): boolean {
  return lemmasOf(word, 'v').length > 0 && lemmasOf(word, 'n').length === 0;
}

/** A past or third-person form of a verb WordNet knows ('rallied', 'endorsed', 'hits'), which no noun phrase continues with. */
export function isFiniteVerb(word: string): boolean {
  const w = word.toLowerCase();
  if (!/(?:ed|s)$/.test(w)) return false;
  const asVerb = lemmasOf(w, 'v').some((l) => l !== w);
  if (!asVerb) return false;
  // 'supporters', 'candidates': a plural noun is not a verb here; '-ed' adjectives still end the name ('retired' stays out).
  return /ed$/.test(w) || lemmasOf(w, 'n').length === 0;
}

/**
 * Whether the capitalised word at `i` of a run of name words is a title or
 * role before the name ('House Speaker Paul Ryan', 'Alderman William
 * Burns'): a title word, or a noun whose commonest WordNet sense is a
 * person, unless a first name comes before it in the run ('Mary Baker
 * Eddy') or it is a first name with only a surname after it ('Major Garrett').
 */
export function isRoleBeforeName(texts: readonly string[], i: number, from = 0): boolean {
  const normal = texts[i].toLowerCase().replace(/’/g, '\'');
  // 'Tenants' Association', 'the Mayor's Office': a possessive belongs to a body's name.
  if (/'s?$/.test(normal)) return false;
  if (isTitleWord(normal)) return true;
  if (sourceKindOf(normal) !== 'person') return false;
  if (i === texts.length - 2 && nameTags(texts[i]).firstName) return false;
  for (let j = from; j < i; j++) if (nameTags(texts[j]).firstName && !isTitleWord(texts[j].toLowerCase())) return false;
  return true;
}
