import * as vscode from 'vscode';
import type { Finding } from '../core/findings';
import { Ranges, toDiagnostic } from './diagnostics';
import type { ArticleTexts } from './engine/articleTexts';
import { EngineClient, type FailureEvent, type FindingsEvent } from './engine/engineClient';
import type { HoverAnswer } from './engine/protocol';
import type { StartWorker } from './engine/transport';
import type { Comparison } from '../core/compare/comparison';
import type { IgnoreStore } from './ignoreStore';
import { readSettings } from './settings';
import type { IgnoredFinding } from '../core/project/dismissals';
import { visibleFindings, type TypingState } from './visibleFindings';

/** How long the finding at the caret stays hidden after a keystroke (at least; longer with a long debounce). */
const TYPING_GRACE_MS = 1500;

/** What the engine said of an article's language (a non-English article is skipped). */
export interface ArticleLanguage {
  english: boolean;
  language?: string;
  englishRatio: number;
}

/** The engine's worker: running, restarted after a crash, or stopped after a second one. */
export interface EngineState {
  state: 'running' | 'restarted' | 'stopped';
  /** What happened, with the file it was checking. */
  detail?: string;
}

/**
 * Re-checks articles after they change and publishes their diagnostics.
 *
 * The engine runs in a worker (./engine): this thread posts each new text,
 * asks for a check after a debounce, and maps the findings that come back to
 * diagnostics. The worker finds the articles that depend on a change itself.
 * Findings computed on a text that has changed since are dropped (by version).
 */
