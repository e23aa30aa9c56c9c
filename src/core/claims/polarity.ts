import { differentPeriods, indexOfMeaning, sharedTerms, sharesMeaning, wordsText, type ClaimSide, type Conflict } from './conflict';
import { gist } from './gist';
import { isKindOf, lemmasOf } from '../lexicon/wordnet';
import { concept, isPastForm, stem } from './lemma';
import { CASUALTIES, findNegations, withholdsOrRefuses, type Negation } from './negation';
import { countedOccurrence } from './occurrence';
import implicatives from '../lexicon/positive-implicatives.json';

/**
 * Opposite polarity: one article negates what the other asserts. 'No
 * firefighters were hurt' against 'Two firefighters were treated for smoke
 * inhalation' (the negated noun and predicate both found in the positive claim,
 * injury verbs being one concept); 'denied that the sprinklers had been
 * disabled' against 'confirmed … switched off'. Two negative claims agree ('no
 * casualties', 'without causing casualties') and stay quiet, as does a claim
 * negated about something else, which the focus check rules out.
 */
export function polarityConflict(a: ClaimSide, b: ClaimSide): Conflict | null {
  if ((a.claim.hedge && !statedIntent(a)) || (b.claim.hedge && !statedIntent(b))) return null;
  if (differentPeriods(a, b)) return null;
  // The positive side must say nothing negative at all: a mixed clause is not a firm assertion.
  if (findNegations(b.words).length > 0 || withholdsOrRefuses(b.words)) return null;
  // 'few involve weapons', 'hardly any': a downward quantity is nearly a denial, no assertion of the thing.
  if (b.words.some((w, i) => DOWNWARD.test(w.token.normal) && b.words[i - 1]?.token.normal !== 'a')) return null;
  for (const negation of findNegations(a.words)) {
    if (involvementAsserted(a, negation, b)) {
      return { reason: 'negation', detail: `'${negationText(a, negation)}' ↔ '${involvementText(b, negation)}'`, here: gist(a), there: gist(b) };
    }
    const counted = countedOccurrence(a, negation, b);
    if (counted && !notAsserted(b, counted.from)) {
      return { reason: 'negation', detail: `'${negationText(a, negation)}' ↔ '${wordsText(b, counted.from, counted.to)}'`, here: gist(a), there: gist(b) };
    }
    if (!covers(a, negation, b)) continue;
    if (!samePreposition(a, negation, b) || anotherOne(a, negation) || partOfCount(a, negation) || outOf(negation, b)) continue;
    if (negation.kind === 'verb' && differentSubjects(a, negation, b)) continue;
    if (endsWhatIsDenied(a, negation, b)) continue;
    if (notAsserted(a, negation.at) || notAsserted(b, firstFocusIn(a, b, negation))) continue;
    // Beyond the focus, the claims must share more, unless the negative claim says nothing else ('No one was killed.').
    const shared = sharedTerms(a, b);
    if (shared.size < 2 && shared.size < a.terms.size && !storyWideCasualty(a, negation, b)) continue;
    // What is denied, met only in other words, is a weaker match: the claims must share more besides ('did not sanction the plan for the bridge').
    if (negation.focus.some((w) => !b.terms.has(w.concept!) && indexOfMeaning(a, w.concept!, b) >= 0) && shared.size < 3) continue;
    // A source's own words (a quotation) are often opinion or figure of speech: compared only when aligned beyond the
    // negated words, or when the source explicitly denies ('There is no truth in the suggestion that …').
    if ((a.quoted || b.quoted) && negation.kind !== 'denial' && shared.size < 3) continue;
    const confirmation = b.words.find((w) => /^(?:confirmed|confirms|admitted|admits|acknowledged)$/.test(w.token.normal));
    const detail = confirmation && negation.kind === 'denial'
      ? `'${negation.cue}' ↔ '${confirmation.token.text}'`
      : `'${negationText(a, negation)}' ↔ '${focusTextIn(a, b, negation)}'`;
    return { reason: 'negation', detail, here: gist(a), there: gist(b) };
  }
  return null;
}

const DOWNWARD = /^(?:few|fewer|little|hardly|barely|scarcely)$/;

/**
 * Verbs that end or take away a thing: 'the ward is to shut', 'the service was
 * scrapped', 'the town lost its last bank'. A positive clause with one of them
 * states an absence, so it agrees with 'without inpatient beds' or 'no bank'
 * rather than contradicting it.
 */
