/**
 * The people and bodies an article names: every capitalised name outside
 * quotation marks, with the titles and roles the article gives it ('Governor
 * Vladislav Shapsha', 'A Caddock spokesman, Neil Farrant'), so that a role noun
 * or a surname can be reported as the fullest name.
 */
import type { Article } from '../text/article';
import { lowerBound } from '../text/lowerBound';
import { frameWords, isCapitalized, isPunct, isTitleCase, withoutNickname, type FrameWord } from './frame';
import { pairQuotationMarks, type QuotedSpan } from './marks';
import { nameTags } from './nameTags';
import { clauseSubject } from './attribution';
import { headWord, isNameWord, isSpeakerNoun, phraseRightOf } from './speakerPhrase';
import { BODY_NAME_WORDS, BODY_NOUNS, DETERMINERS, HONORIFIC_GENDER, NOT_NAME_WORDS, ROLE_GENDER, TITLE_WORDS, isGeneration, isPostNominal, isTitleWord, type Gender } from './speakerWords';
import { cueLemma } from './cues';
import { personNameStart } from './personName';
import { isRoleBeforeName, isVerbNotNoun, sourceKindOf } from './nounKinds';
import { lemmasOf } from '../lexicon/wordnet';
import nameParticles from '../lexicon/name-particles.json';

/** Prepositions after which a name inside a subject phrase modifies its head ('Lee Zeldin of New York'). */
const SUBJECT_PREPOSITIONS = new Set(['of', 'from', 'in', 'at', 'for', 'with', 'to', 'on', 'by']);

export interface NameMention {
  start: number;
  end: number;
  /** The name's words, titles and a possessive ending left out. */
  name: string[];
  /** Role words the article attaches to this mention (lower case). */
  roles: string[][];
  sentence: number;
  paragraph: number;
  /** Gender the honorific or role gives, if any. */
  gender?: Gender;
  /** The mention is (part of) its sentence's subject, not a possessive ('Strachan’s side'). */
  subject: boolean;
  /** Met in a headline set in title case, where a capital does not mark a name ('Warren Slams Trump Over Taxes'). */
  headline?: boolean;
}

export interface Cast {
  article: Article;
  mentions: NameMention[];
  /** Word forms seen in lower case in the article: a capitalised sentence opener with one is a common word. */
  lowerWords: Set<string>;
  /** Word forms seen capitalised inside a sentence: names. */
  innerCapitals: Set<string>;
}

/** Whether a capitalised sentence opener is a common word ('Residents', 'Neighbours'), not a name. */
export function isCommonOpener(cast: Pick<Cast, 'lowerWords' | 'innerCapitals'>, normal: string, alone: boolean): boolean {
  const w = bare(normal);
  if (cast.innerCapitals.has(w) || TITLE_WORDS.has(w)) return false;
  // A noun for people opens a sentence on its own ('Neighbours described'); before another capital it starts a name.
  if (cast.lowerWords.has(w) || (alone && isSpeakerNoun(w))) return true;
  // 'Soon, he found …', 'Reached by phone, Joyce said', 'Regarding Trump’s rhetoric, Woods …': a word the lexicon
  // knows as no noun and no name. Alone, any such word; before a capital only a verb form, as 'Young' or
  // 'Bright' may begin a name but 'Regarding' never does. A word the article capitalises inside a sentence was kept above.
  const tags = nameTags(w.charAt(0).toUpperCase() + w.slice(1));
  return alone ? tags.commonWord || (participleOnly(w) && !tags.properFirst) || abstractNoun(w, tags.properFirst) : tags.verbForm;
}

/**
 * 'Demolition, he said, …': a word WordNet knows only as a noun for an act, a
 * state or a thing (no person, no body), that no name list knows, opens the
 * sentence as a common noun. A surname that is also a word ('Fox', 'Rice') is
 * known to the name lists, or capitalised elsewhere in the article.
 */
function abstractNoun(w: string, properFirst: boolean): boolean {
  if (properFirst || lemmasOf(w, 'n').length === 0 || lemmasOf(w, 'v').length > 0 || lemmasOf(w, 'a').length > 0) return false;
  const kind = sourceKindOf(w);
  return kind === null && !isSpeakerNoun(w);
}

/**
 * 'Chastened by the analyses, Trump …': a past form WordNet knows as a verb
 * and not as a noun, where compromise's lexicon has no entry for it.
 */
function participleOnly(w: string): boolean {
  return w.endsWith('ed') && isVerbNotNoun(w);
}

/** Lower-case words inside a name: a body's ('Department of Health', 'Marks and Spencer') or a person's particles. */
export const CONNECTORS = new Set(['of', 'and', 'for', ...nameParticles.particles]);

function bare(normal: string): string {
  return normal.replace(/’/g, '\'').replace(/'s$|'$/, '');
}

