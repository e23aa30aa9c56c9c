// The extension host's side of the protocol: it posts the articles' texts and
// the requests to the engine's worker and hands the answers back. It keeps
// every loaded text, so that a worker that dies is restarted with all of them
// and the requests it had not answered; a worker that dies again before it
// has finished a check is not restarted, and everything waiting is answered
// empty. No `vscode` here: the unit tests drive it with real worker threads.
import type { Comparison } from '../../core/compare/comparison';
import type { Finding } from '../../core/findings';
import type { ArticleFormat } from '../../core/text/article';
import type { EngineEvent, EngineRequest, HoverAnswer } from './protocol';
import type { EngineTransport, StartWorker } from './transport';

export type FindingsEvent = Extract<EngineEvent, { type: 'findings' }>;
export type FailureEvent = Extract<EngineEvent, { type: 'failure' }>;

export interface CheckResult {
  checked: number;
  total: number;
  cancelled: boolean;
}

export interface EngineHooks {
  findings(event: FindingsEvent): void;
  failure(event: FailureEvent): void;
  /** The worker died while working on `article` (if known); `restarted` says whether a new one took over. */
  crashed(crash: { reason: string; article?: string; restarted: boolean }): void;
}

type Pending =
  | { kind: 'check'; message: Extract<EngineRequest, { type: 'check' }>; resolve(result: CheckResult): void; progress?(done: number, total: number): void }
  | { kind: 'query'; message: Extract<EngineRequest, { type: 'dependents' | 'hover' | 'compare' }>; resolve(result: unknown): void };

export class EngineClient {
  private transport: EngineTransport | undefined;
  private readonly texts = new Map<string, { version: number; text: string; format: ArticleFormat }>();
  private readonly pending = new Map<number, Pending>();
  private nextRequest = 1;
  /** The article the worker said it is working on, to name it if the worker dies. */
  private working: string | undefined;
  /** Whether the worker now running is a restart that has not yet finished a check. */
  private onProbation = false;
  private stopped = false;

  constructor(
    private readonly start: StartWorker,
    private readonly hooks: EngineHooks,
  ) {
    this.transport = this.spawn();
  }

  /** Whether the worker is gone for good (it died twice in a row). */
  get dead(): boolean {
    return this.stopped;
  }

  load(id: string, version: number, text: string, format: ArticleFormat): void {
    this.texts.set(id, { version, text, format });
    this.transport?.post({ type: 'load', id, version, text, format });
  }

  remove(id: string): void {
    this.texts.delete(id);
    this.transport?.post({ type: 'remove', id });
  }

  /** Checks what changed (and `ids`, or every article with `all`); findings arrive through the hooks before this resolves. */
  check(options: { ids?: string[]; all?: boolean } = {}, progress?: (done: number, total: number) => void): { request: number; done: Promise<CheckResult> } {
    const request = this.nextRequest++;
    const message: EngineRequest = { type: 'check', request, ids: options.ids, all: options.all };
    const done = new Promise<CheckResult>((resolve) => {
      if (this.stopped) return resolve({ checked: 0, total: 0, cancelled: true });
      this.pending.set(request, { kind: 'check', message, resolve, progress });
      this.transport?.post(message);
    });
    return { request, done };
  }

  cancel(request: number): void {
    if (this.pending.has(request)) this.transport?.post({ type: 'cancel', request });
  }

  dependents(id: string): Promise<string[]> {
    return this.query<string[]>({ type: 'dependents', request: 0, id }).then((ids) => ids ?? []);
  }

  hover(id: string, version: number, offset: number, findings: Finding[]): Promise<HoverAnswer | undefined> {
    return this.query<HoverAnswer>({ type: 'hover', request: 0, id, version, offset, findings });
  }

  compare(a: string, b: string, findingsA: Finding[], findingsB: Finding[]): Promise<Comparison | undefined> {
    return this.query<Comparison>({ type: 'compare', request: 0, a, b, findingsA, findingsB });
  }

  /** Ends the worker; everything waiting is answered empty. */
  dispose(): void {
    this.stopped = true;
    this.transport?.terminate();
    this.transport = undefined;
    this.settleAll();
  }

  /** For the tests: ends the worker as a crash would (the client sees it exit). */
  kill(): void {
    this.transport?.terminate();
    this.transport = undefined;
    this.crashed('it was stopped');
  }

  private query<T>(message: Extract<EngineRequest, { type: 'dependents' | 'hover' | 'compare' }>): Promise<T | undefined> {
    const request = this.nextRequest++;
    const numbered = { ...message, request };
    return new Promise<T | undefined>((resolve) => {
      if (this.stopped) return resolve(undefined);
      this.pending.set(request, { kind: 'query', message: numbered, resolve: resolve as (result: unknown) => void });
      this.transport?.post(numbered);
    });
  }

  private spawn(): EngineTransport {
    let textChars = 0;
    for (const { text } of this.texts.values()) textChars += text.length;
    return this.start(
      {
        message: (event) => this.receive(event),
        exit: (reason, options) => {
          this.transport = undefined;
          this.crashed(reason, options?.grown ?? false);
        },
      },
      { textChars },
    );
  }

  private receive(event: EngineEvent): void {
    switch (event.type) {
      case 'findings':
        // A text replaced or removed since the check began: its newer version is checked in turn.
        if (this.texts.get(event.id)?.version === event.version) this.hooks.findings(event);
        return;
      case 'failure':
        this.hooks.failure(event);
        return;
      case 'progress': {
        this.working = event.id;
        const waiting = this.pending.get(event.request);
        if (waiting?.kind === 'check') waiting.progress?.(event.done, event.total);
        return;
      }
      case 'checked': {
        this.working = undefined;
        this.onProbation = false;
        const waiting = this.pending.get(event.request);
        this.pending.delete(event.request);
        if (waiting?.kind === 'check') waiting.resolve({ checked: event.checked, total: event.total, cancelled: event.cancelled });
        return;
      }
      case 'reply': {
        const waiting = this.pending.get(event.request);
        this.pending.delete(event.request);
        if (waiting?.kind === 'query') waiting.resolve(event.cancelled ? undefined : event.result);
        return;
      }
    }
  }

  private crashed(reason: string, grown = false): void {
    if (this.stopped) return;
    const article = this.working;
    this.working = undefined;
    // A worker that ran out of memory is started again with more, however soon it died: the workspace outgrew it.
    const restart = !this.onProbation || grown;
    this.hooks.crashed({ reason, article, restarted: restart });
    if (!restart) {
      this.stopped = true;
      this.settleAll();
      return;
    }
    this.onProbation = true;
    this.transport = this.spawn();
    // The new worker starts empty: every text, then every request not yet answered, in their order.
    for (const [id, { version, text, format }] of this.texts) this.transport.post({ type: 'load', id, version, text, format });
    for (const waiting of this.pending.values()) {
      // A check re-posted checks every article: the dead worker's list of changed articles died with it.
      this.transport.post(waiting.kind === 'check' ? { ...waiting.message, all: true } : waiting.message);
    }
  }

  private settleAll(): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const w of waiting) {
      if (w.kind === 'check') w.resolve({ checked: 0, total: 0, cancelled: true });
      else w.resolve(undefined);
    }
  }
}
