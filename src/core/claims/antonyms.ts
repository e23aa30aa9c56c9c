import { differentPeriods, sharedTerms, spanEnds, type ClaimSide, type Conflict } from './conflict';
import { gist } from './gist';
import newsroom from '../lexicon/newsroom.json';
import { directAntonyms, lemmasOf, type PartOfSpeech } from '../lexicon/wordnet';
import { findNegations } from './negation';
import type { ClaimWord } from './claimWord';
import { isNameWord, isStopword } from './stopwords';
import { CALENDAR_NAMES, MONTH_NAMES_NOT_MODAL, WEEKDAY_NAMES } from '../lexicon/calendarNames';
import { changeWords } from '../lexicon/changeWords';

/**
 * Antonyms: the same thing said to have gone opposite ways ('rose' against
 * 'fell', 'approved' against 'rejected'). The lexicon is curated and general:
 * verbs and adjectives news copy uses for outcomes that exclude each other.
 * Each side lists word forms; a phrase is written with a space.
 */
const PAIRS: ReadonlyArray<readonly [string[], string[]]> = [
  [changeWords('rise', 'opposed'), changeWords('fall', 'opposed')],
  [['approved', 'approves', 'approve', 'accepted', 'accepts', 'accept', 'granted', 'grants', 'upheld', 'allowed', 'agreed to'],
    ['rejected', 'rejects', 'reject', 'refused', 'refuses', 'refuse', 'turned down', 'denied', 'overturned', 'vetoed', 'dismissed', 'declined']],
  [['acquitted', 'cleared'], ['convicted', 'found guilty', 'sentenced']],
  // 'remained open' / 'stayed open' / 'was open' is the state opposed to 'was closed'.
  [['opened', 'opens', 'reopened', 'reopens', 'remained open', 'stayed open', 'kept open', 'was open', 'were open', 'is open', 'are open', 'been open', 'be open'], ['closed', 'closes', 'shut', 'shuts', 'closing']],
  // Compass sides of one landmark ('just east of the crossing' / 'west of the crossing').
  [['east of'], ['west of']],
  [['north of'], ['south of']],
  [['survived', 'survives', 'survived by'], ['died', 'dies', 'killed', 'dead']],
  [['won', 'wins', 'win', 'winning', 'held on to', 'retained'], ['lost', 'loses', 'lose', 'losing', 'defeated']],
  [['succeeded', 'succeeds', 'successful', 'without problems', 'without a problem', 'without any problems', 'without a hitch', 'without difficulty', 'smoothly', 'flawlessly'],
    ['failed', 'fails', 'unsuccessful', 'broke down', 'malfunctioned']],
  // A verdict is reached by all jurors or by a majority, not both.
  [['unanimous', 'unanimously'], ['majority verdict', 'majority decision', 'split decision', 'split verdict', 'by a majority']],
  // Work or a service that starts again, against one that stays stopped ('will stay shut until further notice').
  [['resumed', 'resumes', 'resume', 'restarted', 'restarts', 'restart'],
    ['halted', 'halts', 'suspended', 'suspends', 'stopped', 'stops', 'stay shut', 'stays shut', 'remain shut', 'remains shut', 'stay closed', 'stays closed', 'remain closed', 'remains closed']],
  // An objection, claim or bid given up against one kept up.
  [['withdrawn', 'withdrew', 'withdraws', 'abandoned', 'dropped its', 'dropped their'], ['maintains', 'maintained', 'stands by', 'stood by', 'persists with', 'pressing ahead with']],
  [['supported', 'supports', 'backed', 'backs', 'endorsed'], ['opposed', 'opposes', 'voted against']],
  [['banned', 'bans', 'prohibited', 'forbade'], ['permitted', 'legalised', 'legalized']],
  [['guilty'], ['innocent', 'not guilty']],
  [['alive'], ['dead']],
  // A structure's verdict after an inspection ('found the building to be sound' / 'declared it unsafe').
  [['structurally sound', 'be sound', 'was sound', 'is sound', 'were sound', 'are sound', 'declared safe', 'deemed safe', 'safe to enter', 'safe to use', 'safe to reopen'],
    ['unsafe', 'unsound', 'structurally unsound', 'condemned', 'dangerous structure', 'declared dangerous', 'deemed dangerous']],
  [['present'], ['absent']],
  // Someone gone from a post against someone still holding it ('left her post in January' / 'remains in charge').
  [['left her post', 'left his post', 'left the post', 'left her job', 'left his job', 'left the role', 'left her role', 'left his role', 'resigned', 'stepped down'],
    ['remains in charge', 'remained in charge', 'still in charge', 'stays in charge', 'remains in post', 'remained in post', 'still in post', 'remains in her post', 'remains in his post', 'remains in the role', 'still in the role']],
  // An event called off against one run to its end ('the match was abandoned' / 'the match was completed').
  [['was abandoned', 'were abandoned', 'been abandoned', 'was called off', 'were called off'], ['was completed', 'were completed', 'been completed', 'was finished', 'were finished']],
  // A closure, ban or move said to be for a while against one said to be for good.
  // Predicative only: 'the temporary library' and 'the permanent library' are two things, not two accounts of one.
  [['is temporary', 'was temporary', 'be temporary', 'are temporary', 'were temporary', 'temporarily'],
    ['is permanent', 'was permanent', 'be permanent', 'are permanent', 'were permanent', 'permanently', 'for good']],
];

