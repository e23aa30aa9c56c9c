import { sentenceAt, type Article } from '../text/article';

/** Where in which article the model read something: the evidence an editor can open. */
export interface Passage {
  articleId: string;
  start: number;
  end: number;
  /** The sentence around the span, so that a reader of the JSON sees the context without the file. */
  text: string;
}

export function passageOf(article: Article, start: number, end: number): Passage {
  // A binary search: a long article names its people thousands of times.
  const sentence = sentenceAt(article, start);
  const text = sentence ? article.text.slice(sentence.start, sentence.end) : article.text.slice(start, end);
  return { articleId: article.id, start, end, text: text.replace(/\s+/g, ' ').trim() };
}
