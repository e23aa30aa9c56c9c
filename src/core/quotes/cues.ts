/**
 * The attribution lexicon: the words that say someone said something. Real
 * news uses far more than 'said'; a broad lexicon is what keeps attributed
 * quotations from being flagged (DESIGN.md: precision comes from breadth).
 */
import { commonestLexfiles, hypernymSynsets, lemmasOf } from '../lexicon/wordnet';
import { lemmaEntry, synset } from '../lexicon/wordnetTable';
import speechVerbs from '../lexicon/speech-verbs.json';

/** Speech and writing verbs by lemma; regular forms are derived, irregular ones listed. */
const CUE_LEMMAS = [
  'say', 'tell', 'add', 'state', 'emphasize', 'emphasise', 'warn', 'claim', 'write', 'post', 'tweet', 'explain',
  'note', 'insist', 'argue', 'declare', 'announce', 'confirm', 'deny', 'admit', 'acknowledge', 'recall',
  'describe', 'call', 'dismiss', 'brand', 'label', 'ask', 'reply', 'respond', 'answer', 'comment', 'remark',
  'observe', 'suggest', 'predict', 'promise', 'pledge', 'vow', 'urge', 'plead', 'complain', 'concede',
  'conclude', 'continue', 'cry', 'shout', 'scream', 'yell', 'whisper', 'murmur', 'mutter', 'exclaim', 'boast',
  'joke', 'quip', 'laugh', 'sigh', 'testify', 'report', 'reveal', 'disclose', 'stress', 'underline',
  'underscore', 'maintain', 'contend', 'assert', 'affirm', 'reiterate', 'repeat', 'recount', 'characterize',
  'characterise', 'lament', 'praise', 'criticize', 'criticise', 'condemn', 'accuse', 'blame', 'welcome', 'hail',
  'text', 'email', 'message', 'blog', 'caution', 'assure', 'reassure', 'advise', 'agree', 'counter', 'retort',
  'snap', 'demand', 'beg', 'reflect', 'muse', 'wonder', 'question', 'query', 'proclaim', 'forecast', 'quote',
  'remember', 'describe', 'term', 'dub', 'speak', 'mention', 'allege', 'estimate', 'thank', 'apologize',
  'apologise', 'chant', 'sing', 'read', 'recite', 'interject', 'interrupt', 'groan', 'grumble', 'growl',
  'sob', 'rage', 'fume', 'gush', 'enthuse', 'marvel', 'concur', 'object', 'protest', 'charge', 'contest',
  'dispute', 'emphasize', 'highlight', 'point', 'go', 'begin', 'summarize', 'summarise', 'sum', 'put', 'inform',
  'notify', 'instruct', 'order', 'direct', 'tell', 'signal', 'indicate', 'specify', 'clarify', 'elaborate',
  'hint', 'imply', 'speculate', 'guess', 'surmise', 'conjecture', 'theorize', 'theorise', 'posit', 'propose',
  'recommend', 'counsel', 'implore', 'entreat', 'appeal', 'cheer', 'shriek', 'bellow', 'roar', 'thunder',
  'declare', 'attest', 'swear', 'certify', 'confide', 'concede', 'grant', 'allow', 'own', 'pronounce',
] as const;

/** Forms a regular-inflection rule would get wrong. */
const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  speak: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
  go: ['went'],
  begin: ['began', 'begun'],
  sing: ['sang', 'sung', 'sings', 'singing'],
  read: ['read', 'reads'],
  swear: ['swore', 'sworn', 'swears', 'swearing'],
  forecast: ['forecast', 'forecasts', 'forecasting', 'forecasted'],
  put: ['put'],
  sum: ['summed'],
  point: ['pointed', 'pointing'],
  plead: ['plead', 'pleads', 'pleaded', 'pled', 'pleading'],
};

function regularForms(lemma: string): string[] {
  const forms = [lemma];
  const doubled = /^(?:quip|snap|beg|sob|admit|dub|chant)$/.test(lemma) && !lemma.endsWith('nt') ? lemma + lemma[lemma.length - 1] : lemma;
  if (lemma.endsWith('e')) {
    forms.push(lemma + 's', lemma + 'd', lemma.slice(0, -1) + 'ing');
  } else if (/[^aeiou]y$/.test(lemma)) {
    forms.push(lemma.slice(0, -1) + 'ies', lemma.slice(0, -1) + 'ied', lemma + 'ing');
  } else if (/(?:s|sh|ch|x|z)$/.test(lemma)) {
    forms.push(lemma + 'es', lemma + 'ed', lemma + 'ing');
  } else {
    forms.push(lemma + 's', doubled + 'ed', doubled + 'ing');
  }
  return forms;
}

