import type { ConflictReason } from '../findings';
import type { Article } from '../text/article';
import type { Claim } from './claim';
import type { ClaimWord } from './claimWord';
import { eventVerbOf, lemmasOf, sameWordSense } from '../lexicon/wordnet';
import { conceptOfWord } from './terms';

/** One side of a compared pair: a claim with its article and words. */
export interface ClaimSide {
  article: Article;
  claim: Claim;
  words: ClaimWord[];
  /** The claim's concepts, as a set. */
  terms: Set<string>;
  /** Whether most of the claim is inside a quotation: a source's words (often opinion or figure of speech), not the article's own assertion. */
  quoted?: boolean;
  /** What each concept means (its meaning keys, meaningIndex.ts), and all of those keys, for how much two claims share. */
  senses?: { byConcept: ReadonlyMap<string, ReadonlySet<string>>; all: ReadonlySet<string> };
  /** Set once a rule has read the side's whole article (see `wholeProse`). */
  wholeArticleRead?: boolean;
}

/**
 * The side's whole article, for a rule that asks what the article says
 * anywhere (place.ts: whether it names two places elsewhere). Every other read
 * of a side stays inside its claim's sentences, so a comparison is a function
 * of the claim's reading (reading.ts) and is reused for a later version of
 * the article; a side marked here is compared afresh every time.
 */
export function wholeProse(side: ClaimSide): string {
  side.wholeArticleRead = true;
  return side.article.prose;
}

/** Why two aligned claims conflict, in the words an editor needs. */
export interface Conflict {
  reason: ConflictReason;
  /** The conflict in a few words: "'rose' ↔ 'fell'". */
  detail: string;
  /** What this side says, for the message ('the fire started in an electrical cabinet'). */
  here: string;
  /** What the other side says ('a forklift battery overheated'). */
  there: string;
  /** Set when the two claims share little rare content, so the pair may be about two facts (reported as Information). */
  unsure?: boolean;
}

/**
 * A contradiction rule: a function of two aligned claims from different
 * articles, `a` in the article under check. Rules are tried both ways round,
 * so a rule may look for its pattern in `a` only.
 */
export type ContradictionRule = (a: ClaimSide, b: ClaimSide) => Conflict | null;

/** The words [from, to) of a side as written, on one line. */
export function wordsText(side: ClaimSide, from: number, to: number): string {
  const words = side.words.slice(Math.max(0, from), Math.min(side.words.length, to));
  if (words.length === 0) return '';
  const start = words[0].token.start;
  const end = words[words.length - 1].token.end;
  return side.article.text.slice(start, end).replace(/\s+/g, ' ').trim();
}

/**
 * Concepts of `a` the other side shares: the same concept, or one that means
 * the same ('talks' / 'negotiations', a synset or derivation WordNet gives).
 * How much two claims share is a matter of meaning; what a rule opposes (the
 * negated word, the antonyms) it still compares concept by concept.
 */
export function sharedTerms(a: ClaimSide, b: ClaimSide): Set<string> {
  const shared = new Set<string>();
  for (const t of a.terms) if (sharesMeaning(a, t, b)) shared.add(t);
  return shared;
}

/** Whether `b` has `a`'s concept, or one that means the same. */
export function sharesMeaning(a: ClaimSide, concept: string, b: ClaimSide): boolean {
  if (b.terms.has(concept)) return true;
  const keys = a.senses?.byConcept.get(concept);
  return !!keys && !!b.senses && [...keys].some((k) => b.senses!.all.has(k));
}

/**
 * The index of the first word of `b` at or after `from` that has `a`'s
 * concept or one that is the same word through WordNet (a derivation, or a
 * synonym in the commonest sense of both: 'needed treatment' / 'required treatment', 'not
 * compensated' / 'paid compensation'), or -1. What a rule opposes is then
 * found whatever word the other side chose for it.
 */
