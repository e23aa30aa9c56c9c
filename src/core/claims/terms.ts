import type { Article } from '../text/article';
import type { Token } from '../text/tokens';
import type { Claim } from './claim';
import { concept, phraseConcept, stem } from './lemma';
import { withPronounEvent, type ClaimWord } from './claimWord';
import { isNameWord, isStopword } from './stopwords';
import { eventVerbOf } from '../lexicon/wordnet';
import { BoundedCache } from '../boundedCache';

export type { ClaimWord } from './claimWord';

/** The words of tokens[first, last) of a sentence, phrasal verbs ('switched off') merged into their first word. */
export function claimWords(tokens: readonly Token[], first: number, last: number, names: ReadonlySet<string> = new Set()): ClaimWord[] {
  const words: ClaimWord[] = [];
  for (let i = first; i < last; i++) {
    const token = tokens[i];
    const initial = i === 0 || /^["“‘'(]$/.test(tokens[i - 1]?.text ?? '');
    const name = token.kind === 'word' && (isNameWord(token.text, initial) || (initial && isNameWord(token.text, false) && names.has(token.normal)));
    let c: string | null = null;
    const next = tokens[i + 1];
    const phrase = token.kind === 'word' && next?.kind === 'word' && i + 1 < last ? phraseConcept(token.normal, next.normal) : undefined;
    if (phrase) {
      words.push({ token, index: i, concept: phrase, name: false });
      words.push({ token: next, index: i + 1, concept: null, name: false });
      i++;
      continue;
    }
    if (token.kind === 'word' && !isStopword(token.normal)) c = conceptOfWord(token.normal, name);
    else if (token.kind === 'number' && /^(?:1[89]|20)\d\d$/.test(token.text)) c = token.text;
    words.push({ token, index: i, concept: c, name });
  }
  markHospitalVisits(words);
  markRegarding(words);
  markLeft(words);
  return words;
}

/** Words a verb 'left' takes after it ('left the club', 'left on Friday', 'left him'). */
const AFTER_LEFT_VERB = /^(?:the|a|an|his|her|their|its|our|my|your|him|them|me|us|it|on|in|at|for|after|before|to|with|without|home|office|behind)$/;

/**
 * 'left' is a verb ('he left the club') only before an object or a
 * preposition: 'nothing left' is what remains, 'left hooks' a side; giving
 * those the verb's concept pairs a boxer's 'left jab' with 'nothing left'.
 */
function markLeft(words: ClaimWord[]): void {
  for (let i = 0; i < words.length; i++) {
    if (words[i].token.normal !== 'left' || !words[i].concept) continue;
    const before = words[i - 1]?.token.normal ?? '';
    const after = words[i + 1];
    if (/^(?:nothing|none|little|much|no|any|few|remaining)$/.test(before)) words[i] = { ...words[i], concept: 'remain' };
    else if (after && after.token.kind === 'word' && !AFTER_LEFT_VERB.test(after.token.normal)) words[i] = { ...words[i], concept: 'left-side' };
  }
}

/**
 * 'treating the fire as a possible arson', 'treated it as suspicious': to
 * treat something as something is to regard it, not medical care, so the word
 * leaves the injury concept when 'as' follows within a few words.
 */
function markRegarding(words: ClaimWord[]): void {
  for (let i = 0; i < words.length; i++) {
    if (words[i].concept !== 'injure' || stem(words[i].token.normal) !== 'treat') continue;
    for (let j = i + 1; j < words.length && j - i <= 5; j++) {
      if (words[j].token.kind === 'punct' && /^[,;:—–.!?()]$/.test(words[j].token.text)) break;
      if (words[j].token.normal === 'as') {
        words[i] = { ...words[i], concept: 'regard' };
        break;
      }
    }
  }
}

/**
 * A word's concept: its synonym class (lemma.ts), else, for a noun naming an
 * act whose verb has a class, that class through WordNet ('treatment' → treat
 * → injury, 'demolishment' → demolish), else its stem. Names are left as written.
 */
export function conceptOfWord(normal: string, name: boolean): string {
  const own = concept(stem(normal));
  if (name || own !== stem(normal)) return own;
  // Only into a synonym class: a bare stem ('infection') keeps its own, which other rules (cause.ts) key on.
  const verb = eventVerbOf(normal);
  const merged = verb ? concept(stem(verb)) : own;
  return verb && merged !== stem(verb) ? merged : own;
}

/** Verbs that carry someone to hospital ('admitted to', 'taken to', 'airlifted to'). */
const CONVEYANCE = new Set(['admitted', 'taken', 'rushed', 'flown', 'airlifted', 'transferred', 'ferried', 'brought', 'sent', 'carried', 'transported', 'driven']);
const HOSPITAL = /^(?:hospital|hospitals|infirmary|a&e)$/;

/**
 * 'Two children were admitted to Akron Children's Hospital' reports a
 * casualty as surely as 'were hospitalized': the conveyance verb gets the
 * injury concept when 'to … hospital' follows it within the clause, so that
 * 'No children have been hospitalized' or 'nobody was hurt' meets it.
 */
function markHospitalVisits(words: ClaimWord[]): void {
  for (let i = 0; i < words.length; i++) {
    if (!CONVEYANCE.has(words[i].token.normal) || words[i + 1]?.token.normal !== 'to') continue;
    for (let j = i + 2; j < words.length && j - i <= 7; j++) {
      if (words[j].token.kind === 'punct' && /^[,;:—–.!?()]$/.test(words[j].token.text)) break;
      if (HOSPITAL.test(words[j].token.normal)) {
        words[i] = { ...words[i], concept: 'injure' };
        break;
      }
    }
  }
}

// Bounded: the words of every claim of every article checked so far were the largest thing a workspace kept.
const cache = new BoundedCache<Claim, ClaimWord[]>(1000);

/** The claim's words (cached per claim object, the most recently used). */
export function wordsOf(article: Article, claim: Claim): ClaimWord[] {
  let words = cache.get(claim);
  if (!words) {
    const sentence = article.sentences[claim.sentence];
    const names = nameVocabulary(article);
    const ante = claim.antecedent;
    words = ante
      ? [...claimWords(article.sentences[ante.sentence].tokens, ante.first, ante.last, names), ...claimWords(sentence.tokens, claim.tokenRange[0] + 1, claim.tokenRange[1], names)]
      : claimWords(sentence.tokens, claim.tokenRange[0], claim.tokenRange[1], names);
    words = withPronounEvent(words, claim.pronounEvent);
    cache.set(claim, words);
  }
  return words;
}

/** The concepts of a list of words, as a set. */
export function conceptSet(words: readonly ClaimWord[]): Set<string> {
  const set = new Set<string>();
  for (const w of words) if (w.concept) set.add(w.concept);
  return set;
}

const vocabularies = new WeakMap<Article, Set<string>>();

/**
 * The article's names: words it capitalises somewhere other than at a
 * sentence's start, so that a sentence-initial 'Caddock' counts as a name
 * while a sentence-initial 'Volunteers' does not.
 */
export function nameVocabulary(article: Article): Set<string> {
  let names = vocabularies.get(article);
  if (!names) {
    names = new Set();
    for (const sentence of article.sentences) {
      sentence.tokens.forEach((t, i) => {
        if (t.kind === 'word' && i > 0 && !/^["“‘'(]$/.test(sentence.tokens[i - 1].text) && isNameWord(t.text, false)) names!.add(t.normal);
      });
    }
    vocabularies.set(article, names);
  }
  return names;
}
