import persistence from '../lexicon/persistence.json';
import { endsAsSaid } from './antonyms';
import { differentPeriods, type ClaimSide, type Conflict } from './conflict';
import { gist } from './gist';
import type { ClaimWord } from './claimWord';
import { perWords } from './memo';
import { findNegations } from './negation';
import { directAntonyms, hypernyms, lemmasOf, synonyms } from '../lexicon/wordnet';
import { lemmaEntry } from '../lexicon/wordnetTable';

/**
 * A state said to last against the change that ends it: 'the Marion plant
 * will remain open' / 'will close its plant in Marion'; 'kept its forecast
 * unchanged' / 'cut its forecast'; 'will continue to operate' / 'will shut the
 * unit'; 'will stay in charge' / 'have sacked the manager'. No pair of words
 * is listed: the state is what follows a verb of lasting, and the change is
 * found through WordNet — the verb of the state's antonym ('open' → 'closed'
 * → close) or a verb that is a kind of it ('reopen' is a kind of 'open', 'cut'
 * of 'change'), the end of an activity ('shut', 'axe' reach 'end' or 'close'),
 * the leaving of a position ('sacked', 'ousted' reach 'remove').
 */
interface State {
  /** Index of the verb of lasting in the side's words. */
  at: number;
  /** Index of the last word of the state. */
  end: number;
  /** The verbs any of which ends the state. */
  ends: (verb: string) => boolean;
  text: string;
  /** A position is someone's: the holder's name must stand near the change too ('the home has since been run by an interim manager' is not Farrow's removal). */
  holder?: boolean;
}

const PERSIST = new Set(persistence.persist);
const ENDING = new Set(persistence.ending);
const LEAVING = new Set(persistence.leaving);

/** Words that open another clause: the state of a verb of lasting is in its own clause ('kept its forecast for next year unchanged'). */
const CLAUSE = /^(?:and|but|or|that|which|who|while|because|although|though|as|if|when|after|before|until|since)$/;

/** Hedges under which a state or change is still announced as firm ('will remain open', 'would close'). */
const ANNOUNCED = /^(?:will|would|is to|are to|was to)$/i;

const verbLemmas = (word: string): string[] => lemmasOf(word, 'v');

/**
 * Above this many senses a verb reaches almost anything through some sense of
 * it ('run' is also to flee, so it would leave a post): only its own lemma counts.
 */
const MAX_SENSES = 8;

/** Whether a verb, through its lemma or its hypernyms (three levels), is one of `targets`. */
function reaches(word: string, targets: ReadonlySet<string>): boolean {
  return verbLemmas(word).some((l) => targets.has(l)
    || ((lemmaEntry(`${l}.v`)?.synsets.length ?? 0) <= MAX_SENSES && hypernyms(l, 'v', 3).some((h) => targets.has(h))));
}

let endingVerbs: Set<string> | undefined;

/**
 * Whether a verb is one of the ending verbs or a synonym of one ('halt',
 * 'shut down'). Not through hypernyms: 'completed its acquisition' is a kind of
 * ending too, and ends nothing an activity was said to go on with.
 */
function endsActivity(word: string): boolean {
  endingVerbs ??= new Set([...ENDING].flatMap((l) => [l, ...synonyms(l, 'v')]));
  return verbLemmas(word).some((l) => endingVerbs!.has(l));
}