/** Lemmas whose bare forms are too common outside speech to be cues on their own. */
const NEEDS_COMPANION = new Set(['go', 'begin', 'sum', 'put', 'point', 'read', 'own', 'grant', 'allow', 'order', 'direct', 'charge', 'object', 'term', 'continue', 'call', 'question', 'message', 'text', 'post']);

const CUE_FORMS = new Map<string, string>();
for (const lemma of CUE_LEMMAS) {
  const forms = IRREGULAR[lemma] ?? regularForms(lemma);
  for (const f of forms) if (!CUE_FORMS.has(f)) CUE_FORMS.set(f, lemma);
}

/** The lemma of a speech verb form ('stated' → 'state'), or undefined. */
export function cueLemma(word: string): string | undefined {
  return CUE_FORMS.get(word.toLowerCase().replace(/’/g, '\''));
}

const SPEECH_ANCESTORS = new Set<string>([...speechVerbs.ancestors, ...CUE_LEMMAS.filter((l) => !NEEDS_COMPANION.has(l))]);
const speechVerbCache = new Map<string, boolean>();

/**
 * A regular past form ('barked', 'groused') of a verb of speaking that the
 * cue list lacks: WordNet puts its first (commonest) sense within three steps
 * below a verb of saying or communicating. Only the first sense, because a
 * rarer one reaches speech from almost anything ('book' → 'record' → …).
 * Only -ed forms: bare, -s and -ing forms are as often nouns or modifiers ('a
 * bark', 'attacks on', 'a mocking tone'), and the irregular verbs of speaking
 * are in the cue list.
 */
export function isSpeechVerbForm(word: string): boolean {
  const w = word.toLowerCase().replace(/’/g, '\'');
  let known = speechVerbCache.get(w);
  if (known === undefined) {
    known = /ed$/.test(w) && lemmasOf(w, 'v').some((l) => l !== w && firstSenseSpeaks(l));
    if (speechVerbCache.size > 20_000) speechVerbCache.clear();
    speechVerbCache.set(w, known);
  }
  return known;
}

function firstSenseSpeaks(lemma: string): boolean {
  if (SPEECH_ANCESTORS.has(lemma)) return true;
  const first = lemmaEntry(`${lemma}.v`)?.synsets[0];
  if (first === undefined) return false;
  for (const up of hypernymSynsets([first], 3)) if (synset(up).lemmas.some((l) => SPEECH_ANCESTORS.has(l))) return true;
  return false;
}

/** WordNet's lexicographer file of verbs of telling, asking, ordering and judging aloud. */
const VERB_COMMUNICATION = 32;
const communicationCache = new Map<string, boolean>();

/**
 * A verb whose commonest sense is one of communication in WordNet
 * (verb.communication: 'questioned', 'citing', 'urged', 'praised',
 * 'described'): what the subject of such a verb puts in quotation marks
 * inside the reporter's sentence is their words. Only the first sense: a
 * rarer one makes almost any verb a way of saying something.
 */
export function isCommunicationVerb(word: string): boolean {
  const w = word.toLowerCase().replace(/’/g, '\'');
  let known = communicationCache.get(w);
  if (known === undefined) {
    known = commonestLexfiles(w, 'v').includes(VERB_COMMUNICATION);
    if (communicationCache.size > 20_000) communicationCache.clear();
    communicationCache.set(w, known);
  }
  return known;
}

/** The particle that makes a weak cue one of speaking: 'went on (about)', 'pointed out', 'summed up'. */
const COMPANIONS: Record<string, string> = { go: 'on', point: 'out', sum: 'up' };

/** Whether a weak cue form and the word after it say someone spoke ('went' + 'on'). */
export function isCompanionCue(word: string, next: string | undefined): boolean {
  const lemma = cueLemma(word);
  return lemma !== undefined && next !== undefined && COMPANIONS[lemma] === next;
}

/** Whether the form is a cue that may stand without a companion word ('went on', 'the statement read'). */
export function isStrongCue(word: string): boolean {
  const lemma = cueLemma(word);
  return lemma !== undefined && !NEEDS_COMPANION.has(lemma);
}

