import type { Article } from '../text/article';
import { eventClassOf, ORIGIN_VERBS } from './cause';
import type { ClaimWord, PronounEvent } from './claimWord';
import { claimWords } from './terms';

export { withPronounEvent, type PronounEvent } from './claimWord';

/**
 * 'The fire broke out on Saturday. Investigators believe it started from a
 * campfire.' — an 'it' directly before an origin verb ('it started', 'it was
 * caused by', 'it began') stands for the event the previous sentence talks
 * about. The pronoun is read as that event's noun, so the cause rules see
 * 'the fire started from a campfire'. Resolved only when the clause names no
 * event of its own and the previous sentence, in the same paragraph, names
 * exactly one kind of event: an 'it' with two candidates is left alone.
 */
export function pronounEventOf(article: Article, sentenceIndex: number, words: readonly ClaimWord[]): PronounEvent | undefined {
  const at = words.findIndex((w, k) => w.token.normal === 'it' && originVerbAfter(words, k));
  if (at < 0) return undefined;
  if (words.some((w) => w.concept && !w.name && eventClassOf(w.concept))) return undefined;
  const sentence = article.sentences[sentenceIndex];
  const previous = article.sentences[sentenceIndex - 1];
  if (!previous || previous.paragraph !== sentence.paragraph) return undefined;
  const events = claimWords(previous.tokens, 0, previous.tokens.length).filter((w) => w.concept && !w.name && eventClassOf(w.concept));
  if (events.length === 0 || new Set(events.map((w) => eventClassOf(w.concept!))).size !== 1) return undefined;
  return { index: words[at].index, concept: events[0].concept! };
}

/** 'it started', 'it was sparked', 'it had been caused': an origin verb within two words after the pronoun. */
function originVerbAfter(words: readonly ClaimWord[], k: number): boolean {
  for (let j = k + 1; j <= k + 3 && j < words.length; j++) {
    const c = words[j].concept;
    if (c && ORIGIN_VERBS.has(c)) return true;
    if (!/^(?:was|had|has|been|is)$/.test(words[j].token.normal)) return false;
  }
  return false;
}