const ENDING = new Set([
  'close', 'closed', 'shut', 'scrap', 'scrapped', 'axe', 'axed', 'cut', 'lose', 'lost', 'remove', 'removed', 'abolish',
  'abolished', 'end', 'ended', 'withdraw', 'withdrawn', 'withdrew', 'cancel', 'cancelled', 'canceled', 'halt', 'halted',
  'suspend', 'suspended', 'demolish', 'demolished', 'disband', 'disbanded', 'stop', 'stopped', 'ban', 'banned',
  'discontinue', 'discontinued', 'decommission', 'decommissioned', 'mothball', 'mothballed', 'shelve', 'shelved',
].map((w) => concept(stem(w))));

/**
 * Whether the positive side ends the very thing the negation says is absent:
 * 'leaving the town without inpatient beds' and 'the only inpatient ward is to
 * shut' are one fact. The ending verb must not be in the negative clause, as
 * what it denies ('No flights were cancelled' against 'two flights were cancelled' still conflicts), and
 * the denied thing must be its subject or object, not a word elsewhere.
 */
function endsWhatIsDenied(a: ClaimSide, negation: Negation, b: ClaimSide): boolean {
  if (negation.kind !== 'quantifier' && negation.kind !== 'without') return false;
  const focus = new Set(negation.focus.map((w) => w.concept!));
  return b.words.some((w, at) => {
    if (!w.concept || w.token.kind !== 'word' || !ENDING.has(w.concept) || a.terms.has(w.concept)) return false;
    if ([...subjectBefore(b, at)].some((c) => focus.has(c))) return true;
    return b.words.slice(at + 1, at + 5).some((x) => x.concept !== null && focus.has(x.concept));
  });
}

const PREPOSITIONS = new Set(['from', 'in', 'at', 'by', 'with', 'to', 'for', 'on', 'into', 'onto', 'under', 'over', 'through', 'within', 'inside', 'outside', 'near', 'about', 'against', 'across', 'among', 'between', 'via', 'of']);

/**
 * 'bought chips from the distribution channel, not from Intel' denies the
 * relation the preposition names, not Intel: the positive side must put the
 * same preposition before the thing ('bought direct from Intel'), else it
 * speaks of Intel in another role ('servers using Intel processors').
 */
function samePreposition(a: ClaimSide, negation: Negation, b: ClaimSide): boolean {
  if (negation.kind !== 'verb') return true;
  // After 'refused to' or 'no need to' comes the verb denied, not a preposition.
  const after = negation.at + (/ to$/.test(negation.cue) ? negation.cue.split(' ').length : 1);
  const preposition = a.words[after]?.token.normal ?? '';
  if (!PREPOSITIONS.has(preposition)) return true;
  const focus = negation.focus[0]?.concept;
  if (!focus) return false;
  for (let i = indexOfMeaning(a, focus, b); i >= 0; i = indexOfMeaning(a, focus, b, i + 1)) {
    if (b.words.slice(Math.max(0, i - 3), i).some((x) => x.token.normal === preposition)) return true;
  }
  return false;
}

/** 'Another anticipated ruling has not been announced': a negated clause about another one of a kind says nothing of the one the other side reports. */
function anotherOne(a: ClaimSide, negation: Negation): boolean {
  return negation.kind === 'verb' && a.words.slice(0, negation.at).some((w) => /^(?:another|other)$/.test(w.token.normal));
}

/**
 * 'No other vehicle was involved' against 'the car struck a parked van': an
 * involvement denied of a kind of thing, and asserted of things of that kind
 * (WordNet's hypernyms: a van is a vehicle). With 'other' the denial spares
 * the one the story is about, so the other side must name two of the kind.
 */
function involvementAsserted(a: ClaimSide, negation: Negation, b: ClaimSide): boolean {
  if (negation.kind !== 'quantifier' || negation.focus.length !== 2 || stem(negation.focus[1].token.normal) !== 'involv') return false;
  const thing = negation.focus[0];
  const kind = lemmasOf(thing.token.normal, 'n')[0];
  if (!kind || b.terms.has(negation.focus[1].concept!)) return false;
  const other = a.words.slice(negation.at, a.words.indexOf(thing)).some((w) => /^(?:other|else|further)$/.test(w.token.normal));
  return ofKind(b, kind).size >= (other ? 2 : 1);
}

