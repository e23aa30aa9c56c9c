/**
 * The noun phrase that names a speaker next to a cue: 'Sunita Rao', 'the chief
 * fire officer', 'Rovers manager Helen Strachan', 'One person familiar with the
 * plans', 'she'. Found by walking the words left or right of the cue; no parse.
 */
import { numberBeginsName } from './personName';
import { cueLemma, DOCUMENT_NOUNS, isStrongCue } from './cues';
import timeWords from '../lexicon/time-words.json';
import { CALENDAR_NAMES } from '../lexicon/calendarNames';
import { lemmasOf } from '../lexicon/wordnet';
import { nameTags } from './nameTags';
import { agentIsPerson, isAdverbOfAdjective, isFiniteVerb, isVerbNotNoun, sourceKindOf } from './nounKinds';
import { insideCapitalisedName, isCapitalized, isPunct, type FrameWord } from './frame';
import { BODY_NOUNS, DETERMINERS, HONORIFIC_GENDER, KINSHIP_GENDER, NOT_NAME_WORDS, PERSON_PRONOUNS, ROLE_GENDER, TITLE_WORDS, isGeneration } from './speakerWords';

export interface SpeakerPhrase {
  start: number;
  end: number;
  words: FrameWord[];
}

/** Nouns for people that are not titles: 'a witness', 'one resident', 'neighbours'. */
const PERSON_NOUNS = new Set([
  'person', 'people', 'witness', 'eyewitness', 'resident', 'neighbour', 'neighbor', 'official', 'source',
  'worker', 'employee', 'staff', 'staffer', 'farmer', 'teacher', 'expert', 'police', 'owner', 'driver',
  'passenger', 'student', 'parent', 'victim', 'survivor', 'nurse', 'friend', 'relative', 'colleague',
  'supporter', 'fan', 'voter', 'protester', 'protestor', 'activist', 'campaigner', 'volunteer', 'onlooker',
  'bystander', 'local', 'man', 'woman', 'boy', 'girl', 'child', 'member', 'candidate', 'lawyer', 'aide',
  'adviser', 'advisor', 'insider', 'diplomat', 'scientist', 'researcher', 'academic', 'historian',
  'politician', 'lawmaker', 'legislator', 'critic', 'observer', 'commentator', 'pundit', 'doctor', 'medic',
  'paramedic', 'firefighter', 'soldier', 'officer', 'guard', 'pilot', 'crew', 'shopper', 'customer',
  'client', 'patient', 'tenant', 'landlord', 'homeowner', 'villager', 'townspeople', 'citizen', 'pensioner',
  'mother', 'father', 'user', 'viewer', 'listener', 'reader', 'player', 'athlete', 'rival', 'opponent',
  'ally', 'partner', 'investor', 'shareholder', 'trader', 'banker', 'economist', 'analyst', 'union',
  'spokesperson', 'representative', 'delegate', 'envoy', 'minister', 'prosecutor', 'defendant',
  'plaintiff', 'claimant', 'judge', 'juror', 'detective', 'investigator', 'inspector', 'regulator',
  'year-old', 'mum', 'dad', 'grandmother', 'grandfather', 'daughter', 'son', 'wife', 'husband', 'survivor',
  'regular', 'punter', 'guest', 'patron', 'pupil', 'classmate', 'teammate', 'veteran',
]);

const POST_MODIFIER_PREPOSITIONS = new Set(['with', 'of', 'from', 'at', 'in', 'for', 'to', 'on', 'close']);

const AGENTIVE = /^[\p{Ll}-]{3,}(?:er|or|ist|ian|ant|ent|eer|ee|man|woman|person)s?$/u;

