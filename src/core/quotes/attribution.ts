/**
 * Attribution inside one sentence: the cue ('said', 'according to', a colon)
 * and the phrase naming who spoke, before or after the quotation, in either
 * order ('"…," said X' / '"…," X said' / 'X told Y: "…"' / '…, stating, "…"'),
 * or the agent of the cue that frames a partial quotation.
 */
import { BE_FORMS, CUE_FILLERS, DOCUMENT_NOUNS, cueLemma, isCompanionCue, isCommunicationVerb, isParticiple, isPastParticiple, isSpeechVerbForm, isStrongCue } from './cues';
import { endsWithComma, insideCapitalisedName, isCapitalized, isPunct, type FrameWord } from './frame';
import timeWords from '../lexicon/time-words.json';
import { nameTags } from './nameTags';
import { isAdverbOfAdjective, isFiniteVerb, sourceKindOf } from './nounKinds';
import { commonestLexfiles, lemmasOf, readingsOf } from '../lexicon/wordnet';
import { TIME_OPENERS, TIME_WORDS, headWord, isHonorificDot, isNameWord, isSpeakerNoun, personBeforeWho, phraseLeftOf, phraseRightOf, type SpeakerPhrase } from './speakerPhrase';

export interface Attribution {
  /** The cue words as written ('said', 'according to', ':'). */
  cue: string;
  /** Who spoke; null for a passive cue without an agent ('Staff were told …'). */
  phrase: SpeakerPhrase | null;
}

const CLAUSE_OPENERS = new Set([
  'in', 'on', 'at', 'after', 'before', 'during', 'outside', 'inside', 'meanwhile', 'however', 'earlier', 'later',
  'speaking', 'asked', 'when', 'while', 'as', 'since', 'until', 'despite', 'with', 'without', 'for', 'from',
  'by', 'under', 'over', 'across', 'near', 'by', 'then', 'now', 'today', 'yesterday', 'still', 'instead',
  'separately', 'elsewhere', 'afterwards', 'overnight', 'last', 'this', 'on', 'following', 'amid', 'among',
]);

function cueText(words: FrameWord[], i: number): string {
  return words[i].text;
}

function isCueAt(words: FrameWord[], i: number, strongOnly: boolean): boolean {
  const w = words[i];
  if (!w || w.kind !== 'word') return false;
  if (w.normal === 'according' && words[i + 1]?.normal === 'to') return true;
  if (insideCapitalisedName(words, i)) return false;
  if (!cueLemma(w.normal)) return !/^\p{Lu}/u.test(w.text) && isSpeechVerbForm(w.normal) && !isNounUse(words, i) && !isPassiveUse(words, i);
  if (isNounUse(words, i)) return false;
  // 'the statement read', 'the sign on the door read'
  if (w.normal === 'read' || w.normal === 'reads') return words.slice(Math.max(0, i - 5), i).some((x) => DOCUMENT_NOUNS.has(x.normal) || sourceKindOf(x.normal) === 'document');
  // 'as Trump went on about "…"', 'she pointed out that': the particle makes the weak verb one of speaking.
  return !strongOnly || isStrongCue(w.normal) || (isCompanionCue(w.normal, words[i + 1]?.normal) && companionLeadsOn(words[i + 2]));
}

/** After 'went on', 'pointed out': what was said follows ('about', 'that', a quotation, a comma or colon). */
function companionLeadsOn(w: FrameWord | undefined): boolean {
  return !!w && (w.kind === 'quote' || isPunct(w, ',:') || w.normal === 'about' || w.normal === 'that');
}

/** 'was greeted by', 'were nodded through': a verb of speaking beyond the cue list used in the passive says nothing about who spoke. */
function isPassiveUse(words: FrameWord[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && words[k].kind === 'word' && CUE_FILLERS.has(words[k].normal)) k--;
  return k >= 0 && words[k].kind === 'word' && BE_FORMS.has(words[k].normal);
}

/** Words after which a verb cannot stand: an article or a possessive makes the cue word a noun ('the report', 'its answer'). */
const NOUN_MARKERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'our', 'my', 'your', 'these', 'those', 'every', 'each']);

/**
 * A cue word used as a noun or a modifier: after an article or a possessive
 * ('a brief statement', 'their reply'), or a bare form after 'that'/'this'
 * ('… that state police were …'), where a verb would need a subject first.
 */