/** The nouns of a side that are the kind or a kind of it, by lemma. */
function ofKind(side: ClaimSide, kind: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const w of side.words) {
    if (w.token.kind !== 'word' || w.name || !w.concept) continue;
    const lemma = lemmasOf(w.token.normal, 'n')[0];
    if (lemma && !found.has(lemma) && (lemma === kind || isKindOf(lemma, kind))) found.set(lemma, w.token.text);
  }
  return found;
}

function involvementText(b: ClaimSide, negation: Negation): string {
  const kind = lemmasOf(negation.focus[0].token.normal, 'n')[0];
  const last = [...ofKind(b, kind).values()].pop();
  const at = b.words.findIndex((w) => w.token.text === last);
  if (at < 0) return gist(b);
  // The thing with the few words before it in its clause ('struck a parked van').
  let from = at;
  while (from > 0 && at - from < 3 && b.words[from - 1].token.kind === 'word') from--;
  return b.article.text.slice(b.words[from].token.start, b.words[at].token.end).replace(/\s+/g, ' ');
}

/** Words that count a part of a group ('one bomb did not explode', 'several flights were not cancelled'). */
const PART = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|some|several|a few|few|many|most|half)$/;

/**
 * Whether a negated verb's subject is counted: 'one bomb, which did not
 * explode' agrees with 'four of five exploded'. The subject is read back to
 * clause punctuation, past a relative pronoun to the noun it stands for; a
 * count inside a relative clause before the verb ('X, which runs four
 * hospitals, refused to pay') is not the subject's.
 */
function partOfCount(a: ClaimSide, negation: Negation): boolean {
  if (negation.kind !== 'verb') return false;
  // The clause's segments between punctuation, nearest the verb first.
  const segments: Array<typeof a.words> = [[]];
  for (let i = negation.at - 1; i >= 0; i--) {
    if (a.words[i].token.kind === 'punct') segments.push([]);
    else segments[segments.length - 1].unshift(a.words[i]);
  }
  const relative = (segment: typeof a.words | undefined) => RELATIVE.test(segment?.[0]?.token.normal ?? '');
  let k = 0;
  if (segments[0].every((w) => AUXILIARY.test(w.token.normal) || /^(?:but|and|yet)$/.test(w.token.normal))) {
    // '…, but did not explode' as a clause of its own: its subject ends the clause before it in the sentence.
    if (segments.length === 1) return previousClauseCounts(a);
    if (!relative(segments[1])) return hasCount(segments[1]);
    k = 2;
  } else if (relative(segments[0])) k = 1;
  return hasCount(segments[k]);
}

/** Whether the words before the claim in its sentence, back to clause punctuation, hold a count ('one landed on a market, but …'). */
function previousClauseCounts(a: ClaimSide): boolean {
  const tokens = a.article.sentences[a.claim.sentence].tokens;
  let i = a.claim.tokenRange[0] - 1;
  while (i >= 0 && tokens[i].kind === 'punct') i--;
  for (; i >= 0 && tokens[i].kind !== 'punct'; i--) if (tokens[i].kind === 'number' || PART.test(tokens[i].normal)) return true;
  return false;
}

function hasCount(words: ClaimSide['words'] | undefined): boolean {
  return (words ?? []).some((w) => w.token.kind === 'number' || PART.test(w.token.normal));
}

/** 'out of timeouts', 'ran out of money': the positive side states the same absence as 'no timeouts'. */
function outOf(negation: Negation, b: ClaimSide): boolean {
  if (negation.kind !== 'quantifier' && negation.kind !== 'without') return false;
  const focus = new Set(negation.focus.map((w) => w.concept));
  return b.words.some((w, i) => w.token.normal === 'out' && b.words[i + 1]?.token.normal === 'of' && b.words.slice(i + 2, i + 5).some((x) => x.concept !== null && focus.has(x.concept)));
}

/** Index in `b` of the first word carrying a concept the negation denies, or one that means the same. */
function firstFocusIn(a: ClaimSide, b: ClaimSide, negation: Negation): number {
  const found = negation.focus.map((w) => indexOfMeaning(a, w.concept!, b)).filter((i) => i >= 0);
  return found.length > 0 ? Math.min(...found) : -1;
}