/** Words that never belong to a speaker phrase. */
const STOP = new Set([
  'who', 'whom', 'whose', 'which', 'that', 'what', 'where', 'when', 'while', 'and', 'but', 'or', 'nor', 'as',
  'than', 'because', 'since', 'if', 'though', 'although', 'after', 'before', 'until', 'in', 'on', 'at', 'by',
  'to', 'from', 'with', 'without', 'about', 'into', 'onto', 'over', 'under', 'during', 'through', 'is', 'are',
  'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can',
  'could', 'shall', 'should', 'may', 'might', 'must', 'not', 'no', 'it', 'there', 'here', 'then', 'also',
  'later', 'earlier', 'so', 'very', 'just', 'only', 'even', 'still', 'yet', 'already', 'again', 'how', 'why',
  'he', 'she', 'they', 'we', 'i', 'you', 'him', 'them', 'us', 'me', 'of', 'for', 'up', 'down', 'out', 'off',
]);

function singular(word: string): string {
  return word.replace(/’/g, '\'').replace(/'s$|'$/, '').replace(/(?<=[^s])s$/, '');
}

/** Whether a lower-case word can head a description of a speaker. */
export function isSpeakerNoun(normal: string): boolean {
  const w = normal.replace(/’/g, '\'').replace(/'s$|'$/, '');
  const s = singular(w);
  return (
    PERSON_NOUNS.has(w) || PERSON_NOUNS.has(s) || TITLE_WORDS.has(s) || TITLE_WORDS.has(w) || BODY_NOUNS.has(w) ||
    BODY_NOUNS.has(s) || DOCUMENT_NOUNS.has(w) || w in KINSHIP_GENDER || s in KINSHIP_GENDER || w in ROLE_GENDER ||
    (AGENTIVE.test(w) && agentIsPerson(w))
  );
}

