import { isPastForm } from './lemma';
import { eventVerbOf, lemmasOf } from '../lexicon/wordnet';
import { isNegativeImplicative, isNegativeImplicativePhrase } from '../lexicon/negativeImplicatives';
import { perWords } from './memo';
import type { ClaimWord } from './terms';

/**
 * Negation and its scope. compromise's `isNegative` misses 'there were no
 * casualties', 'no longer', 'No one was injured' and 'denied', so negation is
 * read here from a lexicon of cues, each with the words it negates (its focus):
 *
 * - a negative quantifier ('No firefighters were hurt', 'nobody', 'none of'):
 *   the noun and the predicate after it;
 * - a negated verb ('have not disclosed', 'never', 'didn't', 'no longer'): the
 *   words after it; a negative-implicative verb ('refused to pay', 'failed to
 *   stop'): the verb after 'to' and its object;
 * - 'without', 'lack of', 'absence of': the noun after it;
 * - a denial ('denied that …', 'ruled out …', 'no truth in the suggestion
 *   that …'): the content of what is denied.
 *
 * 'could not be ruled out' asserts a possibility; it is not a negation.
 */
export type NegationKind = 'quantifier' | 'verb' | 'without' | 'denial';

export interface Negation {
  kind: NegationKind;
  /** Index in the claim's words of the cue's first word. */
  at: number;
  /** The cue as written ('No', 'denied', 'no truth in the suggestion that'). */
  cue: string;
  /** The content words it negates. */
  focus: ClaimWord[];
  /** Set when what is denied is an act named by its noun ('no arrests were made'): only the act done contradicts it, not the noun mentioned. */
  act?: boolean;
}

const QUANTIFIERS = new Set(['no', 'nobody', 'none', 'nothing', 'neither', 'nor', 'noone']);
const NEGATORS = new Set(['not', 'never', 'cannot']);
const DENIALS = new Set(['deny', 'denied', 'denies', 'denying', 'refuted', 'refutes', 'refute']);
const NO_NEED = new Set(['need', 'reason', 'requirement', 'call']);
const NO_TRACE = new Set(['trace', 'traces', 'sign', 'signs']);
const NO_BASIS = new Set(['truth', 'basis', 'evidence', 'foundation']);
const DISMISSED_THINGS = new Set(['claim', 'claims', 'suggestion', 'suggestions', 'report', 'reports', 'allegation', 'allegations', 'speculation']);
/**
 * Verbs that, negated, withhold information rather than deny a fact: 'police
 * did not name the victim', 'the company would not comment', 'authorities
 * have not disclosed the origin'. Such a clause asserts nothing to contradict.
 */
const WITHHOLDING = new Set([
  'say', 'said', 'comment', 'commented', 'disclose', 'disclosed', 'confirm', 'confirmed', 'reveal', 'revealed',
  'specify', 'specified', 'elaborate', 'respond', 'responded', 'name', 'named', 'identify', 'identified',
  'know', 'known', 'explain', 'explained', 'release', 'released', 'return', 'returned', 'answer', 'clear', 'immediately',
]);

/** Casualty concepts (lemma.ts): a story has one toll, so a denied casualty is story-wide. */
export const CASUALTIES: ReadonlySet<string> = new Set(['die', 'injure']);

/** Adjectives that deny an injury; lemma.ts gives them the injury concept, so the rule finds injuries they deny. */
const UNHARMED = new Set(['unhurt', 'unharmed', 'uninjured', 'unscathed']);

/** Troubles whose absence ('without problems') describes a smooth outcome. */
const SMOOTH = new Set(['problem', 'problems', 'incident', 'hitch', 'difficulty', 'difficulties', 'issue', 'issues', 'fault', 'faults', 'interruption', 'trouble']);

/** Light verbs between 'without' and what it negates ('without causing casualties'). */
const LIGHT = new Set(['causing', 'making', 'having', 'suffering', 'reporting', 'recording', 'sustaining', 'leaving', 'any']);