/**
 * Words that put what follows at a distance: the speaker reports others'
 * talk, promise or boast, not a fact ('They talk about care closer to home,
 * then …', 'ministers promised a new bridge', 'allegations that he fled'). What they introduce is not
 * asserted by the clause, so it contradicts nothing.
 */
const DISTANCING = /^(?:talk|talks|talked|talking|promise|promises|promised|promising|pledge|pledges|pledged|vow|vows|vowed|boast|boasts|boasted|pretend|pretends|pretended|supposedly|so-called|allegedly|allegation|allegations|accusation|accusations|rumour|rumours|rumor|rumors)$/;
/** Someone other than the speaker, as the subject of a reporting verb in a source's words ('they say …'). */
const OTHERS = /^(?:they|people|some|others|everyone|critics|officials|ministers|bosses)$/;
const REPORTING = /^(?:say|says|said|claim|claims|claimed|insist|insists|insisted|tell|tells|told)$/;

/**
 * Whether the word at `at` is inside talk the clause only reports: after a
 * distancing word earlier in its clause, or, in a quotation, after 'they
 * say / they claim' (the speaker quoting what others say, usually to dispute it).
 */
function notAsserted(side: ClaimSide, at: number): boolean {
  if (at < 0) return false;
  if (infinitiveNotDone(side, at)) return true;
  for (let i = at - 1; i >= 0 && at - i <= 12; i--) {
    const w = side.words[i].token;
    if (w.kind === 'punct' && /^[;:—–.!?]$/.test(w.text)) break;
    if (DISTANCING.test(w.normal)) return true;
    // 'declined to say whether the church had received threats': an open question asserts neither answer.
    if (w.normal === 'whether') return true;
    if (side.quoted && REPORTING.test(w.normal) && OTHERS.test(side.words[i - 1]?.token.normal ?? '')) return true;
  }
  return false;
}

const IMPLICATIVE_VERBS = new Set(implicatives.verbs);
/** Words that open a verb's object or complement ('to stop him', 'to determine the cause', 'to see whether'). */
const OBJECT_START = /^(?:the|a|an|his|her|their|its|our|my|your|him|them|it|us|me|whether|if|what|who|how|why|where|when|that|this|these|those|any|some)$/;
const IMPLICATIVE_ADJECTIVES = new Set(implicatives.adjectives);

/**
 * Whether the word at `at` is an infinitive of purpose, attempt or plan
 * ('visited the scene to help determine the cause', 'tried to stop him'):
 * only after a verb that implies it happened ('managed to', 'was forced to',
 * positive-implicatives.json) does an infinitive assert the act.
 */
function infinitiveNotDone(side: ClaimSide, at: number): boolean {
  let to = at - 1;
  if (side.words[to]?.token.normal === 'help') to--;
  if (side.words[to]?.token.normal !== 'to') return false;
  // 'sent to jail', 'taken to hospital': 'to' before a noun is a preposition. A word that can be both is a verb only before its object.
  const word = side.words[at].token.normal;
  if (lemmasOf(word, 'v').length === 0) return false;
  if (lemmasOf(word, 'n').length > 0 && !OBJECT_START.test(side.words[at + 1]?.token.normal ?? '')) return false;
  const before = side.words[to - 1]?.token.normal ?? '';
  // 'went on to win': the particle belongs to the verb before it.
  const verb = before === 'on' ? side.words[to - 2]?.token.normal ?? '' : before;
  if (lemmasOf(verb, 'v').some((l) => IMPLICATIVE_VERBS.has(l)) || IMPLICATIVE_ADJECTIVES.has(verb)) return false;
  return true;
}

/**
 * Decisions a party announces for itself: 'will appeal', 'will not pursue an
 * appeal', 'intends to contest the result'. Such a 'will' is a firm statement
 * of intent, not a prediction, and the opposite intent in another article is
 * a conflict.
 */
const DECISIONS = new Set([
  'appeal', 'pursue', 'seek', 'lodge', 'challenge', 'contest', 'resign', 'sue', 'prosecute', 'comply', 'accept',
  'refund', 'compensate', 'fight', 'stand', 'reopen', 'return', 'apologise', 'apologize',
]);
const INTENT = /^(?:will|would|intends|plans)$/;