interface Hit {
  /** Index in the side's words of the first word of the form. */
  at: number;
  length: number;
  text: string;
}

/** Each lexicon group (PAIRS[p][s] is group 2p+s) with its forms split into words once. */
const GROUPS: ReadonlyArray<ReadonlyArray<readonly string[]>> = PAIRS.flatMap(([up, down]) => [up, down].map((forms) => forms.map((f) => f.split(' '))));
/** First word → the forms that start with it, as [group, parts], in lexicon order within each group. */
const BY_FIRST_WORD = new Map<string, Array<readonly [number, readonly string[]]>>();
GROUPS.forEach((forms, group) => {
  for (const parts of forms) {
    let list = BY_FIRST_WORD.get(parts[0]);
    if (!list) BY_FIRST_WORD.set(parts[0], (list = []));
    list.push([group, parts]);
  }
});

const hitsCache = new WeakMap<ClaimSide, Array<Hit | undefined>>();

/**
 * The first hit of every lexicon group in a side's words (cached per side: a
 * claim is compared with many others). The first word position wins, then the
 * first form of the group in lexicon order.
 */
function hitsOf(side: ClaimSide): Array<Hit | undefined> {
  let hits = hitsCache.get(side);
  if (hits) return hits;
  hits = new Array<Hit | undefined>(GROUPS.length).fill(undefined);
  const words = side.words;
  for (let i = 0; i < words.length; i++) {
    const candidates = BY_FIRST_WORD.get(words[i].token.normal);
    if (!candidates) continue;
    for (const [group, parts] of candidates) {
      if (hits[group] || !parts.every((p, k) => words[i + k]?.token.normal === p)) continue;
      hits[group] = { at: i, length: parts.length, text: words.slice(i, i + parts.length).map((w) => w.token.text).join(' ') };
    }
  }
  hitsCache.set(side, hits);
  return hits;
}

/** Concepts within a few words of the hit: what went up or down, what was approved or rejected. */
function around(side: ClaimSide, hit: Hit, reach = 6): Set<string> {
  const near = new Set<string>();
  const from = Math.max(0, hit.at - reach);
  const to = Math.min(side.words.length, hit.at + hit.length + reach);
  for (let i = from; i < to; i++) {
    if (i >= hit.at && i < hit.at + hit.length) continue;
    const c = side.words[i].concept;
    if (c) near.add(c);
  }
  // 'The terminal, which is run by another firm, remained open': the subject sits before the relative.
  const relative = relativeBefore(side, hit.at);
  if (relative !== undefined) for (let i = Math.max(0, relative - 1 - reach); i < relative - 1; i++) if (side.words[i].concept) near.add(side.words[i].concept!);
  return near;
}

