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
  return new ArticlePassage(article, start, end);
}

/**
 * The sentence's text is made when asked for (the `story` listing asks): the
 * story cast records a passage for every mention of every name, in every
 * loaded article, and a copy of each sentence per mention held about 6 MB
 * for 1,000 articles that nothing but that listing reads.
 */
class ArticlePassage implements Passage {
  constructor(
    private readonly article: Article,
    readonly start: number,
    readonly end: number,
  ) {}

  get articleId(): string {
    return this.article.id;
  }

  get text(): string {
    // A binary search: a long article names its people thousands of times.
    const sentence = sentenceAt(this.article, this.start);
    const text = sentence ? this.article.text.slice(sentence.start, sentence.end) : this.article.text.slice(this.start, this.end);
    return text.replace(/\s+/g, ' ').trim();
  }
}
