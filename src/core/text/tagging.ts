import nlp from 'compromise';
import type { Article, Sentence } from './article';
import { BoundedCache } from '../boundedCache';

/** A word as compromise tags it, with offsets into the article's text. */
export interface TaggedTerm {
  start: number;
  end: number;
  text: string;
  /** compromise's normal form (lower case, punctuation dropped). */
  normal: string;
  /** compromise's tags: Noun, Verb, Person, Place, Organization, Negative, PastTense, … */
  tags: Set<string>;
  /** compromise's chunk: Noun, Verb, Adjective, Pivot. */
  chunk: string | undefined;
}

interface CompromiseTerm {
  text: string;
  normal: string;
  tags: string[];
  chunk?: string;
  offset: { start: number; length: number };
}

// compromise is the costliest step of the pipeline, so each sentence is tagged at
// most once, on demand, and only sentences a detector asks about are tagged.
// Its terms are kept for the sentences asked about lately: the figures of one
// article ask about the same sentence a few times while it is analysed, and
// nothing asks after that (kept for every loaded sentence, they were about
// 15 MB of a 1,000-article workspace).
const cache = new BoundedCache<Sentence, TaggedTerm[]>(256);

/**
 * Tags by sentence text, offsets relative to the sentence: compromise sees
 * only the sentence, so its tags depend on the text alone. A new version of
 * an article (a keystroke) then re-tags only the sentences that changed.
 * Least recently used first out, so memory stays bounded.
 */
const byText = new Map<string, TaggedTerm[]>();
const BY_TEXT_LIMIT = 4000;

/**
 * One shared set per distinct tag list: a few hundred lists cover every word,
 * and a set per word was most of what a loaded article kept in memory (about
 * a hundred bytes a word in a workspace of thousands of articles). Nothing
 * writes to a term's tags, so sharing is safe; a frozen view would cost a wrapper per set.
 */
const tagSets = new Map<string, ReadonlySet<string>>();

function sharedTags(tags: readonly string[]): Set<string> {
  const key = tags.join(' ');
  let set = tagSets.get(key);
  if (!set) tagSets.set(key, (set = new Set(tags)));
  return set as Set<string>;
}

function tagText(text: string): TaggedTerm[] {
  const known = byText.get(text);
  if (known) {
    byText.delete(text);
    byText.set(text, known);
    return known;
  }
  const terms: TaggedTerm[] = [];
  const doc = nlp(text);
  for (const s of doc.json({ offset: true, terms: { offset: true } }) as Array<{ terms: CompromiseTerm[] }>) {
    for (const t of s.terms) {
      terms.push({ start: t.offset.start, end: t.offset.start + t.offset.length, text: t.text, normal: t.normal, tags: sharedTags(t.tags), chunk: t.chunk });
    }
  }
  byText.set(text, terms);
  if (byText.size > BY_TEXT_LIMIT) byText.delete(byText.keys().next().value as string);
  return terms;
}

/** The sentence's terms as compromise tags them (cached per sentence object). */
export function tagSentence(sentence: Sentence): TaggedTerm[] {
  const cached = cache.get(sentence);
  if (cached) return cached;
  // The sentence text has markup and line breaks as spaces, so compromise's
  // offsets into it are offsets into the article once shifted by its start.
  const terms = tagText(sentence.text).map((t) => ({ ...t, start: sentence.start + t.start, end: sentence.start + t.end, tags: t.tags }));
  cache.set(sentence, terms);
  return terms;
}

/** Every tagged term of the article, sentence by sentence. */
export function tagArticle(article: Article): TaggedTerm[] {
  return article.sentences.flatMap(tagSentence);
}

let warm = false;

/**
 * compromise builds its lexicon on first use (tens of milliseconds). Doing that
 * alone, before the first article, lets a caller on a UI thread give it a slice
 * of its own instead of adding it to the first article's analysis.
 */
export function warmUpTagger(): void {
  if (warm) return;
  warm = true;
  nlp('Officials said on Monday that 14 workers were taken to hospital.').json({ offset: true, terms: { offset: true } });
}