/** The index of 'which'/'who' in a ', which …,' relative that ends right before the word at `at`. */
function relativeBefore(side: ClaimSide, at: number): number | undefined {
  if (side.words[at - 1]?.token.text !== ',') return undefined;
  for (let i = at - 2; i > 0 && at - i <= 12; i--) {
    if (side.words[i].token.text === ',') return undefined;
    if (/^(?:which|who)$/.test(side.words[i].token.normal) && side.words[i - 1].token.text === ',') return i;
  }
  return undefined;
}

/** Verbs after which an infinitive is a decision taken, not a prospect ('voted to reject', 'agreed to approve'). */
const DECIDED = new Set(['voted', 'votes', 'decided', 'decides', 'agreed', 'agrees', 'opted', 'chose', 'moved', 'resolved', 'elected']);

/**
 * 'had one final chance to win', 'expected to rise', 'hoping to win': an
 * infinitive states a prospect, not an outcome, unless a decision verb
 * governs it.
 */
function unrealised(side: ClaimSide, hit: Hit): boolean {
  if (side.words[hit.at - 1]?.token.normal !== 'to') return false;
  return !DECIDED.has(side.words[hit.at - 2]?.token.normal ?? '');
}

/** Whether a negation in the clause covers the hit ('did not fall' is no antonym of 'rose'). */
function negated(side: ClaimSide, hit: Hit): boolean {
  // 'You can't play the way I played and win a game': a negation earlier in the clause reaches the verb unless a comma intervenes.
  return findNegations(side.words).some((n) => n.at < hit.at && (hit.at - n.at <= 3 || (hit.at - n.at <= 12 && !side.words.slice(n.at, hit.at).some((w) => /^[,;:—–]$/.test(w.token.text)))));
}

/** Words that open a subordinate clause: what follows is background, often an earlier stage of the story. */
const SUBORDINATORS = new Set(['since', 'until', 'after', 'before', 'when', 'where', 'while', 'once', 'which', 'who', 'if']);

/**
 * Whether the hit sits in a subordinate clause ('since the stand reopened',
 * 'where the stand was closed for repairs'): such clauses set the scene, often
 * at another time, so only the clauses' main verbs are compared.
 */
function background(side: ClaimSide, hit: Hit, other: ClaimSide, otherHit: Hit): boolean {
  return side.words.slice(0, hit.at).some((w, i) => SUBORDINATORS.has(w.token.normal) && !timePreposition(side, i) && !sameThingRelative(side, i, hit, other, otherHit) && !closedBefore(side, i, hit)
    && !sameBackground(side, i, hit, other, otherHit));
}

/**
 * 'after', 'before', 'until' and 'since' followed by a time ('shortly after
 * 11 p.m.', 'since 2019', 'before dawn') are prepositions of the main clause,
 * not the start of a background clause.
 */
function timePreposition(side: ClaimSide, at: number): boolean {
  if (!['after', 'before', 'until', 'since'].includes(side.words[at].token.normal)) return false;
  const next = side.words[at + 1]?.token;
  return !!next && (next.kind === 'number' || TIMES.has(next.normal));
}

const TIMES = new Set(['midnight', 'noon', 'midday', 'dawn', 'dusk', 'daybreak', 'nightfall', ...WEEKDAY_NAMES, ...MONTH_NAMES_NOT_MODAL]);

/**
 * Both outcomes in the same kind of 'after' clause about the same doer ('the
 * inquiry began after the council refused permission' / 'ministers stepped in
 * after the council approved the scheme'): both tell what led to the main
 * event, so the two verbs are about one past decision and are compared.
 */
