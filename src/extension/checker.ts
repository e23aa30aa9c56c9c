import * as vscode from 'vscode';
import type { Corpus } from '../core/corpus/corpus';
import { warmUpTagger } from '../core/text/tagging';
import type { Finding } from '../core/findings';
import { Ranges, toDiagnostic } from './diagnostics';
import type { IgnoreStore } from './ignoreStore';
import { readSettings } from './settings';
import { visibleFindings, type TypingState } from './visibleFindings';

/** How long the finding at the caret stays hidden after a keystroke (at least; longer with a long debounce). */
const TYPING_GRACE_MS = 1500;

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
  /** What the engine found, before settings, dismissals and the caret are applied. */
  private readonly raw = new Map<string, Finding[]>();
  /** What the editor sees (the diagnostics). */
  private readonly findings = new Map<string, Finding[]>();
  private readonly cappedCounts = new Map<string, number>();
  private readonly typing = new Map<string, TypingState>();
  private readonly typingTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changeEmitter = new vscode.EventEmitter<string[]>();
  /** Fires with the ids whose findings were (re)published. */
  readonly onDidPublish = this.changeEmitter.event;
  private idleWaiters: Array<() => void> = [];
  /** The failure last logged per article, so that a broken check is logged once, not at every re-check. */
  private readonly failures = new Map<string, string>();
  private disposed = false;

  constructor(
    private readonly corpus: Corpus,
    private readonly diagnostics: vscode.DiagnosticCollection,
    private readonly log: vscode.LogOutputChannel,
    private readonly debounceMs: () => number,
    private readonly ignores: IgnoreStore,
  ) {}

  /** Records a keystroke: the finding at the caret is held back until typing pauses. */
  typedAt(id: string, offset: number): void {
    this.typing.set(id, { offset, at: Date.now() });
  }

  /** Re-applies settings and dismissals to the last findings, without re-checking (a finding was dismissed or restored). */
  refresh(ids: Iterable<string> = this.raw.keys()): void {
    for (const id of ids) {
      const raw = this.raw.get(id);
      if (raw && this.corpus.has(id)) this.publish(id, raw);
    }
  }

  /** The engine's findings for an article, before settings and dismissals. */
  rawFindingsOf(id: string): Finding[] {
    return this.raw.get(id) ?? [];
  }

  /** How many findings the per-article cap left out of the Problems panel. */
  cappedOf(id: string): number {
    return this.cappedCounts.get(id) ?? 0;
  }

  /** Ids of the articles with published findings. */
  publishedIds(): string[] {
    return [...this.findings.keys()];
  }

  /** Marks an article changed (or removed): it and the articles that depend on it are re-checked. */
  changed(id: string, dependentsBefore: string[]): void {
    if (this.disposed) return;
    // A new version may fail differently (or not at all): its failure is worth logging again.
    this.failures.delete(id);
    this.dirty.add(id);
    for (const other of dependentsBefore) this.dirty.add(other);
    this.schedule(this.debounceMs());
  }

  /** Marks every loaded article dirty (settings changed, workspace loaded). */
  all(): void {
    if (this.disposed) return;
    for (const id of this.corpus.ids()) this.dirty.add(id);
    this.schedule(0);
  }

  /** The findings last published for an article. */
  findingsOf(id: string): Finding[] {
    return this.findings.get(id) ?? [];
  }

  /** Drops an article's diagnostics at once (deleted, excluded, closed and not in the workspace). */
  clear(id: string): void {
    // Queued work for an article that is gone is dropped (a changed article is queued again by `changed`).
    if (!this.corpus.has(id)) this.dirty.delete(id);
    clearTimeout(this.typingTimers.get(id));
    this.typingTimers.delete(id);
    this.failures.delete(id);
    this.findings.delete(id);
    this.raw.delete(id);
    this.cappedCounts.delete(id);
    this.typing.delete(id);
    this.diagnostics.delete(vscode.Uri.parse(id));
  }

  /**
   * Checks every loaded article now, one per event-loop turn, reporting
   * progress and stopping when cancelled (the "Check Workspace" command).
   */
  async checkEverything(report: (done: number, total: number) => void, cancelled: () => boolean): Promise<{ checked: number; total: number }> {
    const ids = this.corpus.ids();
    const total = ids.length;
    let done = 0;
    // Analyse all first so that every cross-article rule sees the whole index.
    for (const id of ids) {
      if (cancelled() || this.disposed) return { checked: 0, total };
      if (!this.corpus.isAnalyzed(id)) await this.analyzeInSlices(id);
      report(++done / 2, total);
      await yieldToHost();
    }
    let checked = 0;
    for (const id of ids) {
      if (cancelled() || this.disposed) break;
      if (this.corpus.has(id)) {
        this.publish(id, this.guard(id, () => this.corpus.check(id)) ?? []);
        this.dirty.delete(id);
      }
      checked++;
      report(total / 2 + checked / 2, total);
      await yieldToHost();
    }
    return { checked, total };
  }

  /**
   * Analyses one article one detector per turn of the event loop, so that a
   * long article's analysis never holds the extension host; a failure is
   * logged (once) and recorded by the corpus.
   */
  private async analyzeInSlices(id: string): Promise<void> {
    const steps = this.corpus.analysisSteps(id);
    for (;;) {
      const step = this.guard(id, () => steps.next());
      await yieldToHost();
      if (this.disposed || !step || step.done) return;
    }
  }

  /** Resolves when no check is pending or running. */
  whenIdle(): Promise<void> {
    if (this.disposed) return Promise.resolve();
    if (!this.running && this.dirty.size === 0 && !this.timer) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.run().catch((error) => this.log.error(`Source Check's checking loop failed: ${(error as Error)?.stack ?? error}`));
    }, delay);
  }

  private async run(): Promise<void> {
    if (this.running || this.disposed) return;
    this.running = true;
    try {
      if (this.corpus.hasUnanalyzed()) {
        warmUpTagger();
        await yieldToHost();
        if (this.disposed) return;
      }
      // Analyse first: every article's index keys must be known before any check compares across articles.
      for (const id of this.corpus.unanalyzed()) {
        if (this.disposed) return;
        if (!this.corpus.has(id) || this.corpus.isAnalyzed(id)) continue; // removed or analysed while we yielded
        await this.analyzeInSlices(id);
        if (this.disposed) return;
      }
      // Articles that share keys with a changed article only now that it is analysed. After a
      // folder of articles arrives this is hundreds of index look-ups: yield every few milliseconds.
      let sliceStart = performance.now();
      for (const id of [...this.dirty]) {
        for (const other of this.corpus.dependents(id)) this.dirty.add(other);
        if (performance.now() - sliceStart > SLICE_MS) {
          await yieldToHost();
          if (this.disposed) return;
          sliceStart = performance.now();
        }
      }
      while (this.dirty.size > 0) {
        if (this.disposed) return;
        if (this.corpus.hasUnanalyzed()) break; // an edit came in: analyse it first, then go on
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
    if (this.disposed) return;
    if (this.dirty.size > 0 || this.corpus.hasUnanalyzed()) {
      if (!this.timer) this.schedule(0);
    } else if (!this.timer) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const w of waiters) w();
    }
  }

  private publish(id: string, raw: Finding[]): void {
    if (this.disposed) return;
    this.raw.set(id, raw);
    const uri = vscode.Uri.parse(id);
    const settings = readSettings(uri);
    const grace = Math.max(TYPING_GRACE_MS, this.debounceMs() * 2);
    const visible = visibleFindings(raw, {
      rules: settings.rules,
      ignored: this.ignores.all(),
      textOf: (articleId, start, end) => this.corpus.article(articleId)?.text.slice(start, end),
      typing: this.typing.get(id),
      now: Date.now(),
      typingGraceMs: grace,
      maxProblems: settings.maxProblems,
    });
    const findings = visible.findings;
    this.findings.set(id, findings);
    this.cappedCounts.set(id, visible.capped);
    if (visible.heldForTyping) {
      // Shown once the editor stops typing, even if no further edit triggers a check.
      clearTimeout(this.typingTimers.get(id));
      this.typingTimers.set(
        id,
        setTimeout(() => {
          this.typingTimers.delete(id);
          this.refresh([id]);
        }, grace),
      );
    }
    const ranges = new Ranges((articleId) => this.corpus.article(articleId));
    this.diagnostics.set(
      uri,
      findings.map((f) => toDiagnostic(f, ranges)),
    );
    this.changeEmitter.fire([id]);
  }

  /** Runs one article's work; a detector that throws is logged with the file named and the others go on. */
  private guard<T>(id: string, work: () => T): T | undefined {
    try {
      const result = work();
      this.failures.delete(id);
      return result;
    } catch (error) {
      const detail = String((error as Error)?.stack ?? error);
      // Keyed by the message, not the stack: the same fault reached through another caller is the same fault.
      const key = String((error as Error)?.message ?? error);
      if (this.failures.get(id) !== key) {
        this.failures.set(id, key);
        this.log.error(`Checking ${nameOf(id)} failed (its other findings are not shown; the other articles are still checked): ${detail}`);
      }
      return undefined;
    }
  }

  /** Stops all work: a check under way ends at its next article, queued work is dropped and nothing more is published. */
  dispose(): void {
    this.disposed = true;
    this.dirty.clear();
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
    for (const t of this.typingTimers.values()) clearTimeout(t);
    this.changeEmitter.dispose();
  }
}

function nameOf(id: string): string {
  const uri = vscode.Uri.parse(id);
  return uri.scheme === 'file' ? uri.fsPath : id;
}

/** The longest the checker works before it lets the extension host handle other events. */
const SLICE_MS = 8;

function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