/** Whether the side's only hedge is an announced decision ('will not pursue an appeal', 'intends to appeal'). */
function statedIntent(side: ClaimSide): boolean {
  const hedge = side.claim.hedge?.toLowerCase() ?? '';
  if (!INTENT.test(hedge)) return false;
  const at = side.words.findIndex((w) => w.token.normal === hedge);
  if (at < 0) return false;
  let next = at + 1;
  while (/^(?:not|to|also|now|still|formally)$/.test(side.words[next]?.token.normal ?? '')) next++;
  if (!DECISIONS.has(side.words[next]?.token.normal ?? '')) return false;
  // Any other hedge in the clause ('would probably appeal', 'may decide to') keeps it a hedge.
  return !side.words.some((w, i) => i !== at && /^(?:may|might|could|possibly|probably|likely|perhaps|if|whether|unless)$/.test(w.token.normal));
}

/** Words that end a subject read backwards from its verb: clause punctuation, conjunctions, reporting words. */
const SUBJECT_BOUNDARY = /^(?:[,;:—–(]|and|but|or|that|which|who|whom|while|when|as|because|if|said|says|say|told|according)$/;
const AUXILIARY = /^(?:is|are|was|were|be|been|being|has|have|had|will|would|could|can|should|may|might|must|did|does|do|already|also|still)$/;

const RELATIVE = /^(?:that|which|who)$/;
const SUBJECT_PRONOUN = /^(?:he|she|they|we|i|it|you|this|that)$/;

/**
 * The concepts of the words before word `at`, back to the start of its clause
 * (its subject, roughly). In a relative clause whose pronoun is the subject
 * ('furnaces that do not use coal') the subject is the noun phrase the pronoun
 * stands for: the content words right before it.
 */
function subjectBefore(side: ClaimSide, at: number): Set<string> {
  const subject = new Set<string>();
  let i = at - 1;
  while (i >= 0 && AUXILIARY.test(side.words[i].token.normal)) i--;
  if (i >= 1 && RELATIVE.test(side.words[i].token.normal)) {
    // After a reporting verb ('said that …') the 'that' opens reported speech, not a relative clause.
    for (let j = i - 1; j >= 0 && i - j <= 4; j--) {
      const w = side.words[j];
      if (!w.concept || w.token.kind !== 'word' || w.concept === 'say') break;
      subject.add(w.concept);
    }
    return subject;
  }
  for (; i >= 0 && at - i <= 8; i--) {
    const w = side.words[i];
    // A subject pronoun is the whole subject: what comes before it ('For the second week in a row he …') is an adverbial.
    if (SUBJECT_BOUNDARY.test(w.token.normal) || w.concept === 'say' || (SUBJECT_PRONOUN.test(w.token.normal) && subject.size === 0)) break;
    if (w.concept && w.token.kind === 'word') subject.add(w.concept);
  }
  return subject;
}

/**
 * 'Air traffic control was not affected' against '30,000 travelers were
 * affected': one predicate denied of one subject and asserted of another. The
 * subjects are compared where both are spelled out; they agree when either
 * side's subject is mentioned anywhere in the other claim (a passive, a
 * paraphrase), and an unstated subject (a pronoun) never rules a pair out,
 * unless one stands for a person and the other for a thing.
 */
function differentSubjects(a: ClaimSide, negation: Negation, b: ClaimSide): boolean {
  const subjectA = subjectBefore(a, negation.at);
  const at = indexOfMeaning(a, negation.focus[0].concept!, b);
  if (at < 0) return false;
  const subjectB = subjectBefore(b, at);
  // A person and a thing ('he did not turn the ball over' / 'That turned the ball over') are two subjects, whatever they stand for.
  const personal = (side: ClaimSide, verb: number) => {
    const pronoun = pronounSubject(side, verb);
    return pronoun === undefined ? undefined : !/^(?:it|this|that)$/.test(pronoun);
  };
  const pa = personal(a, negation.at);
  const pb = personal(b, at);
  if (pa !== undefined && pb !== undefined && pa !== pb) return true;
  if (subjectA.size === 0 || subjectB.size === 0) return false;
  if ([...subjectA].some((c) => sharesMeaning(a, c, b)) || [...subjectB].some((c) => sharesMeaning(b, c, a))) return false;
  return true;
}

/** The bare subject pronoun right before the verb at `at` (past auxiliaries and 'not'), lower case, if that is the subject. */
function pronounSubject(side: ClaimSide, at: number): string | undefined {
  let i = at - 1;
  while (i >= 0 && (AUXILIARY.test(side.words[i].token.normal) || /^(?:not|never|n't)$/.test(side.words[i].token.normal))) i--;
  const w = side.words[i]?.token.normal;
  return w !== undefined && SUBJECT_PRONOUN.test(w) ? w : undefined;
}

/**
 * 'No deaths have been linked to the storm' against 'A man died after a tree
 * fell on his car': a bare casualty noun under 'no' speaks for the whole story,
 * so a death or injury in the other article contradicts it, unless the two
 * clauses put it in different named places.
 */
function storyWideCasualty(a: ClaimSide, negation: Negation, b: ClaimSide): boolean {
  if (negation.kind !== 'quantifier' || negation.focus.length !== 1 || !CASUALTIES.has(negation.focus[0].concept!)) return false;
  const pa = a.claim.places;
  const pb = b.claim.places;
  return !(pa.length > 0 && pb.length > 0 && !pa.some((p) => pb.includes(p)));
}

/**
 * Whether the positive side asserts what the negation denies: every focus
 * concept is in it. A single-word focus (a bare 'no casualties') must be backed
 * by a second shared concept, checked by the caller.
 */
function covers(a: ClaimSide, negation: Negation, b: ClaimSide): boolean {
  const focus = negation.focus.map((w) => w.concept!);
  // A denied common noun is not met by a name that spells it ('without their knowledge' / 'Aggregate Knowledge').
  const named = new Set(b.words.filter((w) => w.name && w.concept).map((w) => w.concept!));
  const common = new Set(b.words.filter((w) => !w.name && w.concept).map((w) => w.concept!));
  if (negation.focus.some((w) => !w.name && named.has(w.concept!) && !common.has(w.concept!))) return false;
  // The other side may assert it in other words: a synonym or a derivation WordNet gives ('needed treatment' / 'were treated').
  const asserted = (c: string) => {
    if (!negation.act) return b.terms.has(c) || indexOfMeaning(a, c, b) >= 0;
    // An act denied by its noun is contradicted by the act done ('arrested two men', 'two arrests'), not by the noun named ('announced the decision').
    for (let i = indexOfMeaning(a, c, b); i >= 0; i = indexOfMeaning(a, c, b, i + 1)) {
      if (isPastForm(b.words[i].token.normal) || b.words[i - 1]?.token.kind === 'number' || PART.test(b.words[i - 1]?.token.normal ?? '')) return true;
    }
    return false;
  };
  if (negation.kind === 'denial') {
    // What is denied is a clause; its content words, not all of them, carry it ('the sprinklers had been disabled').
    const found = focus.filter(asserted);
    return found.length >= 2 && found.length >= focus.length - 1;
  }
  return focus.length > 0 && focus.every(asserted);
}

function negationText(a: ClaimSide, negation: Negation): string {
  const last = negation.focus[negation.focus.length - 1];
  const to = a.words.indexOf(last);
  if (to < negation.at) {
    // The subject denied ('demolition was not being considered'): from it to the end of its clause.
    let end = negation.at;
    while (end + 1 < a.words.length && !(a.words[end + 1].token.kind === 'punct' && /^[,;:—–.!?]$/.test(a.words[end + 1].token.text))) end++;
    return a.article.text.slice(a.words[to].token.start, a.words[end].token.end).replace(/\s+/g, ' ');
  }
  return a.article.text.slice(a.words[negation.at].token.start, a.words[to].token.end).replace(/\s+/g, ' ');
}

/** The positive side's words for the negated concepts, from the first to the last. */
function focusTextIn(a: ClaimSide, b: ClaimSide, negation: Negation): string {
  const at = new Set(negation.focus.map((w) => indexOfMeaning(a, w.concept!, b)).filter((i) => i >= 0));
  const hits = b.words.filter((_, i) => at.has(i));
  if (hits.length === 0) return gist(b);
  // Back to the clause's start when it is near, so that the count is in the phrase ('two men were arrested', not 'arrested').
  let first = b.words.indexOf(hits[0]);
  const from = first;
  while (first > 0 && from - first < 4 && b.words[first - 1].token.kind !== 'punct') first--;
  if (first > 0 && b.words[first - 1].token.kind !== 'punct') first = from;
  return b.article.text.slice(b.words[first].token.start, hits[hits.length - 1].token.end).replace(/\s+/g, ' ');
}