function sameBackground(side: ClaimSide, at: number, hit: Hit, other: ClaimSide, otherHit: Hit): boolean {
  if (side.words[at].token.normal !== 'after' || hit.at - at > 5) return false;
  const opener = other.words.slice(Math.max(0, otherHit.at - 5), otherHit.at).findIndex((w) => w.token.normal === 'after');
  if (opener < 0) return false;
  const doer = (s: ClaimSide, from: number, to: number) => s.words.slice(from, to).filter((w) => w.concept).map((w) => w.concept!);
  const mine = doer(side, at + 1, hit.at);
  const theirs = doer(other, Math.max(0, otherHit.at - 5) + opener + 1, otherHit.at);
  return mine.length > 0 && mine.some((c) => theirs.includes(c));
}

/**
 * Whether a comma-delimited relative ('the terminal, which is run by another
 * firm, remained open') ends before the hit: the hit is then the main clause's verb.
 */
function closedBefore(side: ClaimSide, at: number, hit: Hit): boolean {
  if (!/^(?:which|who)$/.test(side.words[at].token.normal) || side.words[at - 1]?.token.text !== ',') return false;
  return side.words.slice(at + 1, hit.at).some((w) => w.token.text === ',');
}

/**
 * A non-restrictive relative ('the backup generator, which ran smoothly')
 * asserts its verb of the noun before the comma; when the other side's verb
 * has that same noun right before it ('the backup generator failed'), the two
 * verbs are about one thing and are compared.
 */
function sameThingRelative(side: ClaimSide, at: number, hit: Hit, other: ClaimSide, otherHit: Hit): boolean {
  if (!/^(?:which|who)$/.test(side.words[at].token.normal) || side.words[at - 1]?.token.text !== ',') return false;
  // A subject relative only ('which ran', 'which had failed'): in 'which the council had failed to …' the noun is not the doer.
  if (hit.at - at > 3 || side.words.slice(at + 1, hit.at).some((w) => /^(?:the|a|an|his|her|its|their|it|they|he|she|we)$/.test(w.token.normal))) return false;
  const antecedent = side.words[at - 2]?.concept;
  if (!antecedent) return false;
  return other.words.slice(Math.max(0, otherHit.at - 2), otherHit.at).some((w) => w.concept === antecedent);
}

/**
 * Whether the two sides name different parties before the verb: 'Hale won the
 * seat' and 'Okafor lost the seat' are both true.
 */
/** Capitalised words that name nobody: counts ('Twenty-three cars …') and days or months ('Tuesday just west of …'). */
const NOT_DOERS = /^(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens?|hundreds|thousands)(?:-\w+)?)$/;

/** The names before the hit (its doers, roughly). A capitalised sentence opener that is a function word ('In a rare defeat, …') names nobody. */
function doers(side: ClaimSide, hit: Hit): string[] {
  return side.words.slice(0, hit.at).filter((w) => (w.name || (isNameWord(w.token.text, false) && !isStopword(w.token.normal))) && !NOT_DOERS.test(w.token.normal) && !CALENDAR_NAMES.has(w.token.normal)).map((w) => w.token.normal);
}

function differentDoers(a: ClaimSide, hitA: Hit, b: ClaimSide, hitB: Hit): boolean {
  const doersA = doers(a, hitA);
  const doersB = doers(b, hitB);
  return doersA.length > 0 && doersB.length > 0 && !doersA.some((d) => doersB.includes(d));
}

/**
 * What the outcome was of or for ('acquitted of murder', 'approved the
 * request for a recount'): the first content word after 'of' or 'for' close
 * to the verb. Acquitted of one charge and convicted of another is no clash.
 */