export function isNameWord(w: FrameWord | undefined): boolean {
  if (!isCapitalized(w)) return false;
  const bare = w!.normal.replace(/'s$|'$/, '');
  // A cue that needs a companion word ('grant', 'read', 'post') is a surname as often: 'Alasdair Grant said'.
  return !NOT_NAME_WORDS.has(bare) && (cueLemma(bare) === undefined || (!isStrongCue(bare) && nameTags(w!.text).firstName)) && !nameTags(w!.text.replace(/['’]s?$/, '')).notName && !isAdverbOfAdjective(bare);
}

/** The full stop of 'Mr.', 'Rev.' or a middle initial: it belongs to the name, it does not end the clause. */
export function isHonorificDot(words: FrameWord[], j: number): boolean {
  const before = words[j - 1];
  return isPunct(words[j], '.') && !!before && before.kind === 'word' && (before.normal in HONORIFIC_GENDER || TITLE_WORDS.has(before.normal) || isGeneration(before.text) || /^\p{Lu}$/u.test(before.text)) && /^\p{Lu}/u.test(before.text);
}

function isPossessiveMark(words: FrameWord[], j: number): boolean {
  const before = words[j - 1];
  return isPunct(words[j], '\'’') && !!before && before.kind === 'word' && /s$/i.test(before.text) && before.end === words[j].start;
}

/** The '67' and '-' of 'the 67-year-old'. */
function isAgeWord(words: FrameWord[], j: number): boolean {
  const w = words[j];
  if (w.kind === 'number') return isPunct(words[j + 1], '-') && /^year-olds?$/.test(words[j + 2]?.normal ?? '');
  return isPunct(w, '-') && words[j - 1]?.kind === 'number' && /^year-olds?$/.test(words[j + 1]?.normal ?? '');
}

function lower(w: FrameWord): string {
  return w.normal;
}

function phraseOf(words: FrameWord[]): SpeakerPhrase {
  return { start: words[0].start, end: words[words.length - 1].end, words };
}

/** Whether a speaker noun or a name follows within `n` words (so a modifier like 'chief' may start the phrase). */
function headAhead(words: FrameWord[], j: number, n: number): boolean {
  for (let k = j + 1; k <= j + n && k < words.length; k++) {
    const w = words[k];
    if (w.kind !== 'word') return false;
    if (isNameWord(w) || isSpeakerNoun(lower(w))) return true;
    if (STOP.has(lower(w)) || cueLemma(w.normal) || DETERMINERS.has(lower(w))) return false;
  }
  return false;
}

/** The pronoun at `j` as a one-word phrase, when it is one. */
export function pronounAt(words: FrameWord[], j: number): SpeakerPhrase | null {
  const w = words[j];
  return w && w.kind === 'word' && lower(w) in PERSON_PRONOUNS ? phraseOf([w]) : null;
}

/** The speaker phrase that starts at `i` ('said Sunita Rao, …' → 'Sunita Rao'). */
export function phraseRightOf(words: FrameWord[], i: number): SpeakerPhrase | null {
  const pronoun = pronounAt(words, i);
  if (pronoun) return pronoun;
  const out: FrameWord[] = [];
  let head = false;
  let j = i;
  while (j < words.length && out.length < 12) {
    const w = words[j];
    if (w.kind === 'word') {
      const l = lower(w);
      if (out.length === 0 && DETERMINERS.has(l)) {
        out.push(w);
      } else if (isNameWord(w) || (out.length > 0 && insideCapitalisedName(words, j) && isNameWord(words[j + 1]))) {
        // 'Ohio State University professor': a capitalised cue word inside a run of names is a name.
        out.push(w);
        head = true;
      } else if (head && isNameWord(out[out.length - 1]) && isGeneration(w.text)) {
        // 'Vann R. Newkirk II', 'Robert Hale Jr': a generation closes the name.
        out.push(w);
      } else if (isSpeakerNoun(l) && !STOP.has(l)) {
        out.push(w);
        head = true;
      } else if ((l === 'of' || l === 'for' || l === 'at') && head) {
        const tail = postModifier(words, j + 1);
        if (tail.length === 0) break;
        out.push(w, ...tail);
        j += tail.length + 1;
        break;
      } else if (!STOP.has(l) && !cueLemma(l) && !(head && isNameWord(out[out.length - 1]) && isFiniteVerb(l)) && headAhead(words, j, 3)) {
        // (After a name, a verb begins the predicate: 'Netanyahu rallied supporters', not a longer name.)
        out.push(w);
      } else {
        break;
      }
    } else if (isHonorificDot(words, j) || isPossessiveMark(words, j) || isAgeWord(words, j) || (isPunct(w, '&') && isNameWord(out[out.length - 1]) && isCapitalized(words[j + 1]))) {
      out.push(w);
    } else {
      break;
    }
    j++;
  }
  while (out.length && out[out.length - 1].kind !== 'word') out.pop();
  return head && out.length ? phraseOf(out) : null;
}

/**
 * 'One regular, who asked not to be named': a determiner and a noun the
 * lexicon does not know, given a 'who' clause, is a person by the grammar
 * alone. The words from `a` to `b` (exclusive) must be exactly that: a
 * determiner then one or two lower-case words that are not function words,
 * verbs or names, and `who` must follow after a comma.
 */
export function personBeforeWho(words: FrameWord[], a: number, b: number): SpeakerPhrase | null {
  const chunk = words.slice(a, b);
  if (chunk.length < 2 || chunk.length > 3 || !chunk.every((w) => w.kind === 'word')) return null;
  if (!DETERMINERS.has(lower(chunk[0]))) return null;
  if (!chunk.slice(1).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w.text) && !STOP.has(lower(w)) && !DETERMINERS.has(lower(w)) && !cueLemma(w.normal))) return null;
  if (!isPunct(words[b], ',') || words[b + 1]?.normal !== 'who') return null;
  return phraseOf(chunk);
}

/** 'of football', 'for the area', 'at Pellham Securities': up to four words without a verb. */
function postModifier(words: FrameWord[], i: number): FrameWord[] {
  const tail: FrameWord[] = [];
  for (let j = i; j < words.length && tail.length < 4; j++) {
    const w = words[j];
    if (w.kind !== 'word') {
      if (isPossessiveMark(words, j)) {
        tail.push(w);
        continue;
      }
      break;
    }
    const l = lower(w);
    if (tail.length === 0 && DETERMINERS.has(l)) {
      tail.push(w);
      continue;
    }
    if ((STOP.has(l) || cueLemma(l)) && !(insideCapitalisedName(words, j) && isNameWord(words[j + 1]))) break;
    // 'physicians for promoting "quack" cures': a verb's -ing form begins a clause; 'director of marketing' keeps its noun.
    if (isGerund(l)) break;
    tail.push(w);
  }
  return tail.some((w) => w.kind === 'word' && !DETERMINERS.has(lower(w))) ? tail : [];
}

/** An -ing form WordNet knows only as a verb ('promoting'), not as a noun too ('marketing', 'housing'). */
function isGerund(word: string): boolean {
  return word.endsWith('ing') && isVerbNotNoun(word);
}

/** The speaker phrase that ends at `i` ('the chief fire officer said' → 'the chief fire officer'). */
export function phraseLeftOf(words: FrameWord[], i: number): SpeakerPhrase | null {
  const pronoun = pronounAt(words, i);
  if (pronoun) return pronoun;
  const out: FrameWord[] = [];
  let j = i;
  // A phrase ending in a post-modifier ('one person familiar with the plans'): start from its head.
  const last = words[i];
  if (last && last.kind === 'word' && !isNameWord(last) && !isSpeakerNoun(lower(last))) {
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
      const w = words[k];
      if (w.kind !== 'word') break;
      if (!POST_MODIFIER_PREPOSITIONS.has(lower(w))) continue;
      const headAt = findHeadLeft(words, k - 1, 3);
      if (headAt < 0) break;
      for (let m = i; m > headAt; m--) out.unshift(words[m]);
      j = headAt;
      break;
    }
  }
  while (j >= 0 && out.length < 12) {
    const w = words[j];
    if (w.kind === 'word') {
      const l = lower(w);
      if (DETERMINERS.has(l)) {
        out.unshift(w);
        break;
      }
      // The noun right before the cue may be any source WordNet's commonest sense makes one ('the book said'; not
      // 'the result showed', whose source is whoever reports it); further left only the speaker nouns.
      if (isNameWord(w) || isSpeakerNoun(l) || (j === i && sourceKindOf(l) !== null) || numeralOfName(w, out)) {
        out.unshift(w);
      } else if (out.length > 0 && (l === 'with' || l === 'of' || l === 'for' || l === 'at' || l === 'from' || l === 'in')) {
        // A post-modifier ('One person familiar with the plans'): the head is further left.
        const headAt = findHeadLeft(words, j - 1, 3);
        if (headAt < 0) break;
        for (let k = j; k > headAt; k--) out.unshift(words[k]);
        j = headAt;
        continue;
      } else if (out.length > 0 && !STOP.has(l) && !cueLemma(l) && /^\p{Ll}/u.test(w.text)) {
        out.unshift(w);
      } else {
        break;
      }
    } else if (isHonorificDot(words, j) || isPossessiveMark(words, j) || isAgeWord(words, j)) {
      out.unshift(w);
    } else {
      break;
    }
    j--;
  }
  if (!out.length) return null;
  // The phrase needs a head: a name, a pronoun or a speaker noun before any post-modifier.
  if (!out.some((w) => w.kind === 'word' && (isNameWord(w) || isSpeakerNoun(lower(w)) || (w === words[i] && sourceKindOf(lower(w)) !== null)))) return null;
  return phraseOf(out);
}

