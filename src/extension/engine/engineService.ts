// The engine's side of the protocol: the loaded articles (a Corpus), what
// changed since the last check, and the requests under way. It runs in the
// worker (worker_threads on the desktop, a Web Worker in the browser); no
// `vscode` and no Node API, only `post` to answer. Work is done one article
// per turn of the worker's event loop, so that a `cancel`, a new text or a
// hover query is read between two articles, not after the whole check:
// queries are answered at once, checks one after the other.
import { compareArticles } from '../../core/compare/compareArticles';
import { Corpus } from '../../core/corpus/corpus';
import type { Finding } from '../../core/findings';
import { articleLanguage } from '../../core/text/language';
import { hoverAnswer } from './hoverAnswer';
import type { EngineEvent, EngineRequest } from './protocol';

export class EngineService {
  private readonly corpus: Corpus;
  private readonly versions = new Map<string, number>();
  /** Articles changed or removed since they were last checked, with the articles that depended on them before. */
  private readonly dirty = new Set<string>();
  private readonly cancelled = new Set<number>();
  /** Checks run one after the other: the next starts when the last has finished or been cancelled. */
  private queue: Promise<void> = Promise.resolve();
  private ended = false;

  constructor(
    private readonly post: (event: EngineEvent) => void,
    corpus = new Corpus(),
    private readonly yieldNow: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
  ) {
    this.corpus = corpus;
  }

  /** Stops work at the next article and answers nothing more (the worker is being ended). */
  end(): void {
    this.ended = true;
  }

  /** Takes one message. Loads, removals, cancels and queries apply at once; a check waits for the one before it. */
  handle(message: EngineRequest): void {
    if (this.ended) return;
    switch (message.type) {
      case 'load':
        for (const other of this.corpus.dependents(message.id)) this.dirty.add(other);
        this.versions.set(message.id, message.version);
        if (this.corpus.set(message.id, message.text, message.format)) this.dirty.add(message.id);
        return;
      case 'remove':
        for (const other of this.corpus.dependents(message.id)) this.dirty.add(other);
        this.corpus.delete(message.id);
        this.versions.delete(message.id);
        this.dirty.delete(message.id);
        return;
      case 'cancel':
        this.cancelled.add(message.request);
        return;
      case 'check':
        this.enqueue(() => this.serve(message));
        return;
      default:
        void this.serve(message);
    }
  }

  private enqueue(work: () => Promise<void>): void {
    this.queue = this.queue.then(work, work);
  }

  private async serve(message: Exclude<EngineRequest, { type: 'load' | 'remove' | 'cancel' }>): Promise<void> {
    const request = message.request;
    try {
      if (this.cancelled.has(request)) {
        this.post(message.type === 'check' ? { type: 'checked', request, checked: 0, total: 0, cancelled: true } : { type: 'reply', request, result: undefined, cancelled: true });
        return;
      }
      switch (message.type) {
        case 'check':
          return await this.check(request, message.ids ?? [], !!message.all);
        case 'dependents':
          return this.post({ type: 'reply', request, result: this.corpus.has(message.id) ? this.safely(message.id, () => this.corpus.dependents(message.id)) ?? [] : [] });
        case 'hover': {
          const current = this.versions.get(message.id) === message.version;
          const result = current ? this.safely(message.id, () => hoverAnswer(this.corpus, message.id, message.offset, message.findings)) : undefined;
          return this.post({ type: 'reply', request, result });
        }
        case 'compare': {
          const a = this.safely(message.a, () => this.corpus.analysis(message.a));
          const b = this.safely(message.b, () => this.corpus.analysis(message.b));
          return this.post({ type: 'reply', request, result: a && b ? compareArticles(a, b, message.findingsA, message.findingsB) : undefined });
        }
      }
    } finally {
      this.cancelled.delete(request);
    }
  }

  /**
   * Analyses every article not yet analysed (the index must be whole before
   * any cross-article rule runs), then checks the dirty articles, those that
   * depend on them now, and `ids` (or every article).
   */
  private async check(request: number, ids: string[], all: boolean): Promise<void> {
    const stopped = (): boolean => this.ended || this.cancelled.has(request);
    while (!stopped()) {
      const analysed = this.corpus.analyzeNext((id) => this.post({ type: 'progress', request, id, done: 0, total: 0 }));
      if (!analysed) break;
      if (analysed.error !== undefined) this.failed(analysed.id, analysed.error);
      await this.yieldNow();
    }
    const wanted = new Set(all ? this.corpus.ids() : [...this.dirty, ...ids]);
    if (!all) for (const id of [...this.dirty]) for (const other of this.safely(id, () => this.corpus.dependents(id)) ?? []) wanted.add(other);
    const total = wanted.size;
    let checked = 0;
    for (const id of wanted) {
      if (stopped()) break;
      // A text that arrived meanwhile is analysed before any article is compared with it.
      for (let analysed = this.corpus.analyzeNext(); analysed; analysed = this.corpus.analyzeNext()) {
        if (analysed.error !== undefined) this.failed(analysed.id, analysed.error);
      }
      this.dirty.delete(id);
      if (this.corpus.has(id)) {
        this.post({ type: 'progress', request, id, done: checked, total });
        const findings = this.safely(id, () => this.corpus.check(id));
        this.publish(id, findings ?? []);
      }
      checked++;
      await this.yieldNow();
    }
    this.post({ type: 'checked', request, checked, total, cancelled: stopped() });
  }

  private publish(id: string, findings: Finding[]): void {
    const version = this.versions.get(id) ?? 0;
    const article = this.corpus.article(id);
    const language = article ? articleLanguage(article) : undefined;
    this.post({
      type: 'findings',
      id,
      version,
      findings,
      english: language?.english ?? true,
      language: language?.language ?? undefined,
      englishRatio: language?.englishRatio ?? 1,
    });
  }

  /** Runs one article's work; a failure is told to the host (which logs it with the file named) and the other articles go on. */
  private safely<T>(id: string, work: () => T): T | undefined {
    try {
      return work();
    } catch (error) {
      this.failed(id, error);
      return undefined;
    }
  }

  private failed(id: string, error: unknown): void {
    this.post({
      type: 'failure',
      id,
      version: this.versions.get(id) ?? 0,
      message: String((error as Error)?.message ?? error),
      detail: String((error as Error)?.stack ?? error),
    });
  }
}
