import nlp from 'compromise';
import type { Article, Sentence } from './article';

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
const cache = new WeakMap<Sentence, TaggedTerm[]>();

/** The sentence's terms as compromise tags them (cached per sentence object). */
export function tagSentence(sentence: Sentence): TaggedTerm[] {
  const cached = cache.get(sentence);
  if (cached) return cached;
  const terms: TaggedTerm[] = [];
  // The sentence text has markup and line breaks as spaces, so compromise's
  // offsets into it are offsets into the article once shifted by its start.
  const doc = nlp(sentence.text);
  for (const s of doc.json({ offset: true, terms: { offset: true } }) as Array<{ terms: CompromiseTerm[] }>) {
    for (const t of s.terms) {
      const start = sentence.start + t.offset.start;
      terms.push({
        start,
        end: start + t.offset.length,
        text: t.text,
        normal: t.normal,
        tags: new Set(t.tags),
        chunk: t.chunk,
      });
    }
  }
  cache.set(sentence, terms);
  return terms;
}

/** Every tagged term of the article, sentence by sentence. */
export function tagArticle(article: Article): TaggedTerm[] {
  return article.sentences.flatMap(tagSentence);
}