/** A capitalised number before one name word, which it begins ('Zero Hedge'). */
function numeralOfName(w: FrameWord, out: FrameWord[]): boolean {
  return /^\p{Lu}/u.test(w.text) && out.length === 1 && isNameWord(out[0]) && numberBeginsName(w.normal, out[0].normal);
}

function findHeadLeft(words: FrameWord[], from: number, n: number): number {
  for (let k = from; k >= 0 && k > from - n; k--) {
    const w = words[k];
    if (w.kind !== 'word') return -1;
    // 'Whitfield said on social media that': a verb between them, so no head with a post-modifier.
    if (cueLemma(w.normal)) return -1;
    if (isNameWord(w) || isSpeakerNoun(lower(w))) return k;
    if (STOP.has(lower(w))) return -1;
  }
  return -1;
}

/** Whether the phrase names someone: its head is a capitalised name (not a role noun after a possessive name). */
export function headWord(phrase: SpeakerPhrase): FrameWord {
  const core: FrameWord[] = [];
  for (const w of phrase.words) {
    if (w.kind === 'word' && (w.normal === 'of' || w.normal === 'for' || w.normal === 'at') && core.length) break;
    core.push(w);
  }
  const words = core.filter((w) => w.kind === 'word');
  // 'Vann R. Newkirk II': the name before a generation is the head.
  if (words.length > 1 && isGeneration(words[words.length - 1].text)) return words[words.length - 2];
  return words[words.length - 1] ?? phrase.words[0];
}

