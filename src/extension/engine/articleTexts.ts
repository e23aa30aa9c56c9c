// The extension host's copy of the loaded articles' texts: what it needs to
// turn offsets into lines and to quote a passage, without the engine (which
// runs in the worker). Each new text gets a new version, which stamps the
// findings computed on it, so that findings of an outdated text are dropped.
import { formatOf, type ArticleFormat } from '../../core/text/article';

export interface LoadedText {
  id: string;
  text: string;
  format: ArticleFormat;
  version: number;
}

export class ArticleTexts {
  private readonly texts = new Map<string, LoadedText>();
  private nextVersion = 1;

  /** Adds an article or replaces its text. Returns false when the text is unchanged. */
  set(id: string, text: string, format: ArticleFormat = formatOf(id)): boolean {
    const existing = this.texts.get(id);
    if (existing && existing.text === text && existing.format === format) return false;
    this.texts.set(id, { id, text, format, version: this.nextVersion++ });
    return true;
  }

  delete(id: string): boolean {
    return this.texts.delete(id);
  }

  has(id: string): boolean {
    return this.texts.has(id);
  }

  ids(): string[] {
    return [...this.texts.keys()];
  }

  get size(): number {
    return this.texts.size;
  }

  article(id: string): LoadedText | undefined {
    return this.texts.get(id);
  }
}
