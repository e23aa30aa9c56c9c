/**
 * A speaker phrase is resolved against what a reader has in mind around it,
 * not against a whole book: the names and the speakers of the text within
 * `READING_REACH` characters on either side. Every news article is shorter
 * than that, so for one the window is the whole article and nothing changes;
 * for a very long file (a pasted archive, a book-length draft) it keeps the
 * cost of each phrase bounded instead of growing with the file, which made
 * the whole check grow with the square of its length.
 */
import { sentenceAt, type Article } from '../text/article';
import { lowerBound } from '../text/lowerBound';
import { mentionRun, type Cast, type NameMention } from './cast';
import type { NamedSpeaker, ResolutionContext } from './resolveSpeaker';

/** About 6,000 words on each side: longer than a long-form feature's distance from a name to its last quotation. */
export const READING_REACH = 40_000;

/** The context a phrase at `at` is resolved in: the mentions and recent speakers within reach of it. */
export function readingWindow(ctx: ResolutionContext, at: number, reach = READING_REACH): ResolutionContext {
  const article = ctx.cast.article;
  if (article.text.length <= reach) return ctx;
  const from = sentenceIndexAt(article, Math.max(0, at - reach), 'first');
  const to = sentenceIndexAt(article, at + reach, 'last');
  const mentions = ctx.cast.mentions;
  const lo = firstMentionFrom(mentions, from);
  const hi = firstMentionFrom(mentions, to + 1);
  const cast: Cast = { ...ctx.cast, mentions: lo === 0 && hi === mentions.length ? mentions : mentionRun(mentions, lo, hi) };
  return { ...ctx, cast, history: recentHistory(ctx.history, at - reach) };
}

/** Mentions are gathered sentence by sentence, so their sentence indices never decrease: a binary search finds a window's edge. */
function firstMentionFrom(mentions: NameMention[], sentence: number): number {
  return lowerBound(mentions.length, (k) => mentions[k].sentence < sentence);
}

function sentenceIndexAt(article: Article, offset: number, edge: 'first' | 'last'): number {
  const found = sentenceAt(article, offset);
  if (found) return found.index;
  // Between sentences (a blank line) or past the end: the nearest sentence on the inner side.
  const sentences = article.sentences;
  const lo = lowerBound(sentences.length, (k) => sentences[k].end <= offset);
  return edge === 'first' ? lo : lo - 1;
}

/**
 * The speakers named since `since`. History is written in reading order, give or
 * take a phrase that sits before its quotation, so the scan from the newest stops
 * once it is well past the window's start.
 */
function recentHistory(history: NamedSpeaker[], since: number): NamedSpeaker[] {
  let k = history.length;
  while (k > 0 && history[k - 1].position >= since - READING_REACH) k--;
  return history.slice(k).filter((h) => h.position >= since);
}

/**
 * Resolves a phrase in its reading window; the speakers it names join the
 * article's history so that later pronouns find them.
 */
export function withinReach<T>(ctx: ResolutionContext, at: number, resolve: (local: ResolutionContext) => T): T {
  const local = readingWindow(ctx, at);
  if (local === ctx) return resolve(ctx);
  const known = local.history.length;
  const result = resolve(local);
  for (let k = known; k < local.history.length; k++) ctx.history.push(local.history[k]);
  return result;
}