/** Whether the form is a present participle ('stating', 'adding'), which takes the clause's subject. */
export function isParticiple(word: string): boolean {
  return cueLemma(word) !== undefined && /ing$/i.test(word);
}

/** Whether the form can be a past participle in a passive ('were told', 'was described as'). */
export function isPastParticiple(word: string): boolean {
  const lemma = cueLemma(word);
  if (!lemma) return false;
  const w = word.toLowerCase();
  return w !== lemma && (/ed$/.test(w) || ['told', 'said', 'written', 'spoken', 'read', 'sworn', 'sung', 'begun', 'put', 'forecast'].includes(w));
}

/** Nouns for what a body issues: 'the statement read', 'in a statement'. */
export const DOCUMENT_NOUNS = new Set([
  'statement', 'statements', 'letter', 'note', 'notice', 'sign', 'message', 'post', 'tweet', 'release',
  'email', 'e-mail', 'memo', 'report', 'press', 'communique', 'communiqué', 'bulletin', 'banner', 'placard',
  'announcement', 'declaration', 'filing', 'leaflet', 'text', 'caption', 'headline', 'website', 'blog',
]);

/** Words that introduce a name, a title or a coined term in quotation marks: not a quotation. */
export const NAMING_WORDS = new Set([
  'so-called', 'dubbed', 'nicknamed', 'named', 'titled', 'entitled', 'codenamed', 'code-named', 'aka', 'a.k.a',
  'termed', 'styled', 'self-styled', 'christened', 'billed', 'renamed', 'called',
  'word', 'words', 'term', 'terms', 'phrase', 'slogan', 'motto', 'hashtag', 'nickname', 'title', 'album',
  'song', 'book', 'film', 'movie', 'novel', 'memoir', 'series', 'programme', 'podcast', 'documentary',
  'operation', 'project', 'tagline', 'catchphrase', 'mantra', 'byword', 'headline', 'poem', 'essay',
]);

/**
 * Nouns for works and public undertakings that carry a title: a Title Case
 * phrase in quotation marks set in apposition to one ('the newsletter,
 * "Evening Light",') is its title, not anyone's words.
 */
export const TITLED_WORK_NOUNS = new Set([
  'newsletter', 'magazine', 'journal', 'column', 'campaign', 'report', 'review', 'consultation', 'programme',
  'program', 'plan', 'strategy', 'policy', 'initiative', 'scheme', 'project', 'manifesto', 'charter', 'exhibition',
  'show', 'play', 'musical', 'opera', 'book', 'novel', 'memoir', 'biography', 'film', 'movie', 'documentary',
  'series', 'episode', 'song', 'single', 'album', 'record', 'track', 'poem', 'essay', 'article', 'study', 'paper',
  'slogan', 'motto', 'tagline', 'theme', 'title', 'event', 'festival', 'conference', 'summit', 'competition',
  'podcast', 'blog', 'website', 'app', 'game', 'painting', 'sculpture', 'installation', 'collection', 'guide',
  'leaflet', 'booklet', 'brochure', 'pamphlet', 'petition', 'motion', 'bill', 'framework', 'vision', 'agenda',
  'roadmap', 'blueprint', 'inquiry', 'survey', 'appeal', 'fund', 'prize', 'award',
]);

/** Passive auxiliaries: 'were told', 'was described as'. */
export const BE_FORMS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", 'am', 'get', 'got', 'gets', 'getting']);

/** Words that may sit between a speaker and the cue verb: 'he later told', 'she has said'. */
export const CUE_FILLERS = new Set([
  'also', 'later', 'then', 'again', 'previously', 'earlier', 'once', 'repeatedly', 'publicly', 'privately',
  'recently', 'reportedly', 'simply', 'quickly', 'quietly', 'angrily', 'bluntly', 'flatly', 'firmly', 'calmly',
  'tearfully', 'proudly', 'happily', 'sadly', 'frankly', 'candidly', 'openly', 'separately', 'subsequently',
  'initially', 'first', 'finally', 'still', 'already', 'herself', 'himself', 'themselves', 'itself',
  'had', 'has', 'have', 'would', 'will', 'could', 'might', 'may', 'should', 'did', 'does', 'do', 'shall', 'can',
  "'d", "'ll", "'s", "'ve",
]);