/** Words before a 'stay' that make it a noun ('during her stay at the clinic'). */
const DETERMINER = /^(?:the|a|an|his|her|its|their|our|my|your|this|that|'s|’s)$/;

/** Words before a verb that make it one: auxiliaries, modals, subject pronouns. */
const BEFORE_VERB = /^(?:will|would|shall|should|can|could|may|might|must|to|has|have|had|is|are|was|were|be|been|being|did|does|do|it|they|he|she|we|i|who|which|that)$/;

/**
 * Whether a word that may be a noun is used as a verb here: a past form
 * ('sacked', 'closed'), a word that is only a verb, or one after an auxiliary,
 * a subject pronoun or a name, with an adverb allowed between ('will also
 * shut'). 'building blocks' is a noun phrase, not a blockade.
 */
function usedAsVerb(words: readonly ClaimWord[], k: number): boolean {
  const form = words[k].token.normal;
  if (/ed$/.test(form) || lemmasOf(form, 'n').length === 0) return true;
  for (const j of [k - 1, k - 2]) {
    const w = words[j];
    if (!w) return false;
    if (BEFORE_VERB.test(w.token.normal) || w.name || (/^\p{Lu}/u.test(w.token.text) && !DETERMINER.test(w.token.normal))) return true;
    if (!/ly$|^(?:also|now|then|soon|later|still)$/.test(w.token.normal)) return false;
  }
  return false;
}

export const lastingState = perWords(lastingStateIn);

function lastingStateIn(words: readonly ClaimWord[]): State | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.token.kind !== 'word' || w.name || !verbLemmas(w.token.normal).some((l) => PERSIST.has(l))) continue;
    if (DETERMINER.test(words[i - 1]?.token.normal ?? '') || /['’]s$/.test(words[i - 1]?.token.text ?? '')) continue;
    const text = (to: number) => words.slice(i, to + 1).map((x) => x.token.text).join(' ');
    const next = words[i + 1];
    if (!next || next.token.kind !== 'word') continue;
    // 'will continue to operate': an activity, ended by a verb of ending.
    if (next.token.normal === 'to' && words[i + 2]?.token.kind === 'word' && verbLemmas(words[i + 2].token.normal).length > 0) {
      return { at: i, end: i + 2, ends: endsActivity, text: text(i + 2) };
    }
    // 'will stay in charge', 'remains on the board': a position, ended by leaving or removal.
    if (next.token.normal === 'in' || next.token.normal === 'on') {
      const noun = words.slice(i + 2, i + 4).find((x) => x.concept && x.token.kind === 'word');
      if (noun && !noun.name && lemmasOf(noun.token.normal, 'n').length > 0) {
        return { at: i, end: words.indexOf(noun), ends: (verb) => reaches(verb, LEAVING), text: text(words.indexOf(noun)), holder: true };
      }
      continue;
    }
    // 'will remain open', 'kept the forecast unchanged': an adjective, ended by the verb of its antonym.
    for (let j = i + 1; j < Math.min(words.length, i + 8); j++) {
      const x = words[j];
      if (x.token.kind !== 'word' || CLAUSE.test(x.token.normal)) break;
      const antonymVerbs = new Set([...new Set(lemmasOf(x.token.normal, 'a').flatMap((l) => [...directAntonyms(l, 'a')]))].flatMap(verbLemmas));
      if (antonymVerbs.size > 0) return { at: i, end: j, ends: (verb) => reaches(verb, antonymVerbs), text: text(j) };
    }
  }
  return undefined;
}

/** Concepts within a few words of [from, to] of a side, but for the words at `from` and `to`: what the state or the change is about. */
function near(side: ClaimSide, from: number, to: number, names = false, reach = 6): Set<string> {
  const found = new Set<string>();
  for (let i = Math.max(0, from - reach); i < Math.min(side.words.length, to + 1 + reach); i++) {
    if (i === from || i === to || (names && !side.words[i].name)) continue;
    const c = side.words[i].concept;
    if (c) found.add(c);
  }
  return found;
}

/** The names before the verb of lasting, back to the clause's start: whose position it is. */
function holderNames(side: ClaimSide, at: number): Set<string> {
  const found = new Set<string>();
  for (let i = Math.max(0, at - 8); i < at; i++) if (side.words[i].name && side.words[i].concept) found.add(side.words[i].concept!);
  return found;
}

export function persistenceConflict(a: ClaimSide, b: ClaimSide): Conflict | null {
  const state = lastingState(a.words);
  if (!state) return null;
  // A source's own words are often a promise or a figure of speech ('species continue to receive the full protection of the law').
  if (a.quoted || b.quoted) return null;
  if ((a.claim.hedge && !ANNOUNCED.test(a.claim.hedge)) || (b.claim.hedge && !ANNOUNCED.test(b.claim.hedge))) return null;
  // A state or a change said not to hold ('will not remain open', 'did not close') is no firm account.
  if (findNegations(a.words).length > 0 || findNegations(b.words).length > 0) return null;
  // 'will stay closed until Monday' and 'will reopen on Monday' both hold.
  if (differentPeriods(a, b) || endsAsSaid(a, b)) return null;
  const about = near(a, state.at, state.end);
  for (let k = 0; k < b.words.length; k++) {
    const w = b.words[k];
    if (w.token.kind !== 'word' || w.name || !state.ends(w.token.normal) || !usedAsVerb(b.words, k)) continue;
    // 'expected to close', 'plans to shut': a prospect is no change.
    if (b.words[k - 1]?.token.normal === 'to') continue;
    // 'shut out a rival', 'cut off': a phrasal verb means something else.
    if (/^(?:out|off|up)$/.test(b.words[k + 1]?.token.normal ?? '')) continue;
    // The same thing on both sides: two concepts around the state meet two around the change.
    const around = near(b, k, k);
    let shared = 0;
    for (const c of about) if (around.has(c)) shared++;
    if (shared < 2) continue;
    if (state.holder && ![...holderNames(a, state.at)].some((c) => around.has(c))) continue;
    return { reason: 'antonym', detail: `'${state.text}' ↔ '${w.token.text}'`, here: gist(a), there: gist(b) };
  }
  return null;
}