function displayWord(text: string): string {
  return text.replace(/['’]s$|['’]$/, '');
}

/** The cast of the article asked last (one only, so that a workspace's casts are not all held). */
let lastCast: Cast | undefined;

/**
 * An article's cast, for both its readers: speaker resolution and the story's
 * cast (story/storyCast.ts). When one article is analysed and then checked
 * (a long file, a draft being edited) it is built once. Only the last is kept:
 * held for every loaded article, or read into the story's for every article
 * at analysis, it cost 14 MB of a 1,000-article workspace.
 * `spans` are the article's paired quotation marks, when the caller has them.
 */
export function castOf(article: Article, spans?: QuotedSpan[]): Cast {
  if (lastCast?.article !== article) lastCast = buildCast(article, spans ?? pairQuotationMarks(article));
  return lastCast;
}

export function buildCast(article: Article, spans: QuotedSpan[]): Cast {
  const lowerWords = new Set<string>();
  const innerCapitals = new Set<string>();
  for (const s of article.sentences) {
    s.tokens.forEach((t, k) => {
      if (t.kind !== 'word') return;
      if (t.text === t.normal) lowerWords.add(t.normal);
      else if (k > 0 && s.tokens[k - 1].kind === 'word' && /^\p{Lu}/u.test(t.text)) innerCapitals.add(bare(t.normal));
    });
  }
  const mentions: NameMention[] = [];
  for (const sentence of article.sentences) {
    const words = frameWords(article, sentence, sentence, spans);
    const firstHere = mentions.length;
    let i = 0;
    while (i < words.length) {
      if (!isNameWord(words[i]) && !(isCapitalized(words[i]) && words[i].normal in HONORIFIC_GENDER)) {
        i++;
        continue;
      }
      const runStart = i;
      const run: FrameWord[] = [];
      while (i < words.length) {
        const w = words[i];
        if (isCapitalized(w) && (isNameWord(w) || w.normal in HONORIFIC_GENDER)) {
          run.push(w);
          i++;
          // A possessive ends the name ('Strachan’s side') unless a body word follows ('the Information Commissioner’s Office').
          if (/['’]s$/.test(w.text) && !isBodyWordAfterPossessive(words[i])) break;
          if (isPunct(words[i], '\'’') && words[i].start === w.end) break;
          continue;
        }
        if (isPunct(w, '.') && run.length && /^\p{Lu}/u.test(run[run.length - 1].text) && (run[run.length - 1].normal in HONORIFIC_GENDER || run[run.length - 1].text.length === 1) && isCapitalized(words[i + 1])) {
          i++;
          continue;
        }
        // 'OG&E', 'Marks & Spencer'
        if (isPunct(w, '&') && run.length && isCapitalized(words[i + 1])) {
          run.push(w);
          i++;
          continue;
        }
        if (w.kind === 'word' && CONNECTORS.has(w.normal) && run.length && (isNameWord(words[i + 1]) || (CONNECTORS.has(words[i + 1]?.normal ?? '') && isNameWord(words[i + 2])))) {
          run.push(w);
          i++;
          continue;
        }
        break;
      }
      if (!run.length) {
        i = Math.max(i, runStart + 1);
        continue;
      }
      const vocabulary = { lowerWords, innerCapitals };
      const of = personOfBody(run);
      if (of > 0) {
        // 'Maria Lindqvist of Nordhav': a person and the body they belong to, two mentions.
        const person = mentionOf(article, sentence.index, words, runStart, run.slice(0, of), vocabulary);
        const body = mentionOf(article, sentence.index, words, words.indexOf(run[of + 1]), run.slice(of + 1), vocabulary);
        for (const m of [person, body]) if (m) mentions.push(m);
        continue;
      }
      const and = coupleSplit(run);
      if (and > 0) {
        // 'Tom and Lucy Archuleta': two people sharing a surname, not a body named 'X and Y'.
        const firstPerson = mentionOf(article, sentence.index, words, runStart, run.slice(0, and), vocabulary);
        const second = mentionOf(article, sentence.index, words, words.indexOf(run[and + 1]), run.slice(and + 1), vocabulary);
        if (firstPerson && second) firstPerson.name = [...firstPerson.name, second.name[second.name.length - 1]];
        for (const m of [firstPerson, second]) if (m) mentions.push(m);
        continue;
      }
      const both = coordinationSplit(article, run);
      if (both > 0) {
        // 'Cruz and Rubio', 'Hillary Clinton and Bernie Sanders': two people, each named on their own.
        const left = mentionOf(article, sentence.index, words, runStart, run.slice(0, both), vocabulary);
        const right = mentionOf(article, sentence.index, words, words.indexOf(run[both + 1]), run.slice(both + 1), vocabulary);
        for (const m of [left, right]) if (m) mentions.push(m);
        continue;
      }
      const mention = mentionOf(article, sentence.index, words, runStart, run, vocabulary);
      if (mention) mentions.push(mention);
    }
    // Only this sentence's mentions, without rescanning the article's (a long file has tens of thousands).
    const here = mentions.slice(firstHere).filter((m) => m.sentence === sentence.index);
    const subject = clauseSubject(words, 0, words.length);
    for (const m of here) {
      const possessive = /^['’]/.test(article.text.slice(m.end, m.end + 1));
      // 'Rep. Lee Zeldin of New York': a name after a preposition modifies the subject's head; it is not the subject.
      const before = words[lowerBound(words.length, (k) => words[k].start < m.start) - 1];
      const modifier = !!before && before.kind === 'word' && before.start >= (subject?.start ?? Infinity) && SUBJECT_PREPOSITIONS.has(before.normal);
      // 'The Republican incumbent said', 'Clinton campaign chairman John Podesta said': a name that only modifies the subject's head is not its subject.
      const head = subject ? headWord(subject) : undefined;
      const isHead = !!head && head.start >= m.start && head.start < m.end;
      m.subject = !!subject && m.start >= subject.start && m.end <= subject.end && !possessive && !modifier && isHead;
    }
    attachAppositiveRoles(words, here);
    // Only a headline: a heading line ('Chargers WR Jackson will play'), or a first line in title case; a title-case
    // line inside the copy ('Inspector: Dr Alun Rees.') names people as written.
    const headline = article.paragraphs[sentence.paragraph].kind === 'heading' || (sentence.paragraph === 0 && isTitleCase(words));
    if (headline) for (const m of here) m.headline = true;
  }
  return { article, mentions, lowerWords, innerCapitals };
}

function mentionOf(
  article: Article,
  sentenceIndex: number,
  words: FrameWord[],
  runStart: number,
  run: FrameWord[],
  vocabulary: Pick<Cast, 'lowerWords' | 'innerCapitals'>,
): NameMention | undefined {
  if (isDateline(article, sentenceIndex, words, runStart, run)) return undefined;
  let names = run.map((w) => ({ w, text: displayWord(w.text), normal: bare(w.normal) }));
  // A capitalised opener that the article also writes in lower case is a common word ('Residents said').
  const first = names[0];
  const opensSentence = runStart === 0 || words[runStart - 1]?.kind === 'quote';
  if (opensSentence && isCommonOpener(vocabulary, first.normal, names.length === 1)) names = names.slice(1);
  while (names.length && !/^\p{Lu}/u.test(names[0].text)) names = names.slice(1);
  if (!names.length) return undefined;
  if (isDescriptorBeforeName(names.map((n) => n.text))) names = names.slice(1);
  // Titles and honorifics go: 'Group Commander Tessa Morrow' → 'Tessa Morrow'.
  let lastTitle = -1;
  // A title in the possessive belongs to a body's name ('Commissioner’s Office'), it is not one.
  const texts = names.map((n) => n.text);
  for (let k = 0; k < names.length - 1; k++) if (!/['’]s$/.test(names[k].w.text) && !/['’]/.test(article.text[names[k].w.end] ?? '') && isRoleBeforeName(texts, k)) lastTitle = k;
  const titles = names.slice(0, lastTitle + 1).map((n) => n.normal);
  names = names.slice(lastTitle + 1);
  // 'House Speaker Paul Ryan', 'Republican Donald Trump': what stands before the person's name describes them.
  const described = personNameStart(names.map((n) => n.text));
  const descriptor = names.slice(0, described).map((n) => n.normal).filter((w) => /^\p{L}/u.test(w) && !nameTags(w).notName);
  names = names.slice(described);
  while (names.length && CONNECTORS.has(names[names.length - 1].normal)) names.pop();
  // 'Simon Hale KC', 'Ann Lee OBE': letters after a name are not part of it ('Mr Hale' is still 'Simon Hale').
  while (names.length > 1 && isPostNominal(names[names.length - 1].text)) names.pop();
  if (!names.length || names.every((n) => TITLE_WORDS.has(n.normal))) return undefined;
  let gender: Gender | undefined;
  for (const t of titles) gender ??= HONORIFIC_GENDER[t] ?? ROLE_GENDER[t];
  const roles: string[][] = [];
  const prefix = titlePrefix(words, runStart);
  const titleRole = [...prefix, ...titles, ...descriptor].filter((t) => !(t in HONORIFIC_GENDER));
  if (titleRole.length) roles.push(titleRole);
  for (const t of prefix) gender ??= ROLE_GENDER[t];
  const sentence = article.sentences[sentenceIndex];
  const start = names[0].w.start;
  const lastWord = names[names.length - 1];
  const stop = isGeneration(lastWord.text) && article.text[lastWord.w.end] === '.' ? 1 : 0;
  const end = lastWord.w.start + lastWord.text.length + stop;
  return {
    start,
    end,
    name: withoutNickname(article.text.slice(start, end)).replace(/\s+/g, ' ').split(' '),
    roles,
    sentence: sentenceIndex,
    paragraph: sentence.paragraph,
    gender,
    subject: false,
  };
}

/**
 * 'LEEDS, England (Reuters) -', 'BRISTOL —': a place in capitals opening a
 * paragraph before a comma, a dash or a bracket is the story's dateline, never
 * a person or body that could speak.
 */
function isDateline(article: Article, sentenceIndex: number, words: FrameWord[], runStart: number, run: FrameWord[]): boolean {
  const sentence = article.sentences[sentenceIndex];
  if (runStart !== 0 || article.paragraphs[sentence.paragraph].sentences[0] !== sentenceIndex) return false;
  if (!run.every((w) => w.kind !== 'word' || CONNECTORS.has(w.normal) || !/\p{Ll}/u.test(w.text))) return false;
  if (!run.some((w) => w.kind === 'word' && w.text.length > 1 && /^\p{Lu}+$/u.test(w.text))) return false;
  return isPunct(words[run.length], ',—–-(');
}

/**
 * 'Homeowner Brenda Kowalski', 'Landlord Dev Kaur', 'Mum-of-two Ann Reid': a
 * capitalised common noun for a person (or a hyphenated descriptor like
 * 'Father-of-three') before a full name is a descriptor set as a title, not
 * part of the name. The name after it opens with a known first name, or is
 * exactly a first name and a surname. A word the lexicon knows as a name
 * ('Carter Lee Jones', 'Taylor Ann Brooks') is kept. Real titles
 * ('Governor', 'Dr') are handled as titles.
 */
export function isDescriptorBeforeName(words: string[]): boolean {
  if (words.length < 3) return false;
  const first = bare(words[0].toLowerCase());
  if (TITLE_WORDS.has(first) || first in HONORIFIC_GENDER || BODY_NOUNS.has(first)) return false;
  // 'Mum-of-two', 'Father-of-three', 'Self-employed': lower-case parts after the capital are never a name's.
  const hyphenated = /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)+$/u.test(words[0]);
  if (!hyphenated && !/^\p{Lu}\p{Ll}+$/u.test(words[0])) return false;
  const own = nameTags(words[0]);
  if (!hyphenated && (own.properFirst || !(isSpeakerNoun(first) || own.actorFirst))) return false;
  // A plural ('Farmers Union Wales') describes no one person.
  if (!hyphenated && /[^s]s$/.test(first)) return false;
  if (!words.slice(1).every((w) => /^\p{Lu}/u.test(w) && !BODY_NAME_WORDS.has(bare(w.toLowerCase())))) return false;
  const tags = nameTags(words.slice(1).join(' '));
  if (tags.organization || tags.place) return false;
  return tags.firstName || words.length === 3;
}

/**
 * Where a run 'First and First Last' splits: at an 'and' between a lone known
 * first name and a full name that opens with one ('Tom and Lucy Archuleta').
 * 'Marks and Spencer' and 'Procter and Gamble Ltd' stay whole. Returns the
 * index of 'and', or -1.
 */
export function coupleSplit(run: FrameWord[]): number {
  if (run.length < 4 || run[1].normal !== 'and' || run.slice(2).some((w) => w.kind !== 'word' || CONNECTORS.has(w.normal))) return -1;
  if (run.slice(2).some((w) => BODY_NAME_WORDS.has(bare(w.normal))) || /['’]s$/.test(run[0].text)) return -1;
  const before = nameTags(run[0].text);
  const after = nameTags(run.slice(2).map((w) => displayWord(w.text)).join(' '));
  return before.firstName && after.firstName && !after.organization ? 1 : -1;
}

/**
 * Where a run 'A and B' splits into two names: each side is a person's name
 * by compromise's lexicon or is written on its own elsewhere in the article,
 * and nothing in the run makes it a body's name ('Marks and Spencer',
 * 'Procter and Gamble Ltd', 'Department of Health and Human Services').
 * Returns the index of 'and', or -1.
 */
export function coordinationSplit(article: Article, run: FrameWord[]): number {
  const and = run.findIndex((w, k) => k > 0 && k < run.length - 1 && w.kind === 'word' && w.normal === 'and');
  if (and < 0 || run.some((w) => w.kind !== 'word' || (w.normal !== 'and' && CONNECTORS.has(w.normal)) || BODY_NAME_WORDS.has(bare(w.normal)))) return -1;
  const text = (ws: FrameWord[]) => ws.map((w) => displayWord(w.text)).join(' ');
  if (nameTags(text(run)).organization) return -1;
  const standsAlone = (side: FrameWord[]) => {
    const tags = nameTags(text(side));
    if (tags.organization) return false;
    if (tags.firstName || tags.properFirst) return true;
    return timesWritten(article, text(side)) > timesWritten(article, text(run));
  };
  const left = run.slice(0, and);
  const right = run.slice(and + 1);
  const leftAlone = standsAlone(left);
  const rightAlone = standsAlone(right);
  if (leftAlone && rightAlone) return and;
  // 'Tyresha McClenney and Bryan Anderson': beside a person, a given name and a surname the lists do not know
  // are another person's, not half of a body's name.
  const personShaped = (side: FrameWord[]) => side.length === 2 && side.every((w) => { const t = nameTags(displayWord(w.text)); return !t.organization && !t.place && !t.commonWord && !t.demonym; });
  return (leftAlone && personShaped(right)) || (rightAlone && personShaped(left)) ? and : -1;
}

const written = new WeakMap<Article, Map<string, number>>();

/** How often a phrase is written in the article, counted once per phrase: a long article repeats its runs of names. */
function timesWritten(article: Article, phrase: string): number {
  let counts = written.get(article);
  if (!counts) written.set(article, (counts = new Map()));
  let count = counts.get(phrase);
  if (count === undefined) {
    count = 0;
    if (!phrase) count = article.text.length - 1;
    else for (let at = article.text.indexOf(phrase); at >= 0; at = article.text.indexOf(phrase, at + phrase.length)) count++;
    counts.set(phrase, count);
  }
  return count;
}

function isBodyWordAfterPossessive(w: FrameWord | undefined): boolean {
  return isCapitalized(w) && BODY_NAME_WORDS.has(bare(w!.normal));
}

/**
 * Where a run 'First Last of Body' splits: at an 'of' (or 'for', 'at': 'Cameron
 * Easley for Morning Consult') after at least two words that open with a
 * known first name or an honorific. 'Bank of England' and 'John of Gaunt'
 * stay whole. Returns the index of 'of', or -1.
 */
export function personOfBody(run: FrameWord[]): number {
  const of = run.findIndex((w, k) => k > 0 && (w.normal === 'of' || w.normal === 'for' || w.normal === 'at'));
  if (of < 0 || of === run.length - 1) return -1;
  let k = 0;
  // 'Sen. Tom Carper of Delaware': the abbreviation's full stop belongs to the title.
  const isTitle = (w: FrameWord) => w.normal in HONORIFIC_GENDER || TITLE_WORDS.has(bare(w.normal));
  while (k < of && (isTitle(run[k]) || (k > 0 && isPunct(run[k], '.') && isTitle(run[k - 1])))) k++;
  // 'Auctioneer Declan Moran of Moran & Hegarty': a role noun before the name is a title too.
  const texts = run.map((w) => w.text);
  while (k < of - 1 && run[k].kind === 'word' && isRoleBeforeName(texts, k)) k++;
  // 'Station Manager Dev Okafor of …': a compound title ends at its last title word.
  let lastTitle = -1;
  for (let t = k; t < of - 2; t++) if (TITLE_WORDS.has(bare(run[t].normal))) lastTitle = t;
  if (lastTitle >= 0) k = lastTitle + 1;
  // A middle initial's full stop belongs to the name ('Charles B. Rangel of New York').
  const person = run.slice(k, of).filter((w, j, all) => !(isPunct(w, '.') && j > 0 && /^\p{Lu}$/u.test(all[j - 1].text)));
  // One word after a title is a surname ('Sen. Brown of Ohio'); with no title it takes two.
  if (person.length < (k > 0 ? 1 : 2) || person.some((w) => w.kind !== 'word' || CONNECTORS.has(w.normal) || BODY_NAME_WORDS.has(bare(w.normal)))) return -1;
  const tags = nameTags(person.map((w) => w.text).join(' '));
  // 'Dawit Gebreyes of Ethiopia': a two-word name from a place, even when the first name is not a known one.
  const fromPlace = !tags.organization && nameTags(run.slice(of + 1).map((w) => w.text).join(' ')).place;
  // Before 'of', a title or role then a name is a person of the body ('Sen. Brown of Ohio', 'Auctioneer Declan Moran of …').
  return k > 0 || (tags.firstName && !tags.organization) || fromPlace ? of : -1;
}

/** Lower-case role words just before a name: 'Rovers manager Helen Strachan', 'Chief executive Laura Benning'. */
function titlePrefix(words: FrameWord[], runStart: number): string[] {
  const prefix: string[] = [];
  let j = runStart - 1;
  while (j >= 0 && prefix.length < 4) {
    const w = words[j];
    if (w.kind !== 'word' || DETERMINERS.has(w.normal)) break;
    // The role's head right before the name: a title, or a lower-case noun for a person or body ('harbour master', 'the union Unison').
    const head = prefix.length === 0 && /^\p{Ll}/u.test(w.text) && isSpeakerNoun(w.normal) && !cueLemma(w.normal);
    if (TITLE_WORDS.has(w.normal) || head || (prefix.length > 0 && /^\p{Ll}/u.test(w.text) && !isNameWord(w) && isSpeakerNoun(w.normal) === false && w.normal.length > 2 && !['said', 'told'].includes(w.normal))) {
      prefix.unshift(w.normal);
      j--;
      continue;
    }
    // 'Station manager Rhys Abbott': the sentence opener is capitalised only because it opens the sentence.
    if (j === 0 && prefix.length > 0 && /^\p{Lu}\p{Ll}+$/u.test(w.text) && !NOT_NAME_WORDS.has(w.normal) && !cueLemma(w.normal)) prefix.unshift(w.normal);
    break;
  }
  return prefix.some((p) => TITLE_WORDS.has(p)) || (prefix.length > 0 && isSpeakerNoun(prefix[prefix.length - 1])) ? prefix : [];
}

/**
 * Roles given in apposition: 'Sunita Rao, the Environment Agency's flood duty
 * manager' and 'A Caddock spokesman, Neil Farrant,'.
 */
function attachAppositiveRoles(words: FrameWord[], mentions: NameMention[]): void {
  if (!mentions.length) return;
  const chunks: Array<[number, number]> = [];
  let s = 0;
  // The sentence's closing stop is not part of its last chunk ('…, the resort's operator, Acme Lifts.').
  let n = words.length;
  while (n > 0 && isPunct(words[n - 1], '.!?')) n--;
  for (let j = 0; j <= n; j++) {
    if (j === n || isPunct(words[j], ',;:()—–') || words[j].kind === 'quote') {
      if (j > s) chunks.push([s, j]);
      s = j + 1;
    }
  }
  const mentionCovering = (a: number, b: number): NameMention | undefined => {
    // '…, said Els Peeters, a spokeswoman for …': the verb of an inverted attribution opens the name's chunk.
    while (a < b - 1 && words[a].kind === 'word' && /^\p{Ll}/u.test(words[a].text) && cueLemma(words[a].normal)) a++;
    const from = words[a].start;
    const to = words[b - 1].end;
    const m = mentions.find((x) => x.start >= from && x.end <= to);
    if (!m) return undefined;
    // The chunk is only the name (with titles).
    const phrase = phraseRightOf(words, a);
    return phrase && phrase.end >= to && isNameWord(words[b - 1]) ? m : undefined;
  };
  const roleOf = (a: number, b: number): string[] | undefined => {
    let lead = words[a];
    if (lead.kind !== 'word') return undefined;
    if (!DETERMINERS.has(lead.normal) && !/['’]s?$/.test(lead.text) && !isPunct(words[a + 1], '\'’')) {
      // 'During the trial the prosecutor, Simon Hale,': the role is the noun phrase that ends the chunk.
      let d = b - 1;
      while (d > a && d >= b - 5 && !(words[d].kind === 'word' && (words[d].normal === 'the' || words[d].normal === 'a' || words[d].normal === 'an'))) d--;
      if (d <= a || d < b - 5 || !isSpeakerNoun(words[b - 1].normal) || words.slice(d + 1, b).some((w) => w.kind !== 'word' || isCapitalized(w))) return undefined;
      a = d;
      lead = words[a];
    }
    const role: string[] = [];
    for (let k = a; k < b; k++) {
      const w = words[k];
      if (w.kind !== 'word') continue;
      if (['who', 'which', 'that', 'whose'].includes(w.normal)) break;
      role.push(bare(w.normal));
    }
    return role.some((r) => isSpeakerNoun(r)) ? role.filter((r) => !DETERMINERS.has(r)) : undefined;
  };
  for (let c = 0; c + 1 < chunks.length; c++) {
    const [a1, b1] = chunks[c];
    const [a2, b2] = chunks[c + 1];
    const named = mentionCovering(a1, b1);
    const role2 = roleOf(a2, b2);
    if (named && role2) addRole(named, role2);
    const role1 = roleOf(a1, b1);
    const named2 = mentionCovering(a2, b2);
    if (role1 && named2) addRole(named2, role1);
  }
}

function addRole(m: NameMention, role: string[]): void {
  m.roles.push(role);
  for (const r of role) m.gender ??= ROLE_GENDER[r];
}

/** Whether a name is a body's (a company, an agency, a club) rather than a person's. */
export function isBodyName(name: string[]): boolean {
  const last = name[name.length - 1]?.toLowerCase() ?? '';
  return BODY_NAME_WORDS.has(last) || name.some((w) => w === 'of' || w === 'and');
}

// Keyed by the name array, which is replaced, never edited, when a mention's name grows.
const lowered = new WeakMap<string[], string[]>();

// 'Hale' is 'Robert Hale Jr.': a generation suffix does not stop a surname from matching.
function withoutGeneration(name: string[]): string[] {
  return name.length > 1 && isGeneration(name[name.length - 1]) ? name.slice(0, -1) : name;
}

/** A mention's name in lower case without a generation suffix, worked out once: fullestName asks for it for every mention, many times over. */
function lowerOf(m: NameMention): string[] {
  let lower = lowered.get(m.name);
  if (!lower) lowered.set(m.name, (lower = withoutGeneration(m.name).map((w) => w.toLowerCase())));
  return lower;
}

interface NameIndex {
  byLast: Map<string, NameMention[]>;
  byFirst: Map<string, NameMention[]>;
  /** Each mention's place among them all, to cut a list down to a run of them. */
  place: Map<NameMention, number>;
  /** The mentions' count when it was built: the cast under construction grows. */
  size: number;
  /** fullestName's candidates of the longest name, by key, in article order. */
  fullest: Map<string, NameMention[]>;
}

const nameIndexes = new WeakMap<NameMention[], NameIndex>();

/**
 * The mentions by their first and by their last word, in article order: a name
 * can only end (or start) like the key if that word matches, so fullestName looks
 * at those few instead of every mention of a long article.
 */
function nameIndex(mentions: NameMention[]): NameIndex {
  let index = nameIndexes.get(mentions);
  if (!index || index.size !== mentions.length) {
    const byLast = new Map<string, NameMention[]>();
    const byFirst = new Map<string, NameMention[]>();
    const place = new Map<NameMention, number>();
    const add = (map: Map<string, NameMention[]>, word: string, m: NameMention) => {
      const list = map.get(word);
      if (list) list.push(m);
      else map.set(word, [m]);
    };
    mentions.forEach((m, k) => {
      place.set(m, k);
      const n = lowerOf(m);
      if (!n.length) return;
      add(byLast, n[n.length - 1], m);
      add(byFirst, n[0], m);
    });
    index = { byLast, byFirst, place, size: mentions.length, fullest: new Map() };
    nameIndexes.set(mentions, index);
  }
  return index;
}

/**
 * A run of an article's mentions (those a reader has met by a quotation, or
 * those within its reading window) remembered as the part `lo`..`hi` of them
 * all. Such runs are cut for every quotation of a long file; looking names up
 * in the index of all the mentions, cut to the run, spares building an index
 * of each run, which grew the check with the window's size at every quotation.
 */
interface MentionRun {
  all: NameMention[];
  lo: number;
  hi: number;
}

const runs = new WeakMap<NameMention[], MentionRun>();
/** fullestName's candidates by key, per run (see NameIndex.fullest). */
const runFullest = new WeakMap<NameMention[], Map<string, NameMention[]>>();

function rememberRun(run: NameMention[], of: NameMention[], lo: number): void {
  const outer = runs.get(of);
  runs.set(run, outer ? { all: outer.all, lo: outer.lo + lo, hi: outer.lo + lo + run.length } : { all: of, lo, hi: lo + run.length });
}

/** `mentions.slice(lo, hi)`, known as that run of them. */
export function mentionRun(mentions: NameMention[], lo: number, hi: number): NameMention[] {
  const run = mentions.slice(lo, hi);
  rememberRun(run, mentions, Math.min(lo, mentions.length));
  return run;
}

/** The cast as a reader knows it at `at`: only the mentions before it. */
export function castBefore(cast: Cast, at: number): Cast {
  const before = cast.mentions.filter((m) => m.start < at);
  const k = before.length;
  // Kept in order, k mentions whose last is the k-th of them all are the first k: a run.
  if (k === 0 || before[k - 1] === cast.mentions[k - 1]) rememberRun(before, cast.mentions, 0);
  return { ...cast, mentions: before };
}

/** The fullest form of a name in the article, near `position` when several people share it. */
export function fullestName(cast: Cast, name: string[], position: number): string[] {
  const key = withoutGeneration(name).map((w) => w.toLowerCase());
  const endsWith = (m: NameMention) => {
    const n = lowerOf(m);
    return n.length >= key.length && key.every((w, k) => n[n.length - key.length + k] === w);
  };
  const startsWith = (m: NameMention) => {
    const n = lowerOf(m);
    return n.length >= key.length && key.every((w, k) => n[k] === w);
  };
  const run = key.length ? runs.get(cast.mentions) : undefined;
  const index = key.length ? nameIndex(run?.all ?? cast.mentions) : undefined;
  let cached = index?.fullest;
  if (run) {
    cached = runFullest.get(cast.mentions);
    if (!cached) runFullest.set(cast.mentions, (cached = new Map()));
  }
  // The candidates depend on the key alone: worked out once per key, as a long article names the same people thousands of times.
  const known = cached?.get(key.join(' '));
  const full = known ?? fullestCandidates(index, run, cast.mentions, key, endsWith, startsWith);
  if (cached && !known) cached.set(key.join(' '), full);
  if (!full.length) return name;
  // Nearest before the position, else the first after it (the candidates are in article order).
  let lo = 0;
  let hi = full.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (full[mid].start <= position) lo = mid + 1;
    else hi = mid;
  }
  return (lo > 0 ? full[lo - 1] : full[0]).name;
}

function fullestCandidates(index: NameIndex | undefined, run: MentionRun | undefined, mentions: NameMention[], key: string[], endsWith: (m: NameMention) => boolean, startsWith: (m: NameMention) => boolean): NameMention[] {
  // An index list cut to the run: the same mentions, in the same order, as an index of the run alone would list.
  const inRun = (list: NameMention[]): NameMention[] => {
    if (!run || !index) return list;
    const at = (k: number) => index.place.get(list[k])!;
    return list.slice(lowerBound(list.length, (k) => at(k) < run.lo), lowerBound(list.length, (k) => at(k) < run.hi));
  };
  const endingLike = index ? inRun(index.byLast.get(key[key.length - 1]) ?? []) : mentions;
  const startingLike = index ? inRun(index.byFirst.get(key[0]) ?? []) : mentions;
  const fits = (m: NameMention) => fuller(m, key);
  let candidates = endingLike.filter((m) => endsWith(m) && fits(m));
  if (key.length === 1 && !candidates.some((m) => m.name.length > 1)) {
    const byStart = startingLike.filter((m) => startsWith(m) && fits(m)).filter((m) => m.name.length > 1);
    if (byStart.length) candidates = byStart;
  }
  if (!candidates.length) return [];
  // A headline's capitals join words that are no name ('Hillary Clinton Slams Donald Trump'): its runs count only when the copy has no other.
  if (candidates.some((m) => !m.headline)) candidates = candidates.filter((m) => !m.headline);
  // 'Ready for Trump', 'Friends of Trump': a body named after someone is no fuller form of their name when the
  // article gives one without such a link ('Donald Trump'); 'Illinois Board of Elections' stays when it is all there is.
  const linked = (m: NameMention) => !key.includes('of') && !key.includes('for') && lowerOf(m).some((w) => w === 'of' || w === 'for');
  if (candidates.some((m) => !linked(m))) candidates = candidates.filter((m) => !linked(m));
  const longest = Math.max(...candidates.map((m) => m.name.length));
  return candidates.filter((m) => m.name.length === longest).sort((a, b) => a.start - b.start);
}

/**
 * Whether a mention can be a fuller form of the key: 'Sheldon Adelson and
 * Donald Trump' names two people, so it is no fuller form of 'Trump'; a
 * body's own 'and' ('Marks and Spencer') is kept when the key has it too.
 */
function fuller(m: NameMention, key: string[]): boolean {
  const n = lowerOf(m);
  return key.includes('and') || key.includes('&') || !(n.includes('and') || n.includes('&'));
}

const bodies = new WeakMap<NameMention, boolean>();

/**
 * Whether a mention names a body (a company, an agency, a club): a name ending
 * in a body word, a fuller form that does ('Caddock' → 'Caddock Polymers'), or
 * one compromise tags as an organisation; never one with a first name or honorific.
 */
export function isBodyMention(cast: Cast, m: NameMention): boolean {
  const known = bodies.get(m);
  if (known !== undefined) return known;
  let body = isBodyName(m.name) || isBodyName(fullestName(cast, m.name, m.start));
  if (!body && !m.gender) {
    const tags = nameTags(m.name.join(' '));
    // 'the resort's operator, Brennhorn Bergbahnen': a name given a body noun as its role is a body's.
    body = !tags.firstName && (tags.organization || m.roles.some((role) => BODY_NOUNS.has(roleHead(role))));
  }
  if (m.gender) body = false;
  bodies.set(m, body);
  return body;
}

/** The head noun of a role: its last word before a post-modifier ('head of the union' → 'head'). */
function roleHead(role: string[]): string {
  const cut = role.findIndex((w) => w === 'of' || w === 'at' || w === 'for' || w === 'in' || w === 'with');
  const core = cut > 0 ? role.slice(0, cut) : role;
  return core[core.length - 1] ?? '';
}

/** Gender of a mention: its honorific or role, else compromise's first-name lexicon. */
export function genderOf(cast: Cast, m: NameMention): Gender | undefined {
  if (m.gender) return m.gender;
  const full = fullestName(cast, m.name, m.start);
  const byName = full.length > 1 ? nameTags(full.join(' ')).gender : undefined;
  if (byName) return (m.gender = byName);
  // A same-name mention elsewhere may carry it ('Ms Hale').
  const surname = m.name[m.name.length - 1];
  for (const other of cast.mentions) if (other !== m && other.gender && other.name[other.name.length - 1] === surname) return other.gender;
  return undefined;
}