function complement(side: ClaimSide, hit: Hit): string | undefined {
  const end = Math.min(side.words.length, hit.at + hit.length + 5);
  for (let i = hit.at + hit.length; i < end; i++) {
    const w = side.words[i].token.normal;
    if (w !== 'of' && w !== 'for') continue;
    for (let j = i + 1; j < Math.min(side.words.length, i + 4); j++) if (side.words[j].concept) return side.words[j].concept!;
    return undefined;
  }
  return undefined;
}

/**
 * Hedged claims are skipped, except two announced plans: 'will resume next
 * week' against 'will stay shut until further notice' are both firm statements
 * of what is to happen, and cannot both hold.
 */
function comparableHedges(a: ClaimSide, b: ClaimSide, hitA?: Hit, hitB?: Hit): boolean {
  const hedgeA = hitA && hedgeInLaterClause(a, hitA) ? undefined : a.claim.hedge;
  const hedgeB = hitB && hedgeInLaterClause(b, hitB) ? undefined : b.claim.hedge;
  if (!hedgeA && !hedgeB) return true;
  const firm = (side: ClaimSide, hedge: string | null | undefined, hit?: Hit) => !hedge || (hit !== undefined && announcedState(side, hit));
  if (firm(a, hedgeA, hitA) && firm(b, hedgeB, hitB)) return true;
  return a.claim.hedge?.toLowerCase() === 'will' && b.claim.hedge?.toLowerCase() === 'will';
}

/**
 * 'will stay closed until Monday': a state announced to last to a stated end
 * is a firm statement about the days before it, so a reversal inside that span
 * ('reopened on Saturday') contradicts it.
 */
function announcedState(side: ClaimSide, hit: Hit): boolean {
  if (side.claim.hedge?.toLowerCase() !== 'will' || spanEnds(side).size === 0) return false;
  const before = side.words.slice(Math.max(0, hit.at - 2), hit.at).map((w) => w.token.normal);
  return /^(?:stay|remain|be)\b/.test(hit.text.toLowerCase()) || before.some((w) => /^(?:stay|remain|be)$/.test(w));
}

/** Whether the reversal comes when the span says it ends ('closed until Monday' / 'reopens on Monday'): both hold. */
export function endsAsSaid(a: ClaimSide, b: ClaimSide): boolean {
  const ends = (x: ClaimSide, y: ClaimSide) => [...spanEnds(x)].some((t) => y.claim.times.includes(t) && !spanEnds(y).has(t));
  return ends(a, b) || ends(b, a);
}

/**
 * Whether the claim's hedge sits in a later coordinate clause than the hit
 * ('the closure is temporary and the ward will reopen'): 'will' qualifies the
 * reopening, not the stated 'temporary', which stays a firm assertion.
 */
function hedgeInLaterClause(side: ClaimSide, hit: Hit): boolean {
  const hedge = side.claim.hedge?.toLowerCase();
  if (!hedge) return false;
  const at = side.words.findIndex((w, i) => i > hit.at && w.token.normal === hedge);
  if (at < 0 || side.words.slice(0, hit.at).some((w) => w.token.normal === hedge)) return false;
  return side.words.slice(hit.at + hit.length, at).some((w) => /^(?:and|but|;)$/.test(w.token.normal));
}

/** The pair of leaving a post and staying in it: said of people, so one person must be named the same way on both sides. */
const POST_PAIR = PAIRS.findIndex(([gone]) => gone.includes('left her post'));

/** Whether both sides name the doer, every name of the shorter naming being in the longer ('Linda Farrow' / 'Ms Linda Farrow'). */
function samePerson(a: ClaimSide, hitA: Hit, b: ClaimSide, hitB: Hit): boolean {
  const [fewer, more] = [doers(a, hitA), doers(b, hitB)].sort((x, y) => x.length - y.length);
  return fewer.length > 0 && fewer.every((d) => more.includes(d));
}

