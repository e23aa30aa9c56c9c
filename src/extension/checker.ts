import * as vscode from 'vscode';
import type { Corpus } from '../core/corpus/corpus';
import type { Finding } from '../core/findings';
import { Ranges, toDiagnostic } from './diagnostics';

/**
 * Re-checks articles after they change and publishes their diagnostics.
 *
 * An edit marks the article and every article that shares an index key with
 * it (before and after the edit) as dirty; after a debounce the dirty articles
 * are analysed and checked one per event-loop turn, so the extension host is
 * never busy for longer than one article's check and typing stays smooth.
 */
export class Checker implements vscode.Disposable {
  private readonly dirty = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private readonly findings = new Map<string, Finding[]>();
  private readonly changeEmitter = new vscode.EventEmitter<string[]>();
  /** Fires with the ids whose findings were (re)published. */
  readonly onDidPublish = this.changeEmitter.event;
  private idleWaiters: Array<() => void> = [];

  constructor(
    private readonly corpus: Corpus,
    private readonly diagnostics: vscode.DiagnosticCollection,
    private readonly log: vscode.LogOutputChannel,
    private readonly debounceMs: () => number,
  ) {}

  /** Marks an article changed (or removed): it and the articles that depend on it are re-checked. */
  changed(id: string, dependentsBefore: string[]): void {
    this.dirty.add(id);
    for (const other of dependentsBefore) this.dirty.add(other);
    this.schedule(this.debounceMs());
  }

  /** Marks every loaded article dirty (settings changed, workspace loaded). */
  all(): void {
    for (const id of this.corpus.ids()) this.dirty.add(id);
    this.schedule(0);
  }

  /** The findings last published for an article. */
  findingsOf(id: string): Finding[] {
    return this.findings.get(id) ?? [];
  }

  /** Drops an article's diagnostics at once (deleted, excluded, closed and not in the workspace). */
  clear(id: string): void {
    this.findings.delete(id);
    this.diagnostics.delete(vscode.Uri.parse(id));
  }

  /** Resolves when no check is pending or running. */
  whenIdle(): Promise<void> {
    if (!this.running && this.dirty.size === 0 && !this.timer) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, delay);
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      // Analyse first: every article's index keys must be known before any check compares across articles.
      for (const id of this.corpus.unanalyzed()) {
        this.guard(id, () => this.corpus.analysis(id));
        await yieldToHost();
      }
      // Articles that share keys with a changed article only now that it is analysed.
      for (const id of [...this.dirty]) for (const other of this.corpus.dependents(id)) this.dirty.add(other);
      while (this.dirty.size > 0) {
        if (this.corpus.unanalyzed().length > 0) break; // an edit came in: analyse it first, then go on
        const id = this.dirty.values().next().value as string;
        this.dirty.delete(id);
        if (this.corpus.has(id)) {
          const findings = this.guard(id, () => this.corpus.check(id)) ?? [];
          this.publish(id, findings);
        } else {
          this.clear(id);
        }
        await yieldToHost();
      }
    } finally {
      this.running = false;
    }
    if (this.dirty.size > 0 || this.corpus.unanalyzed().length > 0) {
      if (!this.timer) this.schedule(0);
    } else if (!this.timer) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const w of waiters) w();
    }
  }

  private publish(id: string, findings: Finding[]): void {
    this.findings.set(id, findings);
    const ranges = new Ranges((articleId) => this.corpus.article(articleId)?.text);
    this.diagnostics.set(
      vscode.Uri.parse(id),
      findings.map((f) => toDiagnostic(f, ranges)),
    );
    this.changeEmitter.fire([id]);
  }

  /** Runs one article's work; a detector that throws is logged with the file named and the others go on. */
  private guard<T>(id: string, work: () => T): T | undefined {
    try {
      return work();
    } catch (error) {
      this.log.error(`Checking ${vscode.Uri.parse(id).fsPath || id} failed: ${(error as Error)?.stack ?? error}`);
      return undefined;
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.changeEmitter.dispose();
  }
}

function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