const FOCUS_WORDS = 2;
const DENIAL_FOCUS_WORDS = 6;

/** The negations in a claim's words, in order. */
export const findNegations = perWords(findNegationsIn);

function findNegationsIn(words: readonly ClaimWord[]): Negation[] {
  const found: Negation[] = [];
  const n = (i: number) => words[i]?.token.normal ?? '';
  for (let i = 0; i < words.length; i++) {
    const w = n(i);
    // 'could not be ruled out' / 'cannot be excluded': a possibility kept open, not a negation.
    if ((w === 'not' || w === 'cannot' || /n't$/.test(w)) && /^(?:(?:be|been|being) )?(?:ruled out|rule out|excluded|exclude|discounted|discount)\b/.test(`${n(i + 1)} ${n(i + 2)} ${n(i + 3)}`)) {
      i += 3;
      continue;
    }
    if (w === 'ruled' || w === 'rule' || w === 'rules') {
      // 'declined to rule out', 'too early to rule out', 'unable to rule out': the possibility is kept open.
      if (n(i + 1) === 'out' && n(i - 1) === 'to' && (isNegativeImplicative(n(i - 2)) || n(i - 3) === 'too' || /^(?:unable|premature)$/.test(n(i - 2)))) {
        i++;
        continue;
      }
      if (n(i + 1) === 'out' && !/^(?:be|been|being)$/.test(n(i - 1))) {
        found.push({ kind: 'denial', at: i, cue: 'ruled out', focus: focusAfter(words, i + 2, DENIAL_FOCUS_WORDS) });
        i++;
      } else if (n(i + 1) === 'out') {
        // 'foul play has been ruled out': the passive denies its subject.
        const focus = words.slice(Math.max(0, i - 8), i).filter((x) => x.concept && x.token.kind === 'word' && !/^(?:has|have|had|been|be|being|was|is)$/.test(x.token.normal));
        found.push({ kind: 'denial', at: i, cue: 'ruled out', focus: focus.slice(-DENIAL_FOCUS_WORDS) });
        i++;
      }
      continue;
    }
    if (DENIALS.has(w)) {
      found.push({ kind: 'denial', at: i, cue: words[i].token.text, focus: focusAfter(words, i + 1, DENIAL_FOCUS_WORDS) });
      continue;
    }
    if (/^(?:dismissed|rejected|dismisses|rejects)$/.test(w) && clauseThatFollows(words, i)) {
      const that = clauseThatFollows(words, i)!;
      found.push({ kind: 'denial', at: i, cue: words[i].token.text, focus: focusAfter(words, that + 1, DENIAL_FOCUS_WORDS) });
      i = that;
      continue;
    }
    if (w === 'no' && NO_BASIS.has(n(i + 1))) {
      const that = words.findIndex((x, j) => j > i && x.token.normal === 'that');
      if (that > 0) {
        found.push({ kind: 'denial', at: i, cue: words.slice(i, that + 1).map((x) => x.token.text).join(' '), focus: focusAfter(words, that + 1, DENIAL_FOCUS_WORDS) });
        i = that;
        continue;
      }
    }
    // 'there was no need to close the road': the act did not happen; 'no trace/sign of the bacteria': the thing was not found.
    if (w === 'no' && NO_NEED.has(n(i + 1)) && n(i + 2) === 'to') {
      found.push({ kind: 'verb', at: i, cue: `no ${n(i + 1)} to`, focus: focusAfter(words, i + 3, FOCUS_WORDS) });
      i += 2;
      continue;
    }
    if (w === 'no' && NO_TRACE.has(n(i + 1)) && n(i + 2) === 'of') {
      // The finding verb ('tests found no trace of X') is part of what is denied: X being found, not X at all.
      const verb = words.slice(Math.max(0, i - 3), i).reverse().find((x) => x.concept && x.token.kind === 'word' && isPastForm(x.token.text));
      const thing = focusAfter(words, i + 3, 1);
      found.push({ kind: 'quantifier', at: i, cue: `no ${n(i + 1)} of`, focus: verb && thing.length > 0 ? [verb, ...thing] : [] });
      i += 2;
      continue;
    }
    if (w === 'no' && (n(i + 1) === 'one' || n(i + 1) === 'longer')) {
      const kind = n(i + 1) === 'one' ? 'quantifier' : 'verb';
      found.push({ kind, at: i, cue: `no ${n(i + 1)}`, focus: objectOfLightVerb(words, i + 2) ?? focusAfter(words, i + 2, FOCUS_WORDS) });
      i++;
      continue;
    }
    // 'The driver was unhurt': the injury denied, unless the clause also reports one ('two were hurt but the driver was unharmed').
    if (UNHARMED.has(w)) {
      if (!words.some((x, j) => j !== i && x.concept === words[i].concept)) found.push({ kind: 'quantifier', at: i, cue: words[i].token.text, focus: [words[i]] });
      continue;
    }
    // 'none other than Matt Smith': emphasis, not a denial.
    if (w === 'none' && n(i + 1) === 'other' && n(i + 2) === 'than') {
      i += 2;
      continue;
    }
    // 'nothing but a click', 'none more so than …', 'no more than five': a thing singled out or a bound, not a denial.
    if (QUANTIFIERS.has(w) && (EXCEPTIVE.test(n(i + 1)) || (COMPARATIVE.test(n(i + 1)) && (w !== 'no' || n(i + 2) === 'than')))) {
      i++;
      continue;
    }
    if (QUANTIFIERS.has(w)) {
      const focus = (/^(?:nobody|noone|none)$/.test(w) ? objectOfLightVerb(words, i + 1) ?? partitiveObject(words, i + 1) : undefined)
        ?? (w === 'no' ? madeAct(words, i + 1) ?? groupAndObject(words, i + 1) : undefined)
        ?? focusAfter(words, i + 1, FOCUS_WORDS);
      // 'No deaths have been linked to the storm', 'no injuries were reported': the casualty noun is what is denied; the verb after it only reports.
      if (focus[0] && CASUALTIES.has(focus[0].concept!) && words[i + 1] === focus[0]) focus.splice(1);
      const alternatives = disjunctsAfter(words, i + 1);
      if (alternatives) {
        for (const focusOfOne of alternatives) found.push({ kind: 'quantifier', at: i, cue: words[i].token.text, focus: focusOfOne });
        continue;
      }
      found.push({ kind: 'quantifier', at: i, cue: words[i].token.text, focus, act: w === 'no' && focus.length === 1 && focus[0] === madeAct(words, i + 1)?.[0] });
      continue;
    }
    // 'refused to pay', 'failed to stop the train': the verb after 'to' did not happen (a withheld comment asserts nothing).
    if (n(i + 1) === 'to' && words[i + 2]?.token.kind === 'word' && lemmasOf(n(i + 2), 'v').length > 0 && isNegativeImplicative(w)) {
      // 'declined to rule out a sale': not a refusal of the sale but a possibility kept open (read at 'rule' above).
      if (/^rul(?:e|ed|es)$/.test(n(i + 2)) && n(i + 3) === 'out') continue;
      if (!WITHHOLDING.has(n(i + 2))) found.push({ kind: 'verb', at: i, cue: `${words[i].token.text} to`, focus: focusAfter(words, i + 2, FOCUS_WORDS) });
      i++;
      continue;
    }
    if (NEGATORS.has(w) || /n't$/.test(w)) {
      // 'not only IE 7', 'not just a party girl': additive, what follows is asserted; 'never before in NBA history': a record, not a denial.
      if (ADDITIVE.has(n(i + 1)) || (w === 'never' && n(i + 1) === 'before')) continue;
      // 'there isn't much Intel can do', 'not all of them': a degree, not a denial; 'more often than not', 'whether or not': idioms.
      if (DEGREE.has(n(i + 1)) || /^(?:than|or)$/.test(n(i - 1))) continue;
      // 'should never fight again', 'must not be used': advice or a rule, not a fact.
      if (DEONTIC.test(n(i - 1)) || DEONTIC_NEGATED.test(w)) continue;
      // 'did not take the lead until the last minute': when the act happened, which the clause asserts.
      if (untilInClause(words, i + 1)) continue;
      // 'didn't have to kill him', 'need not close': a necessity denied, not the act.
      if (NECESSITY.test(`${n(i + 1)} ${n(i + 2)}`)) continue;
      // 'pleaded not guilty': a defendant's plea, a position at one stage of a trial, not a finding against a later verdict.
      if (/^plead(?:s|ed|ing)?$|^pled$/.test(n(i - 1))) continue;
      // 'Did Not Practice:' — a capital mid-sentence is a label in a listing, not prose.
      if (i > 0 && /^\p{Lu}/u.test(words[i].token.text) && words[i - 1].token.kind === 'word' && /^\p{Lu}/u.test(words[i - 1].token.text)) continue;
      // 'It was not long before …', 'not long after': a span of time, not a denial.
      if (n(i + 1) === 'long' && /^(?:before|after|ago|afterwards|afterward|$)/.test(n(i + 2))) continue;
      // 'This wasn't Carlesimo', 'It was not long': a copula whose subject is a bare pronoun denies something the clause never names.
      if (pronounCopula(words, i)) continue;
      let next = i + 1;
      while (/^(?:be|been|yet|have|has|immediately|publicly|officially)$/.test(n(next))) next++;
      if (WITHHOLDING.has(n(next))) continue;
      // 'demolition was not being considered', 'a closure is not planned': what is denied is the subject, the plan.
      const planned = n(next) === 'being' ? next + 1 : next;
      if (PLANNING.has(n(planned)) && nextIsClauseEnd(words, planned + 1)) {
        const subject = subjectNoun(words, i);
        if (subject) {
          found.push({ kind: 'verb', at: i, cue: words[i].token.text, focus: [subject] });
          continue;
        }
      }
      found.push({ kind: 'verb', at: i, cue: words[i].token.text, focus: focusAfter(words, i + 1, FOCUS_WORDS) });
      continue;
    }
    if (w === 'without' || ((w === 'lack' || w === 'absence') && n(i + 1) === 'of')) {
      // 'barely a week goes by without a protest', 'never without a fight': two negatives assert the habit.
      if (negativeEarlierInClause(words, i)) continue;
      let from = w === 'without' ? i + 1 : i + 2;
      while (LIGHT.has(n(from))) from++;
      // 'ran without problems', 'passed without incident': a smooth outcome, not the absence of the event.
      if (SMOOTH.has(n(from)) || (n(from) === 'a' && SMOOTH.has(n(from + 1)))) continue;
      found.push({ kind: 'without', at: i, cue: words[i].token.text, focus: focusAfter(words, from, 1) });
    }
  }
  return found.filter((neg) => neg.focus.length > 0);
}

/** After a negative quantifier, words that single a thing out ('nothing but', 'none except') rather than deny it. */
const EXCEPTIVE = /^(?:but|except|besides|save)$/;
/** After a negative quantifier, a comparison ('none more so', 'no fewer than'): a degree or a bound, not a denial. */
const COMPARATIVE = /^(?:more|less|fewer|better|worse|greater|bigger|larger)$/;
/** Modal verbs of advice or obligation: what they negate is what ought not to be, not what was not. */
const DEONTIC = /^(?:should|ought|must|shall)$/;
const DEONTIC_NEGATED = /^(?:shouldn't|mustn't|shan't)$/;
/** Words that make a clause negative or nearly so, before a second negative that then cancels it. */
const DOWNWARD_OR_NEGATIVE = /^(?:not|never|no|barely|hardly|scarcely|seldom|rarely|cannot)$|n't$/;

/** Whether 'until' or 'till' follows in the clause of the negator (before clause punctuation). */
function untilInClause(words: readonly ClaimWord[], from: number): boolean {
  return inClause(words, from, 1, (w) => w === 'until' || w === 'till');
}

/** Whether a negative or downward word comes earlier in the clause of word `at` (back to clause punctuation). */
function negativeEarlierInClause(words: readonly ClaimWord[], at: number): boolean {
  return inClause(words, at - 1, -1, (w) => DOWNWARD_OR_NEGATIVE.test(w));
}

/** Whether a word from `from`, walking by `step` up to the clause's punctuation, passes `test`. */
function inClause(words: readonly ClaimWord[], from: number, step: 1 | -1, test: (normal: string) => boolean): boolean {
  for (let j = from; j >= 0 && j < words.length; j += step) {
    if (isClausePunct(words[j])) return false;
    if (test(words[j].token.normal)) return true;
  }
  return false;
}

/** Punctuation that closes a clause: a comma, semicolon, colon, dash or a sentence's stop. */
function isClausePunct(w: ClaimWord): boolean {
  return w.token.kind === 'punct' && /^[,;:—–.!?]$/.test(w.token.text);
}

const BARE_PRONOUNS = new Set(['it', 'this', 'that', 'these', 'those']);
const COPULAS = new Set(['is', 'was', 'are', 'were']);

/** Whether the negator at `at` follows 'It/This was' opening the clause (after an optional 'but' or 'and'). */
function pronounCopula(words: readonly ClaimWord[], at: number): boolean {
  let i = 0;
  while (words[i] && (words[i].token.kind === 'punct' || /^(?:but|and|yet|so)$/.test(words[i].token.normal))) i++;
  if (/^(?:it|that)'s$/.test(words[i]?.token.normal ?? '')) return at === i + 1;
  if (!BARE_PRONOUNS.has(words[i]?.token.normal ?? '')) return false;
  const copula = words[i + 1]?.token.normal ?? '';
  if (at === i + 1) return /^(?:wasn't|isn't|weren't|aren't)$/.test(copula);
  return at === i + 2 && COPULAS.has(copula);
}

/** Verbs that only carry their object: 'needed treatment' is about treatment, 'suffered injuries' about injuries. */
const LIGHT_VERBS = /^(?:need|needs|needed|require|requires|required|receive|receives|received|suffer|suffers|suffered|sustain|sustained|get|got|had|has|have|was|were|is|are)$/;

/**
 * 'No one needed medical treatment', 'nobody suffered serious injuries': after
 * a light verb the denied thing is the head noun of its object (the last
 * content word before a preposition or clause punctuation), not the verb or
 * the adjective.
 */
function objectOfLightVerb(words: readonly ClaimWord[], from: number): ClaimWord[] | undefined {
  let j = from;
  while (/^(?:has|have|had|been|was|were)$/.test(words[j]?.token.normal ?? '') && LIGHT_VERBS.test(words[j + 1]?.token.normal ?? '')) j++;
  if (!LIGHT_VERBS.test(words[j]?.token.normal ?? '') || /^(?:was|were|is|are)$/.test(words[j].token.normal)) return undefined;
  let head: ClaimWord | undefined;
  for (let k = j + 1; k < words.length && k - j <= 4; k++) {
    const w = words[k];
    if (w.token.kind === 'punct' || /^(?:in|at|on|for|from|by|with|after|before|during|when|as)$/.test(w.token.normal)) break;
    if (w.concept && w.token.kind === 'word') head = w;
  }
  return head ? [head] : undefined;
}

/**
 * 'None of the passengers needed hospital treatment': after a partitive 'of
 * the …' group, a light verb's object is what is denied, with the group ('the
 * passengers' and 'treatment': four passengers treated contradicts it).
 */
function partitiveObject(words: readonly ClaimWord[], from: number): ClaimWord[] | undefined {
  if (words[from]?.token.normal !== 'of') return undefined;
  let k = from + 1;
  let group: ClaimWord | undefined;
  for (; k < words.length && k - from <= 4; k++) {
    const w = words[k];
    if (w.token.kind !== 'word' || LIGHT_VERBS.test(w.token.normal)) break;
    if (w.concept) group = w;
  }
  const object = objectOfLightVerb(words, k);
  return group && object ? [group, ...object] : undefined;
}

/**
 * 'No guests needed medical treatment': a group under 'no' before a light
 * verb is denied the verb's object, as after 'no one' (four guests treated
 * contradicts it).
 */
function groupAndObject(words: readonly ClaimWord[], from: number): ClaimWord[] | undefined {
  const group = words[from];
  if (!group?.concept || group.token.kind !== 'word' || group.name) return undefined;
  const object = objectOfLightVerb(words, from + 1);
  return object ? [group, ...object] : undefined;
}

/** Verbs that only record that an act took place: 'no arrests were made', 'no complaint was filed'. */
const RECORDING = /^(?:made|reported|recorded|filed|lodged|logged|carried|issued|brought|registered)$/;

/**
 * 'No arrests have been made': a noun naming an act (a verb itself, or one
 * WordNet derives a verb from) with a verb that only records it denies the act itself, so 'police
 * arrested two men' contradicts it whatever verb records it.
 */
function madeAct(words: readonly ClaimWord[], from: number): ClaimWord[] | undefined {
  const act = words[from];
  if (!act?.concept || act.token.kind !== 'word' || act.name || (lemmasOf(act.token.normal, 'v').length === 0 && !eventVerbOf(act.token.normal))) return undefined;
  let j = from + 1;
  while (/^(?:has|have|had|been|was|were|is|are|being|yet)$/.test(words[j]?.token.normal ?? '')) j++;
  return j > from + 1 && RECORDING.test(words[j]?.token.normal ?? '') ? [act] : undefined;
}

/** Words after a negator that make it a matter of degree ('not much', 'isn't always'). */
const DEGREE = new Set(['much', 'many', 'quite', 'very', 'entirely', 'always', 'necessarily', 'exactly', 'all', 'every', 'everyone', 'enough', 'too', 'so', 'fully', 'completely']);

/** After a negator, a necessity ('have to', 'need to'): what is denied is the need, so the act may still have happened. */
const NECESSITY = /^(?:have to|has to|had to|need to|needs to|needed to|need \S+|necessarily \S+)$/;

/** Words after 'not' that make it additive ('not only … but'), so nothing is denied. */
const ADDITIVE = new Set(['only', 'just', 'merely', 'simply', 'solely', 'least']);

/** Passive verbs of planning: a subject 'not being considered' or 'not planned' is a course of action ruled out. */
const PLANNING = new Set(['considered', 'planned', 'proposed', 'contemplated', 'envisaged']);

/** Whether the clause ends at `at` (nothing but punctuation or the end follows). */
function nextIsClauseEnd(words: readonly ClaimWord[], at: number): boolean {
  const w = words[at];
  return !w || isClausePunct(w);
}

/**
 * The single content noun right before the auxiliaries in front of word `at`
 * ('demolition was not being …'), after a clause boundary; undefined for a
 * longer or unclear subject.
 */
function subjectNoun(words: readonly ClaimWord[], at: number): ClaimWord | undefined {
  let i = at - 1;
  while (i >= 0 && /^(?:is|are|was|were|be|been|being|has|have|had)$/.test(words[i].token.normal)) i--;
  const noun = words[i];
  if (!noun || !noun.concept || noun.token.kind !== 'word' || noun.name) return undefined;
  const before = words[i - 1]?.token.normal ?? '';
  return i === 0 || /^(?:said|says|that|,|the|a|an)$/.test(before) ? noun : undefined;
}

/** The index of 'that' in 'rejected claims that …' / 'dismissed the suggestion that …', if any. */
function clauseThatFollows(words: readonly ClaimWord[], i: number): number | undefined {
  for (let j = i + 1; j < Math.min(words.length, i + 5); j++) {
    const w = words[j].token.normal;
    if (w === 'that' && j > i + 1 && DISMISSED_THINGS.has(words[j - 1].token.normal)) return j;
  }
  return undefined;
}

const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'been', 'be', 'will', 'would', 'could']);

/**
 * 'No card numbers or passwords were taken' denies each alternative with the
 * predicate: [card, take] and [password, take], so that a claim that card
 * numbers were stolen meets one of them. Undefined unless 'or'/'nor' joins the
 * nouns before an auxiliary and a content verb follows it.
 */
function disjunctsAfter(words: readonly ClaimWord[], from: number): ClaimWord[][] | undefined {
  const groups: ClaimWord[][] = [[]];
  let j = from;
  for (; j < words.length && j - from < 8; j++) {
    const w = words[j];
    if (AUXILIARIES.has(w.token.normal)) break;
    if (w.token.normal === 'or' || w.token.normal === 'nor') groups.push([]);
    else if (w.token.kind === 'punct') return undefined;
    else if (w.concept) groups[groups.length - 1].push(w);
  }
  if (groups.length < 2 || groups.some((g) => g.length === 0) || !AUXILIARIES.has(words[j]?.token.normal ?? '')) return undefined;
  const predicate = focusAfter(words, j + 1, 1);
  if (predicate.length === 0) return undefined;
  return groups.map((g) => [g[0], predicate[0]]);
}

/**
 * Words that open a subordinate clause after the denied predicate: 'No one was
 * injured when the ferry ran aground' denies the injury, not the ferry. Only
 * words that cannot be prepositions: 'shouldn't come as a surprise' and 'no
 * contest since …' keep the words after them in what they deny.
 */
const SUBORDINATE = /^(?:when|whenever|while|because|although|though|whereas)$/;

/** Up to `count` content words from `from`, stopping at clause punctuation or a subordinate clause once one word is found. */
function focusAfter(words: readonly ClaimWord[], from: number, count: number): ClaimWord[] {
  const focus: ClaimWord[] = [];
  for (let j = from; j < words.length && focus.length < count; j++) {
    const w = words[j];
    if (isClausePunct(w)) break;
    if (focus.length > 0 && SUBORDINATE.test(w.token.normal)) break;
    if (w.concept && w.token.kind === 'word') focus.push(w);
  }
  return focus;
}

/**
 * Whether a clause keeps something back or turns something down without a
 * negation of its own to compare: a negated verb that withholds ('did not
 * know of any threats', 'declined to say whether'), or a refusal ('rejected
 * the offer', 'turned down an offer'). Such a clause is no firm assertion of
 * the thing it names, so it cannot be the positive side of a contradiction.
 */
export const withholdsOrRefuses = perWords((words: readonly ClaimWord[]) => {
  const n = (i: number) => words[i]?.token.normal ?? '';
  for (let i = 0; i < words.length; i++) {
    const w = n(i);
    if (NEGATORS.has(w) || /n't$/.test(w)) {
      let next = i + 1;
      while (/^(?:be|been|yet|have|has|immediately|publicly|officially)$/.test(n(next))) next++;
      if (WITHHOLDING.has(n(next))) return true;
    }
    if (n(i + 1) !== 'to' && (isNegativeImplicative(w) || isNegativeImplicativePhrase(w, n(i + 1)))) return true;
    if (n(i + 1) === 'to' && isNegativeImplicative(w) && WITHHOLDING.has(n(i + 2))) return true;
  }
  return false;
});