export function antonymConflict(a: ClaimSide, b: ClaimSide): Conflict | null {
  if (differentPeriods(a, b)) return null;
  const hitsA = hitsOf(a);
  const hitsB = hitsOf(b);
  for (let pair = 0; pair < PAIRS.length; pair++) {
    for (const [x, y] of [[2 * pair, 2 * pair + 1], [2 * pair + 1, 2 * pair]]) {
      const hitA = hitsA[x];
      const hitB = hitsB[y];
      // A side that says both ('rejected two bids before accepting a third') is telling a sequence, not a clash.
      if (!hitA || !hitB || hitsA[y] || hitsB[x]) continue;
      if (pair === POST_PAIR && !samePerson(a, hitA, b, hitB)) continue;
      const conflict = opposedHits(a, hitA, b, hitB);
      if (conflict) return conflict;
    }
  }
  return wordNetAntonyms(a, b);
}

/**
 * The lexicon's pairs miss most ways copy says a decision or outcome went the
 * other way ('threw the plan out', 'cleared of'), so WordNet's antonyms
 * (direct, through synonyms, and the newsroom list) are tried on the verbs of
 * the two claims, and on adjectives said of the subject ('was unsafe'), with
 * the same guards as the lexicon's pairs.
 */
function wordNetAntonyms(a: ClaimSide, b: ClaimSide): Conflict | null {
  const readingsB = opposableWords(b);
  if (readingsB.length === 0) return null;
  for (const x of opposableWords(a)) {
    const opposite = directAntonyms(x.lemma, x.pos);
    for (const y of readingsB) {
      if (y.pos !== x.pos || y.lemma === x.lemma || !(opposite.has(y.lemma) || directAntonyms(y.lemma, y.pos).has(x.lemma))) continue;
      if (inSequence(x.lemma, y.lemma)) continue;
      const conflict = opposedHits(a, x.hit, b, y.hit);
      if (conflict) return conflict;
    }
  }
  return null;
}

/** WordNet antonyms that one party does in turn, both true of one story ('hired' in 2004, 'fired' since): newsroom.json's sequences. */
function inSequence(x: string, y: string): boolean {
  return SEQUENCES.has(`${x}|${y}`) || SEQUENCES.has(`${y}|${x}`);
}
const SEQUENCES = new Set(newsroom.sequences.map(([x, y]) => `${x}|${y}`));

/**
 * The head noun of an object right after the verb ('lost their home finale',
 * 'winning a foot-race'): when both verbs have one and they differ, the two
 * outcomes are of two things.
 */
function differentObjects(a: ClaimSide, hitA: Hit, b: ClaimSide, hitB: Hit): boolean {
  const object = (side: ClaimSide, hit: Hit) => {
    let i = hit.at + hit.length;
    if (!/^(?:the|a|an|their|its|his|her|our)$/.test(side.words[i]?.token.normal ?? '')) return undefined;
    let head: string | undefined;
    for (i++; i < side.words.length && i - hit.at <= 5; i++) {
      const w = side.words[i];
      if (w.token.kind === 'punct' || /^(?:of|in|on|at|to|for|with|by|from|against|and|or)$/.test(w.token.normal)) break;
      if (w.concept) head = w.concept;
    }
    return head;
  };
  const x = object(a, hitA);
  const y = object(b, hitB);
  return x !== undefined && y !== undefined && x !== y && !b.terms.has(x) && !a.terms.has(y);
}

interface Opposable {
  lemma: string;
  pos: PartOfSpeech;
  hit: Hit;
}

/** Verbs and most general words WordNet opposes by sense ('come'/'go', 'give'/'take') that say nothing about an outcome. */
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'go', 'come', 'get', 'make', 'take', 'give', 'say', 'tell', 'put', 'keep', 'let', 'set', 'see', 'know', 'think', 'bring', 'send', 'leave', 'arrive', 'start', 'begin', 'end', 'finish', 'stop', 'continue', 'remain', 'stay', 'sit', 'stand', 'lie', 'rise', 'fall', 'push', 'pull', 'buy', 'sell', 'ask', 'answer', 'teach', 'learn', 'add', 'subtract']);
const COPULA = /^(?:is|was|are|were|be|been|being|remained|remains|stayed|stays|became|becomes|deemed|declared|found)$/;