function isNounUse(words: FrameWord[], i: number): boolean {
  const before = words[i - 1];
  if (!before || before.kind !== 'word') return false;
  if (NOUN_MARKERS.has(before.normal)) return true;
  // 'Donald Trump's claim': after a possessive name the word is a noun.
  if (/^\p{Lu}.*['’]s$/u.test(before.text)) return true;
  if ((before.normal === 'that' || before.normal === 'this') && cueLemma(words[i].normal) === words[i].normal && words[i + 1]?.kind === 'word') return true;
  return modifiedNoun(words, i);
}

/** Words that can stand between a subject and its bare verb ('they often comment'), or join clauses. */
const BEFORE_BARE_VERB = new Set(['i', 'we', 'you', 'they', 'who', 'which', 'that', 'to', 'not', 'and', 'or', 'but', 'often', 'never', 'always', 'usually', 'sometimes', 'rarely']);

/**
 * 'a new and more personal campaign message', 'the following comment': a
 * bare cue word after modifiers that a determiner opens. A verb there would
 * need a plural subject ('the senators comment'), so a modifier that is no
 * plural, adverb or auxiliary makes the cue word the noun its phrase ends in.
 */
function modifiedNoun(words: FrameWord[], i: number): boolean {
  // 'read' spells its past as its bare form ('The sign on the door read: …'), so a singular subject may stand before it.
  if (cueLemma(words[i].normal) !== words[i].normal || words[i].normal === 'read') return false;
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const w = words[k];
    if (w.kind !== 'word' || /^\p{Lu}/u.test(w.text)) return false;
    if (NOUN_MARKERS.has(w.normal) || w.normal === 'this') return k < i - 1;
    if (k === i - 1 && (BEFORE_BARE_VERB.has(w.normal) || CUE_FILLERS.has(w.normal) || /(?:s|ly)$/.test(w.normal))) return false;
    if (w.normal !== 'and' && BEFORE_BARE_VERB.has(w.normal)) return false;
  }
  return false;
}

/** The agent of the cue at `c`: its subject, or the 'by' phrase of a passive; undefined when none is found. */
export function agentOf(words: FrameWord[], c: number, clauseStart: number): Attribution | undefined {
  const cue = cueText(words, c);
  if (words[c].normal === 'according') {
    const phrase = phraseRightOf(words, c + 2);
    return phrase ? { cue: 'according to', phrase: preferNamedAppositive(words, phrase) } : undefined;
  }
  let k = c - 1;
  // 'has been steadily pounding': before a present participle the forms of 'be' and any adverb are the verb's, not a passive's.
  const progressive = /ing$/.test(words[c].normal);
  while (k >= clauseStart && words[k].kind === 'word' && (CUE_FILLERS.has(words[k].normal) || words[k].normal === 'not' || (progressive && (BE_FORMS.has(words[k].normal) || isAdverbOfAdjective(words[k].normal))))) k--;
  k = beforeTimeAdverbial(words, k, clauseStart);
  // 'Sen. Ann Fox (D-N.Y.) said': the bracket after a name is an aside.
  if (isPunct(words[k], ')')) {
    let open = k - 1;
    while (open > clauseStart && open >= k - 10 && !isPunct(words[open], '(')) open--;
    if (isPunct(words[open], '(') && open - 1 >= clauseStart && words[open - 1].kind === 'word') k = open - 1;
  }
  // 'Robert Hale Jr. said': the full stop of a generation or an initial belongs to the name before the cue.
  if (k > clauseStart && isHonorificDot(words, k)) k--;
  const before = words[k];
  // 'was quoted as saying', 'was heard saying': the subject still spoke.
  const quotedAsSaying = /^(?:quoted|heard|reported|recorded|filmed|seen)$/.test(words[c].normal) && (words[c + 1]?.normal === 'as' || words[c + 1]?.normal === 'saying');
  if (before && before.kind === 'word' && BE_FORMS.has(before.normal) && isPastParticiple(words[c].normal) && !quotedAsSaying) {
    for (let j = c + 1; j < words.length; j++) {
      if (isPunct(words[j], '.;!?') && !isHonorificDot(words, j)) break;
      // '… was hailed as "…" and is likely to be studied by X': a 'by' after a new verb phrase is that verb's agent.
      if (/^(?:and|but|or|while|yet)$/.test(words[j].normal) && NEW_VERB_PHRASE.has(words[j + 1]?.normal ?? '')) break;
      if (words[j].normal === 'by') {
        const agent = phraseRightOf(words, j + 1);
        if (agent) return { cue, phrase: agent };
      }
    }
    return { cue, phrase: null };
  }
  if (quotedAsSaying) {
    let s = k;
    while (s >= clauseStart && words[s].kind === 'word' && BE_FORMS.has(words[s].normal)) s--;
    k = s;
  }
  if (k < clauseStart) return undefined;
  const w = words[k];
  if (w.kind === 'word') {
    const phrase = phraseLeftOf(words, k);
    if (phrase && phrase.start >= words[clauseStart].start && !afterPreposition(words, phrase)) return { cue, phrase: preferNamedAppositive(words, phrase) };
    // 'In a Bloomberg interview Trump declared': an opening phrase with no comma after it runs into the name
    // before the verb; the name that ends it is the subject.
    // (Reaching here with such a phrase means the word that opens the clause is a preposition.)
    const opensClause = !!phrase && words.findIndex((x) => x.start === phrase.start) === clauseStart + 1;
    const named = opensClause ? trailingName(phrase!) : null;
    if (named) return { cue, phrase: named };
    const relative = relativeAntecedent(words, k, clauseStart);
    if (relative) return { cue, phrase: relative };
    const subject = clauseSubject(words, clauseStart, c);
    return subject ? { cue, phrase: subject } : undefined;
  }
  if (isPunct(w, ',')) {
    const subject = appositiveSubject(words, clauseStart, k);
    return subject ? { cue, phrase: subject } : undefined;
  }
  return undefined;
}

/** The capitalised run that ends a phrase after a lower-case noun ('a Bloomberg interview Trump' → 'Trump'), or null. */
function trailingName(phrase: SpeakerPhrase): SpeakerPhrase | null {
  const ws = phrase.words;
  let k = ws.length;
  while (k > 0 && (isNameWord(ws[k - 1]) || (k < ws.length && isHonorificDot(ws, k - 1)))) k--;
  if (k === ws.length || k === 0 || ws[k - 1].kind !== 'word' || /^\p{Lu}/u.test(ws[k - 1].text)) return null;
  const run = ws.slice(k);
  return { start: run[0].start, end: run[run.length - 1].end, words: run };
}

const TIME_ADVERBS = new Set(timeWords.adverbs);

/**
 * 'Governor Ana Ruiz on Tuesday said', 'Smith last week told': a time
 * adverbial between the speaker and the cue is skipped, so that the phrase
 * left of it is the speaker and the adverbial is never part of a name.
 */
function beforeTimeAdverbial(words: FrameWord[], k: number, clauseStart: number): number {
  if (k < clauseStart || words[k].kind !== 'word' || !TIME_WORDS.has(words[k].normal)) return k;
  for (let j = k; j >= Math.max(clauseStart, k - 3); j--) {
    const w = words[j];
    if (w.kind !== 'word') return k;
    if (TIME_OPENERS.has(w.normal) && j < k) {
      // Only right after the subject itself: in 'Pupils leaving a school in Canterbury on Tuesday said' the
      // word before the adverbial is a preposition's object, not the speaker.
      const direct = j - 1 >= clauseStart && isCapitalized(words[j - 1]) && !words.slice(clauseStart, j - 1).some((x) => PREPOSITIONS.has(x.normal));
      return direct ? j - 1 : k;
    }
  }
  // A bare time word ('Smith yesterday said').
  return TIME_ADVERBS.has(words[k].normal) && k - 1 >= clauseStart ? k - 1 : k;
}

/** Auxiliaries that open a new verb phrase after a conjunction. */
const NEW_VERB_PHRASE = new Set([...BE_FORMS, 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'looks', 'seems', 'appears']);

/** Prepositions whose object can stand right before a verb without being its subject ('fans gathered in Leeds cheered'). */
const PREPOSITIONS = new Set(['in', 'at', 'of', 'from', 'near', 'outside', 'inside', 'across', 'around', 'throughout', 'into', 'onto', 'on', 'by', 'with', 'to', 'towards', 'toward', 'behind', 'beyond']);

/** The phrase is the object of a preposition ('… outside the court in Leeds said'), so the verb's subject lies further left. */
function afterPreposition(words: FrameWord[], phrase: SpeakerPhrase): boolean {
  const at = words.findIndex((w) => w.start === phrase.start);
  const before = words[at - 1];
  return at > 0 && before.kind === 'word' && PREPOSITIONS.has(before.normal);
}

/** 'Okafor, who had held the seat … and had dismissed …': the antecedent of the nearest 'who'. */
function relativeAntecedent(words: FrameWord[], from: number, clauseStart: number): SpeakerPhrase | null {
  for (let j = from; j > clauseStart; j--) {
    if (words[j].kind === 'quote') return null;
    if (words[j].normal === 'who') {
      const k = isPunct(words[j - 1], ',') ? j - 2 : j - 1;
      return k >= clauseStart ? phraseLeftOf(words, k) : null;
    }
  }
  return null;
}

/** The first noun phrase of the clause after an opening adverbial ('On the call, Benning said …'). */
export function clauseSubject(words: FrameWord[], clauseStart: number, limit: number): SpeakerPhrase | null {
  let i = clauseStart;
  // Skip an opening adverbial ending in a comma, with any adverb that leads it ('Even before Sanders spoke, …').
  const led = !!words[i + 1] && CLAUSE_OPENERS.has(words[i + 1].normal) && words[i].kind === 'word' && nameTags(words[i].text).notName;
  if (words[i] && (CLAUSE_OPENERS.has(words[i].normal) || led)) {
    let j = i;
    while (j < limit && !isPunct(words[j], ',')) j++;
    if (j < limit) i = j + 1;
  }
  if (i >= limit) return null;
  const phrase = phraseRightOf(words, i);
  return phrase ? preferNamedAppositive(words, phrase) : null;
}

const COORDINATORS = new Set(['and', 'but', 'so', 'yet', 'or']);
/** Prepositions that open a sentence's topic ('Of Carson, …', 'As for …'), beyond those of place. */
const LEADING_PREPOSITIONS = new Set(['about', 'for', 'as', 'like', 'after', 'before', 'since', 'among', 'against', 'under', 'over', 'without', 'despite', 'unlike']);

/** 'Rovers' director of football, Ian Calloway, said': the named chunk of an appositive subject. */
function appositiveSubject(words: FrameWord[], clauseStart: number, commaBeforeCue: number): SpeakerPhrase | null {
  const chunks: Array<[number, number]> = [];
  let s = clauseStart;
  for (let j = clauseStart; j <= commaBeforeCue; j++) {
    if (isPunct(words[j], ',') || j === commaBeforeCue) {
      if (j > s) chunks.push([s, j]);
      s = j + 1;
    }
  }
  let first: SpeakerPhrase | null = null;
  for (let [a, b] of chunks) {
    // 'But Sen. Ann Fox (D-Ill.), noting …, said': a conjunction opening the clause is not part of the name.
    if (words[a]?.kind === 'word' && COORDINATORS.has(words[a].normal) && a + 1 < b) a++;
    // 'Even China, Pyongyang's only ally, said': a focusing word no name begins with, before a capital, is not the name's.
    // A preposition leads a phrase that is no subject ('Of Carson, Levine, who …, said').
    if (words[a]?.kind === 'word' && a + 1 < b && isCapitalized(words[a + 1]) && !isNameWord(words[a]) && nameTags(words[a].text).notName && !PREPOSITIONS.has(words[a].normal) && !LEADING_PREPOSITIONS.has(words[a].normal)) a++;
    const lead = words[a];
    if (lead.kind !== 'word' || ['who', 'which', 'whose', 'where', 'whom'].includes(lead.normal)) continue;
    if (CLAUSE_OPENERS.has(lead.normal) && !isNameWord(lead)) continue;
    const phrase = phraseRightOf(words, a) ?? personBeforeWho(words, a, b);
    if (!phrase) continue;
    // 'Rep. Ann Fox (D-Md.), chair of …, said': a bracket closing the chunk is an aside to the name.
    let last = b - 1;
    if (isPunct(words[last], ')')) {
      const open = words.findIndex((w, k) => k >= a && k < last && isPunct(w, '('));
      if (open > a) last = open - 1;
    }
    // 'Rachel Kim of the Burlington firm Hale & Ostrow, who …, called': a post-modifier may end the chunk.
    const link = (w: FrameWord | undefined) => !!w && /^(?:of|at|for|from|with)$/.test(w.normal);
    const next = words.findIndex((w, x) => x > a && w.start >= phrase.end);
    const modified = (next > a && next <= last && link(words[next])) || phrase.words.some((w, x) => x > 0 && link(w) && isNameWord(phrase.words[x - 1]));
    const covers = phrase.end >= words[last].end || (modified && isNameWord(headWord(phrase)));
    if (!covers) continue;
    if (isNameWord(headWord(phrase))) return phrase;
    first ??= phrase;
  }
  return first;
}

/** A role phrase followed by ', Name,' is that name: 'the director of football, Ian Calloway'. */
function preferNamedAppositive(words: FrameWord[], phrase: SpeakerPhrase): SpeakerPhrase {
  if (isNameWord(headWord(phrase))) return phrase;
  const after = words.findIndex((w) => w.start >= phrase.end);
  // 'A local pastor, the Rev. Tom Reid,': a determiner may stand before a titled name, and
  // 'Clinton's introducer, actress Jamie Lee Curtis': a role noun or two.
  let nameAt = after + 1;
  while (nameAt <= after + 2 && words[nameAt]?.kind === 'word' && /^\p{Ll}/u.test(words[nameAt].text) && (words[nameAt].normal === 'the' || isSpeakerNoun(words[nameAt].normal))) nameAt++;
  if (after >= 0 && isPunct(words[after], ',') && isCapitalized(words[nameAt])) {
    const name = phraseRightOf(words, nameAt);
    const end = words.findIndex((w) => w.start >= (name?.end ?? Infinity));
    if (name && isNameWord(headWord(name)) && (end < 0 || isPunct(words[end], ',.;') || words[end].kind === 'quote' || cueLemma(words[end].normal))) return name;
  }
  return phrase;
}

/** Attribution after the quotation: '"…," said X' / '"…," X said' / '"…," according to X'. */
export function attributionAfter(words: FrameWord[], q: number): Attribution | undefined {
  let i = q + 1;
  while (i < words.length && isPunct(words[i], ',;—–-')) i++;
  const w = words[i];
  if (!w || w.kind !== 'word') return undefined;
  if (isCueAt(words, i, false)) {
    if (w.normal === 'according') return agentOf(words, i, q + 1);
    return invertedAgent(words, i);
  }
  // '“could not be excluded” if the girders proved …': a subordinate clause runs on from the quotation; its verb
  // is no attribution. One that a comma closes may be followed by the speaker ('"…" if she lost, said X').
  if (SUBORDINATORS.has(w.normal)) {
    const comma = afterSubordinateClause(words, i);
    return comma > 0 && isCueAt(words, comma, false) && words[comma].normal !== 'according' ? invertedAgent(words, comma) : undefined;
  }
  // Speaker first: up to a dozen words, then the cue; a bracket ('Sen. Ann Fox (D-N.Y.) said') or an
  // apposition between commas ('X, attorney for one of four groups to file suit, said') does not count.
  let aside = 0;
  for (let c = i + 1; c < Math.min(words.length, i + 14 + aside); c++) {
    const x = words[c];
    if (isPunct(x, '(')) {
      const close = words.findIndex((w, k) => k > c && k <= c + 10 && isPunct(w, ')'));
      if (close > 0) {
        aside += close - c + 1;
        c = close;
        continue;
      }
    }
    if (isPunct(x, ',') && aside < 24) {
      const close = words.findIndex((w, k) => k > c && k <= c + 24 && ((isPunct(w, ',.;!?') && !isAbbreviationDot(words, k)) || w.kind === 'quote'));
      if (close > 0 && isPunct(words[close], ',') && words[close + 1] && isCueAt(words, close + 1, false)) {
        aside += close - c;
        c = close;
        continue;
      }
    }
    if (x.kind === 'quote' || (isPunct(x, '.!?;') && !isHonorificDot(words, c) && !isAbbreviationDot(words, c))) break;
    if (isCueAt(words, c, false)) {
      const found = agentOf(words, c, i);
      if (found?.phrase && found.phrase.start >= words[i].start) return found;
      // '"…," staff were told' names who heard it; in '…, "Title", were first told of …' nothing stands
      // between the quotation and the passive, so the quotation is part of the subject, not what was told.
      if (found && found.phrase === null) return hasSubjectBetween(words, i, c) ? found : undefined;
      return undefined;
    }
  }
  return dialogueTag(words, q, i);
}

/** Adverb particles a verb of reply takes: 'shot back', 'chimed in', 'cut in'. */
const TAG_PARTICLES = new Set(['back', 'in', 'out', 'up', 'off', 'on', 'again']);

/**
 * '"Jeb wants to be a tough guy tonight," Trump shot back.': a quotation whose
 * words close on a comma inside the marks, followed by nothing but a person and
 * a finite verb, is that verb's object whatever the verb is — the comma is the
 * tag's, as in '"…," she laughed', '"…," he mocks' or '"…," he fired back'. A
 * name or a person word only: '"…," the rain fell' tags nothing.
 */
function dialogueTag(words: FrameWord[], q: number, i: number): Attribution | undefined {
  if (!words[q].comma) return undefined;
  for (let c = i + 1; c < Math.min(words.length, i + 6); c++) {
    const x = words[c];
    if (x.kind !== 'word') return undefined;
    if (/^\p{Lu}/u.test(x.text) || !isTagVerb(x.normal)) continue;
    let e = c + 1;
    if (words[e]?.kind === 'word' && TAG_PARTICLES.has(words[e].normal)) e++;
    const next = words[e];
    if (next && !(isPunct(next, '.!?,;') && !isHonorificDot(words, e)) && !(next.kind === 'word' && TAG_PREPOSITIONS.has(next.normal))) return undefined;
    const found = agentOf(words, c, i);
    if (!found?.phrase || found.phrase.start !== words[i].start || found.phrase.end !== words[c - 1].end) return undefined;
    return isPersonPhrase(found.phrase) ? { cue: words.slice(c, e).map((w) => w.text).join(' '), phrase: found.phrase } : undefined;
  }
  return undefined;
}

/** Prepositions a tag may run on with: 'shot back at Bush', 'laughed with reporters'. */
const TAG_PREPOSITIONS = new Set(['at', 'to', 'with', 'from', 'as', 'during', 'after', 'before']);

/** A finite form of a verb WordNet knows, past or present, not the bare verb or a participle ('shot', 'grinned', 'mocks'). */
function isTagVerb(normal: string): boolean {
  return !normal.endsWith('ing') && lemmasOf(normal, 'v').some((l) => l !== normal);
}

/** The index after the comma that closes the subordinate clause opening at `i`, or -1 when the sentence ends first. */
function afterSubordinateClause(words: FrameWord[], i: number): number {
  for (let j = i + 1; j < words.length; j++) {
    if (words[j].kind === 'quote' || (isPunct(words[j], '.;!?') && !isHonorificDot(words, j))) return -1;
    if (isPunct(words[j], ',')) return j + 1 < words.length ? j + 1 : -1;
  }
  return -1;
}

const SUBORDINATORS = new Set(['if', 'unless', 'because', 'though', 'although', 'whether', 'when', 'while', 'until', 'than', 'once']);

/** 'Mitch McConnell, R-Ky., said': a full stop with a comma right after it closes an abbreviation, not a sentence. */
function isAbbreviationDot(words: FrameWord[], j: number): boolean {
  const next = words[j + 1];
  return isPunct(words[j], '.') && !!next && isPunct(next, ',') && next.start === words[j].end;
}

/** Whether a word other than an auxiliary or an adverb stands in [from, cue): the passive's own subject. */
function hasSubjectBetween(words: FrameWord[], from: number, cue: number): boolean {
  for (let j = from; j < cue; j++) {
    const w = words[j];
    if (w.kind !== 'word') continue;
    if (!BE_FORMS.has(w.normal) && !CUE_FILLERS.has(w.normal) && w.normal !== 'not') return true;
  }
  return false;
}

/** Attribution before a quotation that the sentence introduces ('X told Y: "…"', '…, adding, "…"'). */
export function attributionBefore(words: FrameWord[], q: number): Attribution | undefined {
  let clauseStart = 0;
  for (let j = q - 1; j >= 0; j--) {
    if (words[j].kind === 'quote' || isPunct(words[j], ';')) {
      clauseStart = j + 1;
      break;
    }
  }
  if (q <= clauseStart) return undefined;
  const last = words[q - 1];
  if (!isPunct(last, ',:—–-')) return undefined;
  for (let c = q - 2; c >= clauseStart; c--) {
    if (!isCueAt(words, c, false)) continue;
    if (words[c].normal === 'to' && words[c - 1]?.normal === 'according') continue;
    if (isParticiple(words[c].normal) && !BE_FORMS.has(words[c - 1]?.normal ?? '')) {
      const subject = clauseSubject(words, clauseStart, c);
      if (subject) return { cue: words[c].text, phrase: subject };
      continue;
    }
    const found = agentOf(words, c, clauseStart);
    if (found) return found;
  }
  if (isPunct(last, ':,')) {
    // 'Continued Stone: "…"', 'explained the moderator, Nancy Cordes: "…"', 'Because of the calendar, explained
    // Rosenberg, "…"': a cue and the speaker after it run up to the colon or comma.
    for (let c = clauseStart; c < q - 2; c++) {
      if (!isCueAt(words, c, false) || words[c].normal === 'according') continue;
      if (isPunct(last, ',') && !isPunct(words[c - 1], ',')) continue;
      const after = phraseRightOf(words, c + 1);
      if (after && after.end === words[q - 2].end && isNameWord(headWord(after))) return { cue: words[c].text, phrase: after };
    }
  }
  if (isPunct(last, ':')) {
    // 'Smith: "…"', 'The sign on the door: "…"': whoever or whatever the clause introduces, unless it names
    // no one and a name ends the clause ('The timing does not surprise the pollster Daron Shaw: "…"').
    const closing = phraseLeftOf(words, q - 2);
    const subject = clauseSubject(words, coordinatedClauseStart(words, clauseStart, q - 1), q - 1);
    const subjectNames = subject && (isNameWord(headWord(subject)) || subject.words.length === 1 && /^(?:he|she|they|i|we)$/i.test(subject.words[0].text));
    if (!subjectNames && closing && closing.start > words[clauseStart].start && isNameWord(headWord(closing)) && !afterPreposition(words, closing)) {
      return { cue: ':', phrase: closing };
    }
    // 'Wait, it gets better:' opens with an imperative, not with someone who speaks.
    const imperative = subject?.words.length === 1 && nameTags(subject.words[0].text).verbOnly;
    if (subject && !imperative) return { cue: ':', phrase: subject };
  }
  return undefined;
}

/**
 * Where the last of coordinated clauses begins ('Nordkyst Sjømat flies fish south, and its operations director,
 * Arild Berg, was blunt:'): after a comma and a coordinator, when a verb follows before `limit`. What a colon
 * introduces is the words of that clause's subject, not of the sentence's first. A list ('Fox, Lee, and Tan:')
 * has no verb and stays whole.
 */
function coordinatedClauseStart(words: FrameWord[], clauseStart: number, limit: number): number {
  for (let j = limit - 2; j > clauseStart; j--) {
    if (!(words[j].kind === 'word' && COORDINATORS.has(words[j].normal) && isPunct(words[j - 1], ','))) continue;
    const verb = words.slice(j + 2, limit).some((w) => w.kind === 'word' && (BE_FORMS.has(w.normal) || isFiniteVerb(w.normal)));
    return verb ? j + 1 : clauseStart;
  }
  return clauseStart;
}

/** A cue someone used, not one they declined or avoided ('declined to comment', 'careful not to call it'). */
function isReportedCue(words: FrameWord[], c: number): boolean {
  // An infinitive, split or not ('to explain', 'to further explain', 'to publicly say'): a wish, not words said.
  const before = words[c - 1]?.normal;
  const split = !!before && /^(?:\p{L}+ly|further|also|even|ever)$/u.test(before) && words[c - 2]?.normal === 'to';
  return isCueAt(words, c, true) && before !== 'to' && !split;
}

/** 'called the budget "…"', 'branded them "…"': a weak naming verb whose object runs up to the quotation. */
function judgingCue(words: FrameWord[], c: number, q: number): boolean {
  const w = words[c];
  if (!w || w.kind !== 'word' || !/^(?:call|brand|label|term|dub)$/.test(cueLemma(w.normal) ?? '')) return false;
  // 'refused to call it', 'avoided calling it', 'stopped short of calling it': words not used.
  if (words.slice(Math.max(0, c - 2), c).some((x) => AVOIDING.has(x.normal))) return false;
  if (q - c < 2 || q - c > 6) return false;
  // 'called Mr. Obama's remarks "…"': an honorific's full stop is part of the object.
  return words.slice(c + 1, q).every((x, k) => x.kind === 'word' || isPossessiveApostrophe(words, x) || isHonorificDot(words, c + 1 + k));
}

const AVOIDING = new Set(['to', 'avoid', 'avoided', 'avoids', 'avoiding', 'of', 'not', 'never', 'without', 'refused', 'declined', 'stopped', 'resisted', 'shied', 'careful']);

function isPossessiveApostrophe(words: FrameWord[], x: FrameWord): boolean {
  const i = words.indexOf(x);
  return isPunct(x, '\'’') && words[i - 1]?.end === x.start;
}

/**
 * Whether a phrase can be someone who speaks: a name, a pronoun, or a noun
 * whose commonest sense is a person, a group or a document ('the report'),
 * or one WordNet does not know; not a thing or an act ('the data', 'the decision').
 */
function canSpeak(phrase: SpeakerPhrase): boolean {
  const head = headWord(phrase);
  if (head.kind !== 'word' || /^\p{Lu}/u.test(head.text) || (phrase.words.length === 1 && /^(?:he|she|they|it|we|i|you|who|which|that)$/.test(head.normal))) return true;
  return sourceKindOf(head.normal) !== null || isSpeakerNoun(head.normal) || readingsOf(head.normal).length === 0;
}

/**
 * 'She says it underscores that Trump is "…"': 'it', 'this' or 'that' doing the
 * saying inside someone's reported clause is a fact they cite; when no one
 * reports it, it still stands for whoever said it (the last resort below).
 */
function isThingPronoun(phrase: SpeakerPhrase): boolean {
  return phrase.words.length === 1 && /^(?:it|this|that)$/.test(phrase.words[0].normal);
}

/**
 * 'the recent spate of police shootings and protests demands that …': the
 * words before the verb end a complement of 'of', so they are not its subject
 * ('spate' is); whatever they are, they do not speak.
 */
function insideOfComplement(words: FrameWord[], phrase: SpeakerPhrase): boolean {
  let k = words.findIndex((w) => w.start === phrase.start) - 1;
  for (let seen = 0; k >= 0 && seen < 6; k--, seen++) {
    const w = words[k];
    if (w.kind !== 'word' || /^\p{Lu}/u.test(w.text)) return false;
    if (w.normal === 'of') return true;
    if (BE_FORMS.has(w.normal) || cueLemma(w.normal) !== undefined || ['that', 'which', 'who', 'whom', 'whose'].includes(w.normal)) return false;
  }
  return false;
}

/** A name, 'he'/'she', or a noun whose commonest sense is a person: someone, not a body or a document. */
function isPersonPhrase(phrase: SpeakerPhrase): boolean {
  const head = headWord(phrase);
  if (phrase.words.length === 1 && /^(?:he|she|i|we)$/.test(head.normal)) return true;
  return /^\p{Lu}/u.test(head.text) ? !isBodyLike(head.normal) : sourceKindOf(head.normal) === 'person';
}

/** A capitalised head that is a common noun for a body or a document ('Text messages' opening a sentence). */
function isBodyLike(normal: string): boolean {
  const kind = sourceKindOf(normal);
  return kind === 'group' || kind === 'document';
}

/** The cue framing a partial quotation, nearest before it (else after), and its agent. */
export function attributionAround(words: FrameWord[], q: number): Attribution | undefined {
  let passive: Attribution | undefined;
  let voiceless: Attribution | undefined;
  let derived: Attribution | undefined;
  for (let c = q - 1; c >= 0; c--) {
    if (isReportedCue(words, c) || judgingCue(words, c, q)) {
      // '…, saying his campaign doesn't want "that crap"': a participle after a comma takes the clause's subject.
      if (isParticiple(words[c].normal) && endsWithComma(words[c - 1])) {
        const subject = clauseSubject(words, 0, c);
        if (subject) return { cue: words[c].text, phrase: subject };
      }
      const found = agentOf(words, c, 0);
      // 'X said the town had been promised "…"': a passive with no agent inside someone's reported clause
      // quotes the one reporting it; only when no one reports it are the words unattributed.
      if (found && found.phrase === null) {
        passive ??= found;
        continue;
      }
      // 'Nance said the decision leaves "no question" …': a thing that 'leaves' or 'shows' inside someone's
      // reported clause says nothing; the one reporting it speaks the words.
      if (found?.phrase && (!canSpeak(found.phrase) || insideOfComplement(words, found.phrase) || isThingPronoun(found.phrase))) {
        voiceless ??= found;
        continue;
      }
      // Likewise a verb only WordNet makes one of speaking ('Sanders has pushed her to be "more aggressive"')
      // inside what a person says with a listed cue ('McCaskill said'): that person owns the words. A document
      // that reports it ('Text messages revealed that Tulley had threatened to "sort him out"') does not.
      if (found?.phrase && !cueLemma(words[c].normal)) {
        derived ??= found;
        continue;
      }
      if (found && derived && !(found.phrase && isPersonPhrase(found.phrase))) return derived;
      if (found) return found;
    }
  }
  // Nothing better before them: the nearest of the two.
  if (voiceless && derived) return voiceless.phrase!.start > derived.phrase!.start ? voiceless : derived;
  if (voiceless ?? derived) return voiceless ?? derived;
  for (let c = q + 1; c < words.length; c++) {
    // '… as "starter homes," though prices have not been announced': a subordinate clause after the words says
    // nothing about who used them.
    if (words[c].kind === 'word' && SUBORDINATORS.has(words[c].normal)) {
      const next = afterSubordinateClause(words, c);
      if (next < 0) break;
      c = next - 1;
      continue;
    }
    if (isReportedCue(words, c)) {
      // '"It seems unlikely" that he wins, said Steve Elmendorf': after a comma the cue comes before its speaker.
      const inverted = endsWithComma(words[c - 1]) && !isParticiple(words[c].normal) && words[c].normal !== 'according' ? invertedAgent(words, c) : undefined;
      if (inverted && isNameWord(headWord(inverted.phrase!))) return inverted;
      const found = agentOf(words, c, 0);
      // 'X are accused of acting "…" by failing to report it, the report said': an agentless passive before the
      // quotation is the report's own wording; the reporting verb after it names whose words they are.
      // Only a closing tag (', the report said.'): in 'Staff were told it was "final", but several said …' the
      // later verb reports another clause, and the passive's words stay unattributed.
      if (found && (!passive || (found.phrase && closingTag(words, found.phrase, c)))) return found;
    }
  }
  return passive;
}

/**
 * ', the report said.': the speaker opens after a comma and nothing but a short
 * adverbial ('on Tuesday', 'in a statement') follows the cue to the sentence's end.
 */
function closingTag(words: FrameWord[], phrase: SpeakerPhrase, c: number): boolean {
  const at = words.findIndex((w) => w.start === phrase.start);
  if (at < 1 || !endsWithComma(words[at - 1])) return false;
  const rest = words.slice(c + 1).filter((w) => w.kind !== 'punct');
  return rest.length <= 3 && !rest.some((w) => w.kind === 'quote');
}

/** 'said Priya Nair, head of research': the speaker after the cue (fillers skipped), as an inverted attribution names it. */
function invertedAgent(words: FrameWord[], c: number): Attribution | undefined {
  let j = c + 1;
  while (j < words.length && words[j].kind === 'word' && CUE_FILLERS.has(words[j].normal)) j++;
  const phrase = phraseRightOf(words, j);
  return phrase ? { cue: words[c].text, phrase: preferNamedAppositive(words, phrase) } : undefined;
}

/**
 * '"New York values"' in 'Cruz questioned Trump's "New York values"', 'citing
 * her "long experience"': with no cue of the list, a verb of communication
 * (WordNet) a few words before a partial quotation names who used the words,
 * when its subject is someone. An agentless passive names no one and does not count.
 */
export function communicationBefore(words: FrameWord[], q: number): Attribution | undefined {
  for (let c = q - 1; c >= 0 && c >= q - 12; c--) {
    const w = words[c];
    // A list of quoted phrases ('citing her "long experience," "firm grasp …"') shares its verb.
    if (isPunct(w, '.;!?')) return undefined;
    if (w.kind !== 'word' || /^\p{Lu}/u.test(w.text) || !isCommunicationVerb(w.normal) || isNounUse(words, c) || words[c - 1]?.normal === 'to') continue;
    if (words.slice(Math.max(0, c - 2), c).some((x) => AVOIDING.has(x.normal))) return undefined;
    if (/ing$/.test(w.normal) && endsWithComma(words[c - 1])) {
      const subject = clauseSubject(words, 0, c);
      return subject ? { cue: w.text, phrase: subject } : undefined;
    }
    const found = agentOf(words, c, 0);
    return found?.phrase ? found : undefined;
  }
  return undefined;
}

/**
 * 'Reid has been pounding Trump as a "con artist"', 'Sanders credited her win to
 * "a closed primary"': with no verb of saying in reach, a partial quotation in
 * the predicate of a clause whose subject is a person quotes that person: the
 * reporter gives their words while telling what they did. Only a person (a
 * name, 'he', 'she', a noun for someone): a thing's clause ('The plan promises
 * "…"') says nothing about whose words they are, and a body's may be a label.
 */
export function personActing(words: FrameWord[], q: number): Attribution | undefined {
  // 'to chants of "ONE MORE YEAR!"', 'the cry of "Lock her up"': words that belong to a noun are the noun's, not the subject's.
  let before = q - 1;
  for (;;) {
    while (before >= 0 && /^(?:a|an|the)$/.test(words[before].normal)) before--;
    // The first of a list of quoted phrases ('as a "human leech" and a "spoiled brat"') says what the list is.
    if (/^(?:and|or|,)$/.test(words[before]?.normal ?? '') && words[before - 1]?.kind === 'quote') before -= 2;
    else break;
  }
  if (words[before]?.normal === 'of') return undefined;
  // 'pounding Trump as a "con artist"': what someone is cast as is a judgement, whatever the verb.
  let judged = words[before]?.normal === 'as';
  for (let c = q - 1; c >= 0 && c >= q - 15; c--) {
    const w = words[c];
    // A list of quoted phrases ('as a "human leech" and a "spoiled brat"') shares its verb.
    if (isPunct(w, '.;!?')) return undefined;
    if (w.kind !== 'word' || /^\p{Lu}/u.test(w.text)) continue;
    const infinitive = words[c - 1]?.normal === 'to' && lemmasOf(w.normal, 'v').includes(w.normal);
    if (!infinitive && !isInflectedVerb(words, c)) continue;
    // 'walked past the "quiet room"', 'pressed the "reset" button': a verb of motion or touch names a thing, not a
    // judgement. 'took to Twitter to accuse X of being "duped"': the judging verb may be an infinitive, whose
    // subject is the verb's it depends on.
    const judging = commonestLexfiles(w.normal, 'v').some((f) => JUDGING_LEXFILES.has(f));
    // 'avoided calling it a "hundred-year flood"': words not used.
    if (judging && !infinitive && words.slice(Math.max(0, c - 2), c).some((x) => AVOIDING.has(x.normal))) return undefined;
    judged ||= judging;
    if (!judged || infinitive) continue;
    const found = agentOf(words, c, 0);
    // A verb with no subject of its own (a participle) hands on to the verb it depends on.
    if (!found) continue;
    return found.phrase && isPersonPhrase(found.phrase) && !commonNounOpening(words, found.phrase) ? found : undefined;
  }
  return undefined;
}

/** WordNet's lexicographer file of nouns for communication ('claim', 'remark', 'promise', 'description'). */
const NOUN_COMMUNICATION = 10;

/** A possessive determiner and the pronoun that owns the thing ('his claim' is what he claimed). */
const POSSESSIVE_PRONOUNS: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it' };

/**
 * 'a fact-check on Donald Trump's claim that there have been "thousands of
 * shootings"', 'her promise of "a fair deal"': a noun of saying with a
 * possessive owner, a few words before a partial quotation, gives the words
 * to that owner, whoever is the subject of the sentence.
 */
export function ownedUtterance(words: FrameWord[], q: number): Attribution | undefined {
  for (let n = q - 1; n >= 1 && n >= q - 8; n--) {
    const w = words[n];
    if (isPunct(w, '.;!?') || w.kind === 'quote') return undefined;
    if (w.kind !== 'word' || !isUtteranceNoun(w.normal)) continue;
    const owner = possessiveOwner(words, n - 1);
    if (owner) return { cue: w.text, phrase: owner };
  }
  return undefined;
}

function isUtteranceNoun(normal: string): boolean {
  return UTTERANCE_NOUNS.has(normal) || commonestLexfiles(normal, 'n').includes(NOUN_COMMUNICATION);
}

/** The owner a possessive word names ('Donald Trump's' → 'Donald Trump', 'his' → 'he'), or null. */
function possessiveOwner(words: FrameWord[], at: number): SpeakerPhrase | null {
  const w = words[at];
  if (!w || w.kind !== 'word') return null;
  const pronoun = POSSESSIVE_PRONOUNS[w.normal];
  if (pronoun) return { start: w.start, end: w.end, words: [{ ...w, normal: pronoun }] };
  const m = /^(.+?)['’]s$/u.exec(w.text);
  if (!m || !/^\p{Lu}/u.test(w.text)) return null;
  const own: FrameWord = { ...w, end: w.start + m[1].length, text: m[1], normal: m[1].toLowerCase() };
  let from = at;
  while (from > 0 && isNameWord(words[from - 1])) from--;
  const run = [...words.slice(from, at), own];
  return { start: run[0].start, end: own.end, words: run };
}

/** 'Frustrations at Carson's inability …': a capital that only opens the sentence, on a plural WordNet knows as a common noun. */
function commonNounOpening(words: FrameWord[], phrase: SpeakerPhrase): boolean {
  const head = headWord(phrase);
  if (head !== words[0] || head.kind !== 'word') return false;
  // Only a plural: a surname is as often a singular word ('Trump', 'Bush').
  return /s$/.test(head.normal) && lemmasOf(head.normal, 'n').some((l) => l !== head.normal) && sourceKindOf(head.normal) !== 'person' && !nameTags(head.text).properFirst;
}

/** WordNet's verbs of thinking, telling, fighting and feeling (cognition, communication, competition, emotion): 'credited', 'pondered', 'attacked', 'mocked'. */
const JUDGING_LEXFILES = new Set([31, 32, 33, 37]);

/** A verb form WordNet knows, inflected ('credited', 'pounding', 'gone', 'mocks'), and not used as a noun or an infinitive. */
function isInflectedVerb(words: FrameWord[], c: number): boolean {
  const w = words[c].normal;
  if (words[c - 1]?.normal === 'to' || isNounUse(words, c)) return false;
  // 'Democratic claims': a form that is also a plural noun is read as the noun.
  if (/s$/.test(w) && lemmasOf(w, 'n').length > 0) return false;
  return lemmasOf(w, 'v').some((lemma) => lemma !== w);
}

/** Nouns for what someone said, as a sentence after a quotation refers back to it ('Those were the words of X'). */
const UTTERANCE_NOUNS = new Set([
  'word', 'words', 'verdict', 'view', 'views', 'message', 'warning', 'assessment', 'response', 'reaction', 'advice',
  'plea', 'promise', 'pledge', 'judgement', 'judgment', 'conclusion', 'opinion', 'comment', 'comments', 'remark',
  'remarks', 'answer', 'reply', 'claim', 'argument', 'defence', 'defense', 'explanation', 'sentiment', 'thoughts',
  'prediction', 'summary', 'take', 'appeal', 'question', 'complaint', 'admission', 'confession', 'boast', 'vow',
  'insistence', 'retort', 'rallying', 'cry', 'call', 'challenge', 'diagnosis', 'prognosis', 'forecast', 'account',
  'description', 'line', 'mantra', 'refrain', 'observation',
]);

const BACK_POINTERS = new Set(['that', 'those', 'this', 'these', 'such', 'so', 'thus']);

/**
 * A sentence after a quotation that names its speaker by pointing back at it:
 * 'Those were the words of X', 'That was the verdict of X', 'Such was the
 * message from X', 'So said X'.
 */
export function echoSentence(words: FrameWord[]): Attribution | undefined {
  if (words.some((w) => w.kind === 'quote')) return undefined;
  const first = words[0];
  if (!first || first.kind !== 'word' || !BACK_POINTERS.has(first.normal)) return undefined;
  // 'So said X', 'Thus wrote X'
  if ((first.normal === 'so' || first.normal === 'thus') && isCueAt(words, 1, true) && !/ing$/.test(words[1].normal)) {
    const phrase = phraseRightOf(words, 2);
    return phrase ? { cue: words[1].text, phrase: preferNamedAppositive(words, phrase) } : undefined;
  }
  // 'Those were (once) the (blunt) words of X', 'That is the view from X'
  let j = 1;
  while (j < words.length && words[j].kind === 'word' && (BE_FORMS.has(words[j].normal) || CUE_FILLERS.has(words[j].normal))) j++;
  if (j === 1 || j > 4) return undefined;
  const manner = mannerEcho(words, j);
  if (manner) return manner;
  const limit = Math.min(words.length, j + 5);
  for (let k = j; k < limit; k++) {
    const w = words[k];
    if (w.kind !== 'word') return undefined;
    if ((w.normal === 'of' || w.normal === 'from') && k > j && UTTERANCE_NOUNS.has(words[k - 1].normal)) {
      const phrase = phraseRightOf(words, k + 1);
      return phrase ? { cue: words.slice(j, k + 1).map((x) => x.text).join(' '), phrase: preferNamedAppositive(words, phrase) } : undefined;
    }
  }
  return undefined;
}

/** Verbs for how someone met or put something, besides the speech cues: 'That was how X greeted the news'. */
const REACTION_VERBS = new Set(['greet', 'greeted', 'greets', 'put', 'puts', 'sum', 'summed', 'sums', 'react', 'reacted', 'reacts', 'welcome', 'welcomed', 'welcomes', 'mark', 'marked', 'marks', 'celebrate', 'celebrated', 'celebrates', 'see', 'saw', 'sees', 'view', 'viewed', 'views', 'described', 'describes', 'explained', 'explains', 'summarised', 'summarized', 'characterised', 'characterized']);

/**
 * 'That was how X greeted the ruling', 'This is what X told us': after the
 * back-pointer and 'be', 'how' or 'what' and the named subject of a cue or
 * reaction verb within a few words.
 */
function mannerEcho(words: FrameWord[], j: number): Attribution | undefined {
  const wh = words[j];
  if (!wh || (wh.normal !== 'how' && wh.normal !== 'what')) return undefined;
  const phrase = phraseRightOf(words, j + 1);
  if (!phrase) return undefined;
  let v = words.findIndex((w) => w.start >= phrase.end);
  // 'X, a retired teacher who chairs the group, greeted': an apposition between the subject and its verb.
  if (isPunct(words[v], ',')) {
    const close = words.findIndex((w, k) => k > v && isPunct(w, ',.;'));
    if (close < 0 || close - v > 14 || !isPunct(words[close], ',')) return undefined;
    v = close + 1;
  }
  const verb = words[v];
  if (!verb || verb.kind !== 'word') return undefined;
  const speaks = REACTION_VERBS.has(verb.normal) || (isCueAt(words, v, false) && !/ing$/.test(verb.normal));
  return speaks ? { cue: words.slice(0, j + 1).map((x) => x.text).join(' '), phrase: preferNamedAppositive(words, phrase) } : undefined;
}

/** A sentence that says who is speaking: a strong cue with an agent, and no quotation of its own. */
export function cueSentence(words: FrameWord[], maxCueIndex = words.length, tolerated: (span: number) => boolean = () => false): Attribution | undefined {
  // A quotation of its own takes the sentence's cue; a nickname or scare quote in it ('known as "Big Al"') does not.
  if (words.some((w) => w.kind === 'quote' && !(w.span !== undefined && tolerated(w.span)))) return undefined;
  for (let c = 0; c < Math.min(words.length, maxCueIndex); c++) {
    if (isReportedCue(words, c)) {
      const found = agentOf(words, c, 0);
      if (found?.phrase) return found;
    }
  }
  return issuedDocument(words);
}

/**
 * 'Jackson released a statement through the team on Tuesday.': a named
 * subject right before a verb whose object is a document ('a statement', 'a
 * letter') issues the words that follow.
 */
function issuedDocument(words: FrameWord[]): Attribution | undefined {
  for (let d = 2; d < words.length; d++) {
    if (!DOCUMENT_NOUNS.has(words[d].normal) || !/^(?:a|an)$/.test(words[d - 1].normal)) continue;
    const verb = words[d - 2];
    if (verb.kind !== 'word' || !/ed$|^(?:put|sent|wrote|gave)$/.test(verb.normal)) return undefined;
    const subject = clauseSubject(words, 0, d - 2);
    const end = subject ? words.findIndex((w) => w.start >= subject.end) : -1;
    if (subject && end === d - 2 && isNameWord(headWord(subject))) return { cue: `${verb.text} ${words[d - 1].text} ${words[d].text}`, phrase: subject };
    return undefined;
  }
  return undefined;
}
