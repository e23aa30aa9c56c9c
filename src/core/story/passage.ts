import type { Article } from '../text/article';

/** Where in which article the model read something: the evidence an editor can open. */
export interface Passage {
  articleId: string;
  start: number;
  end: number;
  /** The sentence around the span, so that a reader of the JSON sees the context without the file. */
  text: string;
}

export function passageOf(article: Article, start: number, end: number): Passage {
  const sentence = article.sentences.find((s) => s.start <= start && start < s.end);
  const text = sentence ? article.text.slice(sentence.start, sentence.end) : article.text.slice(start, end);
  return { articleId: article.id, start, end, text: text.replace(/\s+/g, ' ').trim() };
}