export function indexOfMeaning(a: ClaimSide, concept: string, b: ClaimSide, from = 0): number {
  const own = a.words.find((w) => w.concept === concept);
  for (let i = from; i < b.words.length; i++) {
    const w = b.words[i];
    if (!w.concept) continue;
    if (w.concept === concept) return i;
    // A name means itself ('Bush' is no shrub); a word whose sense its context decided ('nothing left', 'left hooks') means that sense only.
    if (!own || !plainWord(own, a.words[a.words.indexOf(own) + 1]) || !plainWord(w, b.words[i + 1])) continue;
    const px = partOfSpeechAt(a.words, a.words.indexOf(own));
    const py = partOfSpeechAt(b.words, i);
    if (px && py && px !== py) continue;
    // Only a predicate is met in other words: a verb (or a word that can be one where the context does not
    // say: 'a water main break'), or a noun naming an act ('treatment'); a thing's
    // synonyms reach across senses and figures of speech ('without drama' is no 'play').
    if (px !== 'v' && !eventVerbOf(own.token.normal) && (px === 'n' || lemmasOf(own.token.normal, 'v').length === 0)) continue;
    if (sameWordSense(own.token.normal, w.token.normal, px ?? py)) return i;
  }
  return -1;
}

const BEFORE_VERB = /^(?:to|not|never|n't|will|would|could|can|may|might|must|should|did|does|do|has|have|had|was|were|is|are|be|been|being|he|she|they|we|i|who|which)$|n't$/;
const BEFORE_NOUN = /^(?:the|a|an|no|his|her|their|its|our|my|your|this|these|those|any|some|of|every|each)$/;

/**
 * The part of speech the words around it give word `i`, when they tell it:
 * a verb after an auxiliary, 'to', a negator or a subject pronoun, or in a
 * past form; a noun after a determiner. Undefined otherwise.
 */
function partOfSpeechAt(words: readonly ClaimWord[], i: number): 'v' | 'n' | undefined {
  const before = words[i - 1]?.token.normal ?? '';
  if (BEFORE_NOUN.test(before)) return 'n';
  if (BEFORE_VERB.test(before) || /[a-z]{2,}ed$/.test(words[i]?.token.normal ?? '')) return 'v';
  return undefined;
}

/** Whether a word means what WordNet says of it alone: no name, no sense its context decided, no particle after it ('finish off' is to defeat). */
function plainWord(w: ClaimWord, next: ClaimWord | undefined): boolean {
  return !w.name && w.token.kind === 'word' && w.concept === conceptOfWord(w.token.normal, false) && !PARTICLE.test(next?.token.normal ?? '');
}
const PARTICLE = /^(?:off|out|up|down|away|back|over|through|into)$/;

/** Whether both sides name a time and the times differ (then they may be about different days: not comparable). */
export function differentTimes(a: ClaimSide, b: ClaimSide): boolean {
  // 'closed until Monday' holds over the days before Monday too: the end of a span is no time of its own.
  const ta = a.claim.times.filter((t) => t !== 'overnight' && !spanEnds(a).has(t));
  const tb = b.claim.times.filter((t) => t !== 'overnight' && !spanEnds(b).has(t));
  return ta.length > 0 && tb.length > 0 && !ta.some((t) => tb.includes(t));
}

/** The index of the first word at or after `from` whose concept is in `set`. */
export function indexOfConcept(words: readonly ClaimWord[], set: ReadonlySet<string>, from = 0): number {
  for (let i = from; i < words.length; i++) if (words[i].concept && set.has(words[i].concept!)) return i;
  return -1;
}

/** Words that put a clause in a period before the story's present ('Previously, agencies were required to …'). */
const EARLIER_PERIOD = /^(?:previously|formerly|once|until|originally|initially)$/;

/**
 * Whether one side speaks of an earlier period and the other does not: what
 * held before a change and what holds after it are both true ('Previously,
 * agencies were required to consult' / 'the rules don't require agencies to
 * consult'). 'once' counts only opening the clause ('Once, …', 'once the
 * largest …' is a past state too).
 */
export function differentPeriods(a: ClaimSide, b: ClaimSide): boolean {
  const earlier = (side: ClaimSide) => side.words.some((w, i) => EARLIER_PERIOD.test(w.token.normal) && (w.token.normal !== 'until' || side.words[i + 1]?.token.normal === 'recently')
    && (w.token.normal !== 'once' || i === 0));
  return earlier(a) !== earlier(b);
}

/** Times that end a span ('until Monday', 'till next week'): the state holds up to them. */
export function spanEnds(side: ClaimSide): Set<string> {
  const ends = new Set<string>();
  side.words.forEach((w, i) => {
    if (!/^(?:until|till|through)$/.test(w.token.normal)) return;
    for (let j = i + 1; j < side.words.length && j - i <= 3; j++) {
      const t = side.words[j].token.normal;
      if (side.claim.times.includes(t) || side.claim.times.includes(side.words[j].token.text)) {
        ends.add(side.claim.times.includes(t) ? t : side.words[j].token.text);
        break;
      }
    }
  });
  return ends;
}