/** Words before a noun: a form after them ('one final chance', 'the win') is no verb. */
const DETERMINERS = /^(?:a|an|the|this|that|these|those|his|her|its|their|our|my|your|one|final|first|last|another|every|each|no)$/;

const opposableCache = new WeakMap<ClaimSide, Opposable[]>();

/** A side's verbs (one or two words: 'threw out'), and adjectives right after a copula, with their WordNet lemmas (cached per side). */
function opposableWords(side: ClaimSide): Opposable[] {
  let found = opposableCache.get(side);
  if (found) return found;
  found = [];
  const words = side.words;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w.concept || w.name || w.token.kind !== 'word') continue;
    const particle = particleAfter(words, i);
    const phrase = particle !== undefined ? lemmasOf(`${w.token.normal} ${words[particle].token.normal}`, 'v') : [];
    if (phrase.length > 0) {
      const text = particle === undefined ? '' : particle === i + 1 ? `${w.token.text} ${words[particle].token.text}` : `${w.token.text} … ${words[particle].token.text}`;
      for (const lemma of phrase) found.push({ lemma, pos: 'v', hit: { at: i, length: 1, text } });
      continue;
    }
    const hit = { at: i, length: 1, text: w.token.text };
    const nounLike = DETERMINERS.test(words[i - 1]?.token.normal ?? '');
    if (!nounLike) for (const lemma of lemmasOf(w.token.normal, 'v')) if (!LIGHT_VERBS.has(lemma)) found.push({ lemma, pos: 'v', hit });
    if (COPULA.test(words[i - 1]?.token.normal ?? '')) for (const lemma of lemmasOf(w.token.normal, 'a')) found.push({ lemma, pos: 'a', hit });
  }
  opposableCache.set(side, found);
  return found;
}

const PARTICLES = /^(?:out|down|back|off|through|up|over)$/;

/** The particle of a phrasal verb at `at`, next to it or after a short object ('threw the plan out'), before any punctuation. */
function particleAfter(words: readonly ClaimWord[], at: number): number | undefined {
  for (let j = at + 1; j < words.length && j - at <= 4; j++) {
    if (words[j].token.kind === 'punct') return undefined;
    if (PARTICLES.test(words[j].token.normal)) return j;
  }
  return undefined;
}

/** The antonym conflict of two opposed hits, unless a guard says the two are not one fact told two ways. */
function opposedHits(a: ClaimSide, hitA: Hit, b: ClaimSide, hitB: Hit): Conflict | null {
  if (endsAsSaid(a, b) || differentObjects(a, hitA, b, hitB)) return null;
  if (!comparableHedges(a, b, hitA, hitB)) return null;
  if (negated(a, hitA) || negated(b, hitB) || unrealised(a, hitA) || unrealised(b, hitB)) return null;
  if (background(a, hitA, b, hitB) || background(b, hitB, a, hitA)) return null;
  if (differentDoers(a, hitA, b, hitB)) return null;
  const ofA = complement(a, hitA);
  const ofB = complement(b, hitB);
  if (ofA && ofB && ofA !== ofB) return null;
  const shared = sharedTerms(a, b);
  for (const w of [a.words[hitA.at].concept, b.words[hitB.at].concept]) if (w) shared.delete(w);
  if (shared.size < 2) return null;
  const nearA = around(a, hitA);
  const nearB = around(b, hitB);
  if (![...nearA].some((c) => nearB.has(c) && shared.has(c))) return null;
  return {
    reason: 'antonym',
    detail: `'${hitA.text}' ↔ '${hitB.text}'`,
    here: gist(a),
    there: gist(b),
  };
}