/** Words that say when: weekdays, months, 'morning', 'yesterday'. */
export const TIME_WORDS: ReadonlySet<string> = new Set([...CALENDAR_NAMES, ...timeWords.nouns, ...timeWords.adverbs]);
/** Words that open a phrase of time: 'on Monday', 'at the time', 'last week'. */
export const TIME_OPENERS: ReadonlySet<string> = new Set(timeWords.openers);
/** Words a speaker phrase never ends in: a link to what a walk let in after it ('Cruz knocked Rubio on trade and'). */
const LINK_WORDS = new Set(['and', 'or', 'but', 'that', 'to', 'for', 'by', 'with', 'a', 'an', 'the', 'of', 'in', 'on', 'at', 'from', 'who', 'which', 'as']);

/** An inflected form WordNet knows only as a verb ('met', 'took'), as irregular pasts do not end in '-ed'. */
function onlyVerbForm(word: string): boolean {
  // An '-ing' form modifies a noun as often as it heads a clause ('managing director').
  return !word.endsWith('ing') && isVerbNotNoun(word) && lemmasOf(word, 'v').some((l) => l !== word) && lemmasOf(word, 'a').length === 0;
}

/**
 * A speaker is a name, a role or a described source, never a clause: the
 * phrase cut before a verb ('A spokesman for Platte River declined' → 'A
 * spokesman for Platte River'), before a time it was said ('Clinton on
 * Monday', 'Trump at the time said …'), and before a link word it ends in.
 */
export function withoutClause(phrase: SpeakerPhrase): SpeakerPhrase {
  const ws = phrase.words;
  let end = ws.length;
  for (let i = 1; i < ws.length; i++) {
    const w = ws[i];
    if (w.kind !== 'word') continue;
    const next = ws[i + 1]?.normal === 'the' ? ws[i + 2] : ws[i + 1];
    const time = TIME_OPENERS.has(w.normal) && !!next && next.kind === 'word' && (TIME_WORDS.has(next.normal) || next.normal === 'time');
    if ((/^\p{Ll}/u.test(w.text) && (isFiniteVerb(w.normal) || onlyVerbForm(w.normal))) || time) {
      end = i;
      break;
    }
  }
  while (end > 1 && (ws[end - 1].kind !== 'word' || LINK_WORDS.has(ws[end - 1].normal))) end--;
  if (end === ws.length) return phrase;
  const kept = ws.slice(0, end);
  // 'That prompted Rubio to …', 'A newly formed super PAC …': nothing before the verb names anyone; the name
  // after it, if any, is who goes on to speak.
  if (!kept.some((w) => w.kind === 'word' && !STOP.has(lower(w)) && !DETERMINERS.has(lower(w)) && !/ly$/.test(w.normal))) {
    const at = ws.findIndex((w, i) => i >= end && isNameWord(w));
    if (at < 0) return phrase;
    let last = at;
    while (last + 1 < ws.length && isNameWord(ws[last + 1])) last++;
    return { start: ws[at].start, end: ws[last].end, words: ws.slice(at, last + 1) };
  }
  const cut = { start: kept[0].start, end: kept[kept.length - 1].end, words: kept };
  // 'Pupils leaving one school in Canterbury on Tuesday afternoon': a cut never leaves a place's name for the head.
  let k = kept.length;
  while (k > 0 && isNameWord(kept[k - 1])) k--;
  return k > 0 && k < kept.length && /^(?:in|from|near)$/.test(kept[k - 1].normal) ? phrase : cut;
}
