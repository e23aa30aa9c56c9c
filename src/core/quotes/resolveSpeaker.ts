/**
 * From the phrase that names a speaker to the speaker the article means:
 * a surname to the fullest name ('Mr Farrant' → 'Neil Farrant'), a pronoun to
 * the last compatible named speaker, a role noun to the person introduced with
 * that role ('the governor' → 'Vladislav Shapsha'), 'the company' or 'the
 * statement' to the body that issued it, 'his daughter' to the relative who
 * shares the family name, and an anonymous description to itself.
 */
import type { SpeakerResolution } from '../findings';
import { sentenceAt } from '../text/article';
import { DOCUMENT_NOUNS, isStrongCue } from './cues';
import { nameTags } from './nameTags';
import { isRoleBeforeName, sourceKindOf } from './nounKinds';
import { personNameStart } from './personName';
import { frameWords, isPunct, withoutNickname, type FrameWord } from './frame';
import { agentOf, clauseSubject } from './attribution';
import { castBefore, fullestName, genderOf, isDescriptorBeforeName, personOfBody, isBodyMention, isBodyName, isCommonOpener, type Cast, type NameMention } from './cast';
import { headWord, isNameWord, phraseRightOf, withoutClause, type SpeakerPhrase } from './speakerPhrase';
import type { QuotedSpan } from './marks';
import type { Speaker } from './quotation';
import { BODY_NOUNS, HONORIFIC_GENDER, INDEFINITE, KINSHIP_GENDER, NOT_NAME_WORDS, PERSON_PRONOUNS, TITLE_WORDS, isGeneration, isPostNominal, isTitleWord, type Gender } from './speakerWords';
import nameParticles from '../lexicon/name-particles.json';

/** A speaker already named for an earlier quotation: the first candidates for a pronoun. */
export interface NamedSpeaker {
  name: string[];
  position: number;
  /** The mention the name comes from, whose body-or-person and gender are worked out only when a pronoun asks. */
  mention?: NameMention;
  body?: boolean;
  gender?: Gender;
  /** Named as the agent of a verb of speaking ('Gorka declared', '…, who said'). */
  reported?: boolean;
}

export interface ResolutionContext {
  cast: Cast;
  spans: QuotedSpan[];
  /** Named speakers so far, in reading order. */
  history: NamedSpeaker[];
}

function clean(words: string[]): string {
  return words.join(' ').replace(/\s+([.,])/g, '$1').trim();
}

function speaker(name: string, resolution: Exclude<SpeakerResolution, 'none'>, phrase: SpeakerPhrase): Speaker {
  return { name, resolution, start: phrase.start, end: phrase.end };
}

/** Lower-case particles inside a name: 'Ursula von der Leyen', 'Luiz Inácio Lula da Silva'. */
const NAME_PARTICLES = new Set(nameParticles.particles);