export class Checker implements vscode.Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  /** Changes posted to the engine since the last check was asked for. */
  private changesPending = false;
  private everythingPending = false;
  /** What the engine found, before settings, dismissals and the caret are applied. */
  private readonly raw = new Map<string, Finding[]>();
  /** What the editor sees (the diagnostics). */
  private readonly findings = new Map<string, Finding[]>();
  private readonly cappedCounts = new Map<string, number>();
  /**
   * What each article's diagnostics were last made of (the findings shown and
   * the versions of the texts they point into), so that an article whose
   * diagnostics would come out the same is not sent to VS Code again: Check
   * Workspace and a draft's dependents mostly come back unchanged, and every
   * diagnostic sent is serialised, compressed and sent back by the window on
   * this thread.
   */
  private readonly shown = new Map<string, string>();
  private readonly languages = new Map<string, ArticleLanguage>();
  private readonly typing = new Map<string, TypingState>();
  private readonly typingTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changeEmitter = new vscode.EventEmitter<string[]>();
  /** Fires with the ids whose findings were (re)published. */
  readonly onDidPublish = this.changeEmitter.event;
  private readonly engineEmitter = new vscode.EventEmitter<EngineState>();
  /** Fires when the engine's worker crashed (and was restarted, or not). */
  readonly onDidChangeEngine = this.engineEmitter.event;
  private engineState: EngineState = { state: 'running' };
  private idleWaiters: Array<() => void> = [];
  /** The failure last logged per article, so that a broken check is logged once, not at every re-check. */
  private readonly failures = new Map<string, string>();
  private disposed = false;
  private readonly engine: EngineClient;
  /**
   * Findings received and not yet published, the latest per article. The
   * worker's messages are all handled in one go when many are waiting (a
   * whole Check Workspace), so receiving only files them; publishing them
   * (diagnostics, lines, the status bar) runs in slices of a few
   * milliseconds, so that the extension host is never held for long.
   */
  private readonly inbox = new Map<string, FindingsEvent | 'refresh'>();
  private draining: ReturnType<typeof setTimeout> | undefined;
  private drainWaiters: Array<() => void> = [];

  constructor(
    private readonly texts: ArticleTexts,
    startWorker: StartWorker,
    private readonly diagnostics: vscode.DiagnosticCollection,
    private readonly log: vscode.LogOutputChannel,
    private readonly debounceMs: () => number,
    private readonly ignores: IgnoreStore,
  ) {
    this.engine = new EngineClient(startWorker, {
      findings: (event) => this.received(event),
      failure: (event) => this.failed(event),
      crashed: ({ reason, article, restarted }) => {
        const where = article ? ` while checking ${nameOf(article)}` : '';
        const detail = `Source Check's engine stopped${where} (${reason}).`;
        this.engineState = { state: restarted ? 'restarted' : 'stopped', detail };
        this.log.error(restarted ? `${detail} It was restarted with every article.` : `${detail} It stopped again soon after a restart and is not restarted again: reload the window to check again.`);
        this.engineEmitter.fire(this.engineState);
        if (!restarted) this.settleIdle();
      },
    });
  }

  /** The engine worker's state, for the status bar. */
  get engineStatus(): EngineState {
    return this.engineState;
  }

  /** Records a keystroke: the finding at the caret is held back until typing pauses. */
  typedAt(id: string, offset: number): void {
    this.typing.set(id, { offset, at: Date.now() });
  }

  /**
   * Re-applies settings and dismissals to the last findings, without
   * re-checking (a finding was dismissed or restored, a setting changed): the
   * articles go through the same sliced publishing as new findings.
   */
  refresh(ids: Iterable<string> = this.raw.keys()): void {
    for (const id of ids) if (this.raw.has(id) && this.texts.has(id) && !this.inbox.has(id)) this.inbox.set(id, 'refresh');
    this.scheduleDrain();
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

  /** What the engine said of an article's language, once it has checked it. */
  languageOf(id: string): ArticleLanguage | undefined {
    return this.languages.get(id);
  }

  /**
   * An article's text changed, or it was removed (the host's copy says which):
   * the engine gets the new text, and it and the articles that depend on it
   * are re-checked after the debounce.
   */
  changed(id: string): void {
    if (this.disposed) return;
    // A new version may fail differently (or not at all): its failure is worth logging again.
    this.failures.delete(id);
    const loaded = this.texts.article(id);
    if (loaded) this.engine.load(id, loaded.version, loaded.text, loaded.format);
    else this.engine.remove(id);
    this.changesPending = true;
    this.schedule(this.debounceMs());
  }

  /** Re-checks every loaded article (settings changed). */
  all(): void {
    if (this.disposed) return;
    this.everythingPending = true;
    this.schedule(0);
  }

  /** The findings last published for an article. */
  findingsOf(id: string): Finding[] {
    return this.findings.get(id) ?? [];
  }

  /** Drops an article's diagnostics at once (deleted, excluded, closed and not in the workspace). */
  clear(id: string): void {
    clearTimeout(this.typingTimers.get(id));
    this.typingTimers.delete(id);
    this.failures.delete(id);
    this.findings.delete(id);
    this.raw.delete(id);
    this.cappedCounts.delete(id);
    this.shown.delete(id);
    this.languages.delete(id);
    this.inbox.delete(id);
    this.typing.delete(id);
    this.diagnostics.delete(vscode.Uri.parse(id));
  }

  /** The articles that share quantities, claims or quotations with one article. */
  dependents(id: string): Promise<string[]> {
    return this.engine.dependents(id);
  }

  /** What the hover shows at an offset, if the engine's text is still the editor's. */
  hover(id: string, offset: number): Promise<HoverAnswer | undefined> {
    const loaded = this.texts.article(id);
    if (!loaded) return Promise.resolve(undefined);
    return this.engine.hover(id, loaded.version, offset, this.findingsOf(id));
  }

  /** The comparison of two articles, with the findings each shows. */
  compare(a: string, b: string): Promise<Comparison | undefined> {
    return this.engine.compare(a, b, this.findingsOf(a), this.findingsOf(b));
  }

  /**
   * Checks every loaded article now, reporting progress and stopping when
   * cancelled (the "Check Workspace" command).
   */
  async checkEverything(report: (done: number, total: number) => void, cancelled: () => boolean): Promise<{ checked: number; total: number }> {
    if (this.disposed) return { checked: 0, total: this.texts.size };
    const { request, done } = this.engine.check({ all: true }, report);
    const poll = setInterval(() => {
      if (cancelled()) this.engine.cancel(request);
    }, 50);
    try {
      const result = await done;
      await this.drained();
      report(result.checked, result.total);
      return { checked: result.checked, total: result.total };
    } finally {
      clearInterval(poll);
    }
  }

  /** Resolves when no check is pending or running. */
  whenIdle(): Promise<void> {
    if (this.disposed || this.engine.dead) return Promise.resolve();
    if (!this.running && !this.changesPending && !this.everythingPending && !this.timer) return this.drained();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** For the tests: ends the engine's worker as a crash would. */
  killEngine(): void {
    this.engine.kill();
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
      const all = this.everythingPending;
      this.everythingPending = false;
      this.changesPending = false;
      await this.engine.check({ all }).done;
      await this.drained();
    } finally {
      this.running = false;
    }
    if (this.disposed) return;
    if (this.changesPending || this.everythingPending) {
      if (!this.timer) this.schedule(0);
    } else if (!this.timer) {
      this.settleIdle();
    }
  }

  private settleIdle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  private received(event: FindingsEvent): void {
    if (this.disposed) return;
    this.inbox.delete(event.id);
    this.inbox.set(event.id, event);
    this.scheduleDrain();
  }

  private scheduleDrain(): void {
    if (!this.draining && !this.disposed) this.draining = setTimeout(() => this.drain(), 0);
  }

  private drain(): void {
    this.draining = undefined;
    const start = performance.now();
    // Dismissals are read once per slice, not once per article: collecting them costs more than publishing most articles.
    const slice = new PublishSlice(this.ignores.all());
    const published: string[] = [];
    for (const [id, event] of this.inbox) {
      if (this.disposed) break;
      this.inbox.delete(id);
      if (event === 'refresh') {
        const raw = this.raw.get(id);
        if (!raw || !this.texts.has(id)) continue;
        this.publish(id, raw, slice);
      } else {
        // An article removed, or changed again, since: its newer text is checked in turn.
        if (this.texts.article(id)?.version !== event.version) continue;
        this.languages.set(id, { english: event.english, language: event.language, englishRatio: event.englishRatio });
        this.publish(id, event.findings, slice);
      }
      published.push(id);
      if (performance.now() - start > SLICE_MS || slice.sent > SLICE_DIAGNOSTICS) break;
    }
    if (published.length > 0 && !this.disposed) this.changeEmitter.fire(published);
    if (this.inbox.size > 0 && !this.disposed) {
      this.scheduleDrain();
      return;
    }
    const waiters = this.drainWaiters;
    this.drainWaiters = [];
    for (const w of waiters) w();
  }

  /** Resolves when every finding received has been published. */
  private drained(): Promise<void> {
    if (this.inbox.size === 0 || this.disposed) return Promise.resolve();
    return new Promise((resolve) => this.drainWaiters.push(resolve));
  }

  /** A detector or the analysis threw on one article: logged once, naming the file; the other articles go on. */
  private failed(event: FailureEvent): void {
    // Keyed by the message, not the stack: the same fault reached through another caller is the same fault.
    if (this.failures.get(event.id) === event.message) return;
    this.failures.set(event.id, event.message);
    this.log.error(`Checking ${nameOf(event.id)} failed (its other findings are not shown; the other articles are still checked): ${event.detail}`);
  }

  private publish(id: string, raw: Finding[], slice: PublishSlice): void {
    if (this.disposed) return;
    this.raw.set(id, raw);
    const uri = vscode.Uri.parse(id);
    const settings = readSettings(uri);
    const grace = slice.grace ??= Math.max(TYPING_GRACE_MS, this.debounceMs() * 2);
    const visible = visibleFindings(raw, {
      rules: settings.rules,
      ignored: slice.ignored,
      textOf: (articleId, start, end) => this.texts.article(articleId)?.text.slice(start, end),
      typing: this.typing.get(id),
      now: slice.now,
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
    const versionOf = (articleId: string) => this.texts.article(articleId)?.version ?? 0;
    const involved = new Set([id, ...findings.flatMap((f) => f.related.map((r) => r.articleId))]);
    const signature = digest(JSON.stringify([[...involved].map(versionOf), findings]));
    if (this.shown.get(id) === signature) return;
    this.shown.set(id, signature);
    const ranges = new Ranges((articleId) => this.texts.article(articleId));
    this.diagnostics.set(
      uri,
      findings.map((f) => toDiagnostic(f, ranges)),
    );
    slice.sent += 1 + findings.reduce((n, f) => n + 1 + f.related.length, 0);
  }

  /** Stops all work: the worker ends, queued work is dropped and nothing more is published. */
  dispose(): void {
    this.disposed = true;
    if (this.draining) clearTimeout(this.draining);
    this.inbox.clear();
    const drainWaiters = this.drainWaiters;
    this.drainWaiters = [];
    for (const w of drainWaiters) w();
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.engine.dispose();
    this.settleIdle();
    for (const t of this.typingTimers.values()) clearTimeout(t);
    this.changeEmitter.dispose();
    this.engineEmitter.dispose();
  }
}

/** The longest the extension host publishes findings before it lets other events run. */
const SLICE_MS = 8;

/**
 * The most diagnostics and related passages sent to VS Code in one slice:
 * VS Code serialises and compresses what one turn of the event loop sent in
 * one piece, on this thread, after our slice has ended.
 */
const SLICE_DIAGNOSTICS = 150;

/** What every article published in one slice shares: the dismissals and the clock; and what it sent so far. */
class PublishSlice {
  readonly now = Date.now();
  grace: number | undefined;
  sent = 0;

  constructor(readonly ignored: readonly IgnoredFinding[]) {}
}

/** Two 32-bit FNV-1a hashes of a text, kept instead of the text (a whole article's findings). */
function digest(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619);
    b = Math.imul(b ^ c, 2246822519);
  }
  return `${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}:${text.length}`;
}

function nameOf(id: string): string {
  const uri = vscode.Uri.parse(id);
  return uri.scheme === 'file' ? uri.fsPath : id;
}