/** The words of a named phrase without titles, honorifics and a possessive ending, as the article spells them. */
function nameWords(phrase: SpeakerPhrase, text: string): string[] {
  let words = phrase.words.filter((w) => w.kind === 'word');
  // 'Station Manager Dev Okafor of Dorset Fire Service': the person, not the trailing body.
  const capital = words.findIndex((w) => /^\p{Lu}/u.test(w.text));
  const of = capital >= 0 ? personOfBody(phrase.words.slice(phrase.words.indexOf(words[capital]))) : -1;
  if (of > 0) words = words.filter((w) => w.start < phrase.words[phrase.words.indexOf(words[capital]) + of].start);
  const isCap = (k: number) => /^\p{Lu}/u.test(words[k].text);
  // The trailing capitalised run is the name, particles included ('Ursula von der Leyen').
  let k = words.length;
  while (k > 0 && (isCap(k - 1) || (k < words.length && k >= 2 && NAME_PARTICLES.has(words[k - 1].normal)))) k--;
  while (k < words.length && NAME_PARTICLES.has(words[k].normal)) k++;
  while (k < words.length - 1 && NOT_NAME_WORDS.has(words[k].normal)) k++;
  for (let i = words.length - 2; i >= k; i--) {
    // 'The Washington Post's Ed O'Keefe': the name follows its organisation's possessive.
    if (/['’]s$/.test(words[i].text) && isCap(i + 1)) {
      k = i + 1;
      break;
    }
    // 'Gov. Earl Ray Tomblin': right after an abbreviated title, a word that could be a role ('Earl') is the given name.
    const afterTitle = i > 0 && text[words[i - 1].end] === '.' && isTitleWord(words[i - 1].normal) && !isTitleWord(words[i].normal) && text[words[i].end] !== '.';
    if (!afterTitle && !/['’]/.test(text[words[i].end] ?? '') && isRoleBeforeName(words.map((w) => w.text), i, k)) {
      k = i + 1;
      break;
    }
  }
  let end = words.length;
  while (end - 1 > k && isPostNominal(words[end - 1].text)) end--;
  if (k >= end) return [];
  if (isDescriptorBeforeName(words.slice(k, end).map((w) => w.text))) k++;
  k += personNameStart(words.slice(k, end).map((w) => w.text));
  // 'Jr.' keeps its full stop, as the article writes it.
  const stop = isGeneration(words[end - 1].text) && text[words[end - 1].end] === '.' ? 1 : 0;
  const raw = withoutNickname(text.slice(words[k].start, words[end - 1].end + stop)).replace(/\s+/g, ' ');
  return raw.replace(/['’]s?$/, '').split(' ');
}

function mentionAt(ctx: ResolutionContext, phrase: SpeakerPhrase): NameMention | undefined {
  return ctx.cast.mentions.find((m) => m.start >= phrase.start && m.end <= phrase.end);
}

export function resolveSpeaker(ctx: ResolutionContext, whole: SpeakerPhrase): Speaker {
  const phrase = withoutClause(whole);
  const first = phrase.words[0];
  const head = headWord(phrase);
  if (phrase.words.length === 1 && first.normal in PERSON_PRONOUNS) return resolvePronoun(ctx, phrase);
  const nationality = nationalityOf(ctx, phrase);
  if (nationality) return nationality;
  if (isNameWord(head) && !commonWordOpener(ctx, phrase)) {
    const name = nameWords(phrase, ctx.cast.article.text);
    if (name.length) {
      const full = fullestName(ctx.cast, name, phrase.start);
      return remember(ctx, speaker(clean(full), 'named', phrase), phrase);
    }
  }
  const headNormal = head.normal.replace(/'s$/, '');
  const description = clean(phrase.words.map((w) => w.text));
  if (INDEFINITE.has(first.normal) || !/^(?:the|his|her|their|its|our|my)$/.test(first.normal) && !/['’]/.test(phrase.words.map((w) => w.text).join(''))) {
    return speaker(description, 'anonymous', phrase);
  }
  if (DOCUMENT_NOUNS.has(headNormal) || sourceKindOf(headNormal) === 'document') return resolveStatement(ctx, phrase, headNormal) ?? speaker(description, 'statement', phrase);
  if (headNormal in KINSHIP_GENDER) {
    const relative = resolveKin(ctx, phrase, headNormal);
    if (relative) return relative;
  }
  const byRole = resolveRole(ctx, phrase);
  if (byRole) return byRole;
  if (BODY_NOUNS.has(headNormal) || sourceKindOf(headNormal) === 'group') {
    const body = resolveBody(ctx, phrase, headNormal);
    if (body) return body;
  }
  return speaker(description, 'anonymous', phrase);
}

/**
 * '“…,” the Italian said': 'the' and a nationality is a description of a
 * person named before it, never a name. It is the last person (not a body)
 * who spoke or was a sentence's subject in this or the two paragraphs before.
 */
function nationalityOf(ctx: ResolutionContext, phrase: SpeakerPhrase): Speaker | undefined {
  const words = phrase.words.filter((w) => w.kind === 'word');
  if (words.length !== 2 || words[0].normal !== 'the' || !/^\p{Lu}/u.test(words[1].text) || !nameTags(words[1].text).demonym) return undefined;
  const at = phrase.start;
  const paragraph = sentenceAt(ctx.cast.article, at)?.paragraph ?? 0;
  const known = castBefore(ctx.cast, at);
  // A nationality met as a name ('The Italian government') is not the person.
  const people = known.mentions.filter((m) => m.subject && m.paragraph >= paragraph - 2 && !isBodyMention(ctx.cast, m) && !(m.name.length === 1 && nameTags(m.name[0]).demonym));
  const latestMention = people[people.length - 1];
  const latestSpoken = [...ctx.history].reverse().find((h) => h.position < at && !(h.body ?? (h.mention ? isBodyMention(ctx.cast, h.mention) : isBodyName(h.name))));
  if (!latestMention && !latestSpoken) return speaker(clean(words.map((w) => w.text)), 'anonymous', phrase);
  const useMention = latestMention && (!latestSpoken || latestMention.start > latestSpoken.position);
  const name = useMention ? fullestName(known, latestMention.name, latestMention.start) : latestSpoken!.name;
  ctx.history.push({ name, position: at, mention: useMention ? latestMention : latestSpoken!.mention, body: false });
  return speaker(clean(name), 'role', phrase);
}

/** 'Neighbours described …': a capitalised sentence opener that is a common noun, not a name. */
function commonWordOpener(ctx: ResolutionContext, phrase: SpeakerPhrase): boolean {
  const words = phrase.words.filter((w) => w.kind === 'word');
  if (words.length !== 1 && !(words.length === 2 && /^\p{Ll}/u.test(words[1].text))) return false;
  if (mentionAt(ctx, phrase)) return false;
  return isCommonOpener(ctx.cast, words[0].normal, words.length === 1);
}

/**
 * A transcript's speaker label ('PENCE', 'MR. TRUMP'): the fullest form of the
 * name in the article ('Mike Pence'), else the label as a name is written.
 */
export function resolveLabel(ctx: ResolutionContext, phrase: SpeakerPhrase): Speaker {
  const label = phrase.words.map((w) => w.text);
  const full = fullestName(ctx.cast, label, phrase.start);
  const name = full === label ? label.map((w) => (w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w)) : full;
  return remember(ctx, speaker(clean(name), 'named', phrase), phrase);
}

function remember(ctx: ResolutionContext, s: Speaker, phrase: SpeakerPhrase): Speaker {
  const name = s.name.split(' ');
  const mention = mentionAt(ctx, phrase) ?? ctx.cast.mentions.find((m) => m.name.join(' ') === s.name);
  const honorific = phrase.words.find((w) => w.normal in HONORIFIC_GENDER);
  const gender = honorific ? HONORIFIC_GENDER[honorific.normal] : undefined;
  ctx.history.push({ name, position: phrase.start, mention, gender, body: gender ? false : undefined });
  return s;
}

/** 'he'/'she': the last named person of that gender (one of unknown gender if none); 'it'/'they': the last body. */
function resolvePronoun(ctx: ResolutionContext, phrase: SpeakerPhrase): Speaker {
  const kind = PERSON_PRONOUNS[phrase.words[0].normal];
  if (kind === 'writer') return speaker(phrase.words[0].text, 'pronoun', phrase);
  const at = phrase.start;
  const candidates: NamedSpeaker[] = [...ctx.history.filter((h) => h.position < at)];
  // Only a fuller form the reader has met by now ('Ashford' is not yet 'Ashford Middle School').
  const known = castBefore(ctx.cast, at);
  // Subjects of recent sentences are candidates too ('Hannah Greer, 34, spent … "…," she said').
  const paragraph = sentenceAt(ctx.cast.article, at)?.paragraph ?? 0;
  for (const m of ctx.cast.mentions) {
    if (m.start >= at || !m.subject || m.paragraph < paragraph - 2) continue;
    candidates.push({ name: fullestName(known, m.name, m.start), position: m.start, mention: m });
  }
  // Whoever reported speech since: 'supported by Sen. Dianne Feinstein, who said none of the emails …' then '"…," she said'.
  for (const r of reportingAgents(ctx, at, paragraph - 1)) candidates.push({ name: fullestName(known, r.mention.name, r.mention.start), position: r.position, mention: r.mention, reported: true });
  candidates.sort((a, b) => a.position - b.position);
  const wantBody = kind === 'thing' || kind === 'plural';
  const introduced = wantBody ? undefined : introducedJustBefore(ctx, known, at, kind);
  if (introduced) return followed(ctx, introduced, phrase);
  // 'The railroad said in a statement … "…," it said': a body named by its noun, nearer than any named candidate.
  const described = kind === 'thing' ? describedBodySubject(ctx, at) : undefined;
  let unknown: NamedSpeaker | undefined;
  for (let k = candidates.length - 1; k >= 0; k--) {
    const c = candidates[k];
    if (described && described.position > c.position) return { ...described.speaker, resolution: 'pronoun', start: phrase.start, end: phrase.end };
    c.body ??= c.mention ? isBodyMention(ctx.cast, c.mention) : isBodyName(c.name);
    if (wantBody !== c.body) continue;
    if (!wantBody && c.mention) c.gender ??= genderOf(ctx.cast, c.mention);
    if (!wantBody && c.gender && c.gender !== kind) continue;
    if (!wantBody && !c.gender) {
      unknown ??= c;
      continue;
    }
    // 'Gebreyes said he had seen it. "…," he said': a person of unknown gender in the pronoun's own
    // paragraph is nearer to the reader than one of the right gender from an earlier paragraph.
    // Likewise one who spoke in the paragraph before ('Gorka declared.' then '"…," he continued'): the
    // speaker the reader is following, against someone of the right gender named further back.
    const unknownAt = unknown ? paragraphOf(ctx, unknown.position) : -1;
    // Reported speech counts as speaking: 'Devine said he does not think …' then '"…," he said'.
    const spoke = (n: NamedSpeaker) => !!n.reported || ctx.history.includes(n) || (!!n.mention?.subject && sentenceHasCue(ctx, n.mention.sentence));
    if (unknown && (unknownAt === paragraph || (unknownAt === paragraph - 1 && spoke(unknown))) && paragraphOf(ctx, c.position) < unknownAt) break;
    return followed(ctx, c, phrase);
  }
  if (unknown) return followed(ctx, unknown, phrase);
  if (described) return { ...described.speaker, resolution: 'pronoun', start: phrase.start, end: phrase.end };
  const antecedent = anyAntecedent(ctx, at, wantBody, kind);
  if (antecedent) return speaker(clean(fullestName(known, antecedent.name, antecedent.start)), 'pronoun', phrase);
  return speaker(phrase.words[0].text, 'pronoun', phrase);
}

/**
 * 'Hemi Walker, 67, had a hip replacement in 2019.' / '"I found out from the
 * news," he said.': the one person the sentence right before the pronoun's
 * names, in any place in it ('Among the faithful was Peggy MacLeod, …'), is the
 * one a reader takes the pronoun for, over a speaker met further back. Only
 * when that sentence names one person of a gender the pronoun allows.
 */
function introducedJustBefore(ctx: ResolutionContext, known: Cast, at: number, kind: Gender | 'plural' | 'thing' | 'writer'): NamedSpeaker | undefined {
  const article = ctx.cast.article;
  const here = sentenceAt(article, at);
  if (!here || here.index === 0) return undefined;
  const before = article.sentences[here.index - 1];
  if (before.paragraph < here.paragraph - 1 || article.paragraphs[before.paragraph].kind === 'heading') return undefined;
  // A sentence that goes on about someone already met ('He is even trying to …') introduces no one.
  if (before.tokens.some((t) => t.normal === 'he' || t.normal === 'she')) return undefined;
  // The pronoun's own sentence names someone before it ('But Fiorina was far less bubbly: "…," she recounted'): the usual rules.
  if (ctx.cast.mentions.some((m) => m.sentence === here.index && m.start < at && !m.headline)) return undefined;
  const people = new Map<string, { mention: NameMention; full: string[] }>();
  for (const m of ctx.cast.mentions) {
    if (m.sentence !== before.index || m.headline || isBodyMention(ctx.cast, m)) continue;
    // 'Trump's campaign': a possessive names whose thing it is, not someone the sentence is about.
    if (/^['’]s?\b/.test(article.prose.slice(m.end, m.end + 2))) continue;
    // 'a hip replacement at Kahikatea': a name after a preposition of place is where, not who;
    // 'filled his speeches for Cruz': any name after a preposition is not who the sentence is about.
    if (/\b(?:at|in|from|near|into|outside|inside|across|for|to|with|by|against|about|of|on|over|behind|under|than|like|toward|towards)\s+(?:the\s+)?$/i.test(article.prose.slice(Math.max(0, m.start - 16), m.start))) continue;
    const full = fullestName(known, m.name, m.start);
    const gender = genderOf(ctx.cast, m);
    if (gender && gender !== kind) return undefined;
    people.set(full.join(' '), { mention: m, full });
  }
  if (people.size !== 1) return undefined;
  const [[, { mention, full: fullest }]] = [...people];
  // 'Lifeguard Kayla Thunderchild': a role before the given name is not part of it.
  let full = fullest.slice(personNameStart(fullest));
  // A first mention with no given name and no gender ('Kahikatea') may be a place: a person needs a sign of one.
  if (full.length < 2 && !genderOf(ctx.cast, mention)) return undefined;
  // 'Woods' who spoke as Dorothy Woods is not her son Ty Woods, whose name the article gives in full elsewhere.
  const spoken = [...ctx.history].reverse().find((h) => h.position < at && h.name[h.name.length - 1] === mention.name[mention.name.length - 1]);
  if (spoken && mention.name.length === 1) full = spoken.name;
  return { name: full, position: mention.start, mention };
}

/**
 * The person a 'he' or 'she' names is the speaker the reader follows from here
 * on ('…, noted Dante Chinni.' / '"…," he wrote.' / '"…," he added.'): the
 * next pronoun meets them at this quotation, not only where they were named.
 */
function followed(ctx: ResolutionContext, c: NamedSpeaker, phrase: SpeakerPhrase): Speaker {
  ctx.history.push({ name: c.name, position: phrase.start, mention: c.mention, gender: c.gender, body: false, reported: true });
  return speaker(clean(c.name), 'pronoun', phrase);
}

/**
 * The people named as the agent of a verb of speaking outside quotation marks
 * in the sentences from paragraph `from` up to `at`, each at its verb: the
 * speaker a reader follows into the next '"…," she said', whether the sentence
 * opened with them or named them in a clause ('…, who said', 'said X').
 */
function reportingAgents(ctx: ResolutionContext, at: number, from: number): Array<{ mention: NameMention; position: number }> {
  const article = ctx.cast.article;
  const here = sentenceAt(article, at);
  if (!here) return [];
  const found: Array<{ mention: NameMention; position: number }> = [];
  for (let i = here.index; i >= 0 && article.sentences[i].paragraph >= from; i--) {
    const s = article.sentences[i];
    if (!s.tokens.some((t) => t.kind === 'word' && isStrongCue(t.normal))) continue;
    const words = frameWords(article, s, s, ctx.spans);
    words.forEach((w, c) => {
      // A capitalised cue word is part of a name ('the Islamic State', 'Secretary of State').
      if (w.kind !== 'word' || w.start >= at || !isStrongCue(w.normal) || !/^\p{Ll}/u.test(w.text)) return;
      // '"…," said X' names X after the verb; otherwise the verb's subject or the 'who' before it speaks.
      const inverted = words[c - 1]?.kind === 'quote' || (isPunct(words[c - 1], ',') && words[c - 2]?.kind === 'quote');
      // '…, said Wilcox, an Orlando Republican': reported speech with its speaker after the verb, the name ending the clause.
      const after = !inverted && isPunct(words[c - 1], ',') ? phraseRightOf(words, c + 1) : null;
      const closesClause = !!after && isNameWord(headWord(after)) && (() => {
        const next = words.find((x) => x.start >= after.end);
        return !next || isPunct(next, ',.;:!?');
      })();
      const agent = inverted ? phraseRightOf(words, c + 1) : closesClause ? after : agentOf(words, c, 0)?.phrase;
      if (!agent) return;
      // The name that heads the phrase, not one that modifies it ('Maryland Gov. Martin O'Malley', 'the Syrian envoy').
      const head = headWord(agent);
      const mention = ctx.cast.mentions.find((m) => m.start <= head.start && head.start < m.end && !m.headline);
      if (!mention || mention.end > at) return;
      // 'the Islamic State said', 'Syrian officials said', 'Colorado delegates said': a place or a people, not someone a pronoun follows.
      const tags = nameTags(mention.name.join(' '));
      if (tags.place || tags.demonym || (mention.name.length === 1 && tags.commonWord)) return;
      // Only someone the copy shows to be a person (a gender, a first name): a body misread as one ('the US
      // Geological Survey said') must not take a 'he' from the official quoted after it.
      // A full name that closes an inverted attribution ('…, noted NBC's Dante Chinni.') is a person too: a body
      // there comes with its own word for one ('said the US Geological Survey').
      const namedAfterVerb = (inverted || closesClause) && mention.name.length >= 2 && !isBodyMention(ctx.cast, mention);
      if (!genderOf(ctx.cast, mention) && !nameTags(fullestName(ctx.cast, mention.name, mention.start).join(' ')).firstName && !namedAfterVerb) return;
      found.push({ mention, position: w.start });
    });
  }
  return found;
}

function paragraphOf(ctx: ResolutionContext, position: number): number {
  return sentenceAt(ctx.cast.article, position)?.paragraph ?? -1;
}

/**
 * The subject of the pronoun's sentence or the one before it in the paragraph,
 * when it is 'the <body noun>' ('the railroad', 'the company') that resolves
 * to a body named earlier.
 */
function describedBodySubject(ctx: ResolutionContext, at: number): { position: number; speaker: Speaker } | undefined {
  const article = ctx.cast.article;
  const here = sentenceAt(article, at);
  if (!here) return undefined;
  for (let i = here.index; i >= Math.max(0, here.index - 1); i--) {
    const s = article.sentences[i];
    if (s.paragraph !== here.paragraph) break;
    const words = frameWords(article, s, s, ctx.spans);
    const subject = clauseSubject(words, 0, words.length);
    if (!subject || subject.start >= at || subject.words[0]?.normal !== 'the') continue;
    const head = headWord(subject).normal.replace(/['’]s$/, '');
    if (subject.words.length > 3 || !BODY_NOUNS.has(head)) continue;
    const body = resolveBody({ ...ctx, history: [...ctx.history] }, subject, head);
    if (body) return { position: subject.start, speaker: body };
  }
  return undefined;
}

/**
 * No named speaker or sentence subject fits: the nearest earlier mention of
 * the right kind anywhere, even one inside a phrase ('the words of Cllr Ann
 * Lee, as she rose'), so that a pronoun is never reported as the speaker.
 */
function anyAntecedent(ctx: ResolutionContext, at: number, wantBody: boolean, kind: Gender | 'plural' | 'thing'): NameMention | undefined {
  let unknown: NameMention | undefined;
  for (let k = ctx.cast.mentions.length - 1; k >= 0; k--) {
    const m = ctx.cast.mentions[k];
    if (m.start >= at) continue;
    if (isBodyMention(ctx.cast, m) !== wantBody) continue;
    if (wantBody) return m;
    const gender = genderOf(ctx.cast, m);
    if (gender === kind) return m;
    if (!gender) unknown ??= m;
  }
  return unknown;
}

function contentWords(words: string[]): string[] {
  return words.map((w) => w.toLowerCase().replace(/['’]s$|['’]$/, '')).filter((w) => !/^(?:the|a|an|his|her|its|their|our)$/.test(w));
}

/** 'the spokesman' → the person introduced as 'A Caddock spokesman, Neil Farrant'. */
function resolveRole(ctx: ResolutionContext, phrase: SpeakerPhrase): Speaker | undefined {
  const wanted = contentWords(phrase.words.filter((w) => w.kind === 'word').map((w) => w.text));
  if (!wanted.length) return undefined;
  const matches = (m: NameMention) => m.roles.some((role) => containsSequence(role, wanted));
  // 'the station manager' for someone introduced as 'manager Rhys Abbott': a shorter role with the same head.
  const head = wanted[wanted.length - 1];
  const shorter = (m: NameMention) => m.roles.some((role) => role.length > 0 && role[role.length - 1].replace(/['’]s$|['’]$/, '') === head && role.every((r) => wanted.includes(r.replace(/['’]s$|['’]$/, ''))));
  const pickBy = (test: (m: NameMention) => boolean) => {
    const before = ctx.cast.mentions.filter((m) => m.start < phrase.start && test(m));
    return before.length ? before[before.length - 1] : ctx.cast.mentions.find(test);
  };
  const pick = pickBy(matches) ?? pickBy(shorter);
  if (!pick) return undefined;
  const full = fullestName(ctx.cast, pick.name, pick.start);
  ctx.history.push({ name: full, position: phrase.start, mention: pick, body: false });
  return speaker(clean(full), 'role', phrase);
}

/** Titles that name the same office as a plainer role noun: 'Mrs Justice Rowlands' is 'the judge'. */
const OFFICE_OF_TITLE: Record<string, string> = { justice: 'judge', recorder: 'judge', magistrate: 'judge' };

function containsSequence(role: string[], wanted: string[]): boolean {
  const r = role.map((w) => w.replace(/['’]s$|['’]$/, '')).map((w) => (wanted.includes(w) ? w : OFFICE_OF_TITLE[w] ?? w));
  for (let i = 0; i + wanted.length <= r.length; i++) if (wanted.every((w, k) => r[i + k] === w)) return true;
  return false;
}

/**
 * 'the company' / 'the union': a body named BEFORE the phrase (a reader cannot
 * mean one named later), preferring, nearest first: one whose name or role
 * holds the noun ('Norbridge City Council', 'the union Unison'); one that
 * spoke as a sentence's subject ('Acme Haulage said in a statement'); a body
 * that was a sentence's subject; any body.
 */
function resolveBody(ctx: ResolutionContext, phrase: SpeakerPhrase, noun: string): Speaker | undefined {
  // Fuller forms count only when the article has given them by now ('Fennick' is not yet 'Fennick Angling Club').
  const known = castBefore(ctx.cast, phrase.start);
  const before = known.mentions;
  // Each test below asks for the same mentions' fuller forms: work each out once.
  const fuller = new Map<NameMention, string[]>();
  const fullOf = (m: NameMention) => {
    let full = fuller.get(m);
    if (!full) fuller.set(m, (full = fullestName(known, m.name, m.start)));
    return full;
  };
  const isBody = (m: NameMention) => {
    if (m.gender) return false;
    if (isBodyName(m.name) || isBodyName(fullOf(m))) return true;
    const tags = nameTags(fullOf(m).join(' '));
    return !tags.firstName && tags.organization;
  };
  const typed = (m: NameMention) =>
    fullOf(m).some((w) => w.toLowerCase() === noun) || m.roles.some((role) => role.some((r) => r.replace(/['’]s$|['’]$/, '') === noun));
  // A name with no first name that 'said in a statement' speaks as a body even when its name does not say so.
  const spoke = (m: NameMention) =>
    m.subject && sentenceHasCue(ctx, m.sentence) && (isBody(m) || (!m.gender && !nameTags(fullOf(m).join(' ')).firstName && sentenceMentionsStatement(ctx, m.sentence)));
  const latest = (test: (m: NameMention) => boolean) => {
    for (let k = before.length - 1; k >= 0; k--) if (test(before[k])) return before[k];
    return undefined;
  };
  const pick = latest(typed) ?? latest(spoke) ?? latest((m) => m.subject && isBody(m)) ?? latest(isBody);
  if (!pick) return undefined;
  const full = fullOf(pick);
  ctx.history.push({ name: full, position: phrase.start, body: true });
  return speaker(clean(full), 'statement', phrase);
}

function sentenceMentionsStatement(ctx: ResolutionContext, index: number): boolean {
  return ctx.cast.article.sentences[index].tokens.some((t) => t.normal === 'statement' || t.normal === 'statements');
}

/** Whether a sentence reports someone's words ('said in a statement', 'confirmed'). */
function sentenceHasCue(ctx: ResolutionContext, index: number): boolean {
  const s = ctx.cast.article.sentences[index];
  return s.tokens.some((t) => t.kind === 'word' && isStrongCue(t.normal));
}

/** Words after which a noun of document ('report', 'release') is a verb. */
const VERB_BEFORE = new Set(['to', 'will', 'would', 'must', 'can', 'could', 'should', 'may', 'might', 'did', 'does', 'do', 'not']);

/** 'the statement read': the subject of the sentence that issued a statement (or a body's last statement). */
function resolveStatement(ctx: ResolutionContext, phrase: SpeakerPhrase, noun: string): Speaker | undefined {
  const article = ctx.cast.article;
  const here = sentenceAt(article, phrase.start);
  if (!here) return undefined;
  for (let i = here.index; i >= 0 && i >= here.index - 6; i--) {
    const s = article.sentences[i];
    const words = frameWords(article, s, s, ctx.spans);
    // The noun, not the verb it spells after 'to' or an auxiliary ('failing to report their involvement').
    const at = words.findIndex((w, k) => (w.normal === noun || w.normal === noun + 's') && !VERB_BEFORE.has(words[k - 1]?.normal ?? ''));
    if (at < 0 || (i === here.index && words[at].start >= phrase.start)) continue;
    // 'according to a statement from the Lakeport Marathon': the body the statement came from, not the sentence's subject.
    const source = /^(?:from|by)$/.test(words[at + 1]?.normal ?? '') ? phraseRightOf(words, at + 2) : null;
    if (source && source.start < phrase.start) {
      const issuer = resolveSpeaker(ctx, source);
      if (issuer.resolution !== 'anonymous') return { ...issuer, resolution: 'statement', start: phrase.start, end: phrase.end };
    }
    const subject = clauseSubject(words, 0, at);
    if (!subject || subject.start >= phrase.start) continue;
    const resolved = resolveSpeaker(ctx, subject);
    if (resolved.resolution !== 'anonymous') return { ...resolved, resolution: 'statement', start: phrase.start, end: phrase.end };
  }
  return undefined;
}

/** 'his daughter' → a person sharing the family name of the one 'his' refers to. */
function resolveKin(ctx: ResolutionContext, phrase: SpeakerPhrase, noun: string): Speaker | undefined {
  const article = ctx.cast.article;
  const here = sentenceAt(article, phrase.start);
  if (!here) return undefined;
  const words = frameWords(article, here, here, ctx.spans);
  const subject = clauseSubject(words, 0, words.length);
  const owner = subject ? ctx.cast.mentions.find((m) => m.start >= subject.start && m.end <= subject.end) : undefined;
  if (!owner || owner.name.length < 2) return undefined;
  const family = owner.name[owner.name.length - 1];
  const ownerFull = fullestName(ctx.cast, owner.name, owner.start).join(' ');
  const gender = KINSHIP_GENDER[noun];
  const relatives = ctx.cast.mentions.filter(
    (m) => m.name.length >= 2 && m.name[m.name.length - 1] === family && m.name.join(' ') !== ownerFull && (!gender || !genderOf(ctx.cast, m) || genderOf(ctx.cast, m) === gender),
  );
  if (!relatives.length) return undefined;
  const after = relatives.filter((m) => m.start > phrase.start);
  const pick = after[0] ?? relatives[relatives.length - 1];
  return speaker(clean(pick.name), 'role', phrase);
}
