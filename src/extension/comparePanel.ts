import * as vscode from 'vscode';
import type { Comparison } from '../core/compare/comparison';
import type { ArticleTexts } from './engine/articleTexts';
import { articleName } from '../core/findings';
import type { Checker } from './checker';
import { renderComparisonBody, renderComparisonPage } from './compareHtml';
import { settle } from './settle';
import { Ranges } from './diagnostics';

export const COMPARE_VIEW_TYPE = 'sourcecheck.compare';

/** What the webview keeps for a reload: which two articles it compares. */
export interface CompareState {
  a?: string;
  b?: string;
}

function nonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The side-by-side comparison of two articles, in a webview that re-renders
 * whenever either article's findings are republished (it changed, or an
 * article it conflicts with did). One panel per pair.
 */
export class ComparePanel implements vscode.Disposable {
  private static readonly panels = new Set<ComparePanel>();
  private readonly disposables: vscode.Disposable[] = [];
  private comparison: Comparison | undefined;
  private updateTimer: ReturnType<typeof setTimeout> | undefined;

  static all(): ComparePanel[] {
    return [...ComparePanel.panels];
  }

  static async show(corpus: ArticleTexts, checker: Checker, a: string, b: string): Promise<ComparePanel> {
    const existing = [...ComparePanel.panels].find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));
    if (existing) {
      existing.panel.reveal(undefined, false);
      await existing.update();
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(COMPARE_VIEW_TYPE, title(a, b), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, webviewOptions());
    const shown = new ComparePanel(panel, corpus, checker, a, b);
    await shown.ready;
    return shown;
  }

  /** Brings back a panel after a reload (WebviewPanelSerializer). */
  static restore(panel: vscode.WebviewPanel, corpus: ArticleTexts, checker: Checker, state: CompareState): ComparePanel | undefined {
    if (!state?.a || !state?.b || typeof state.a !== 'string' || typeof state.b !== 'string') {
      panel.dispose();
      return undefined;
    }
    panel.webview.options = webviewOptions();
    panel.title = title(state.a, state.b);
    return new ComparePanel(panel, corpus, checker, state.a, state.b);
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly corpus: ArticleTexts,
    private readonly checker: Checker,
    readonly a: string,
    readonly b: string,
  ) {
    ComparePanel.panels.add(this);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m) => this.onMessage(m)),
      checker.onDidPublish((ids) => {
        if (ids.includes(this.a) || ids.includes(this.b)) this.scheduleUpdate();
      }),
    );
    this.ready = this.compute().then((comparison) => {
      this.comparison = comparison;
      if (!this.disposed) panel.webview.html = renderComparisonPage(this.body(), nonce(), panel.webview.cspSource);
    });
  }

  /** Resolves when the first comparison is on the page. */
  readonly ready: Promise<void>;
  private disposed = false;

  /** The current comparison (for tests and the API). */
  get model(): Comparison | undefined {
    return this.comparison;
  }

  /** Asked of the engine's worker, which holds the articles' analyses. */
  private compute(): Promise<Comparison | undefined> {
    if (!this.corpus.has(this.a) || !this.corpus.has(this.b)) return Promise.resolve(undefined);
    return this.checker.compare(this.a, this.b);
  }

  private body(): string {
    if (!this.comparison) {
      const missing = [this.a, this.b].filter((id) => !this.corpus.has(id)).map(articleName);
      return `<p class="notice">${missing.map((m) => m.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)).join(' and ')} ${missing.length === 1 ? 'is' : 'are'} no longer loaded.</p>`;
    }
    const ranges = new Ranges((id) => this.corpus.article(id));
    return renderComparisonBody(this.comparison, (id, offset) => ranges.range(id, offset, offset).start.line);
  }

  private scheduleUpdate(): void {
    if (this.updateTimer) clearTimeout(this.updateTimer);
    // Both articles are often republished in the same check pass: render once.
    this.updateTimer = setTimeout(() => void this.update(), 50);
  }

  async update(): Promise<void> {
    this.updateTimer = undefined;
    const comparison = await this.compute();
    if (this.disposed) return;
    this.comparison = comparison;
    settle(this.panel.webview.postMessage({ type: 'update', body: this.body(), a: this.a, b: this.b }), undefined, 'Updating the comparison view');
  }

  private async onMessage(message: unknown): Promise<void> {
    const m = message as { type?: unknown; side?: unknown; start?: unknown; end?: unknown };
    if (m?.type === 'ready') {
      await this.update();
      return;
    }
    if (m?.type !== 'open' || (m.side !== 'a' && m.side !== 'b')) return;
    // Only offsets come from the webview; the article is one of this panel's two.
    const id = m.side === 'a' ? this.a : this.b;
    const length = this.corpus.article(id)?.text.length ?? 0;
    const start = clamp(m.start, length);
    const end = Math.max(start, clamp(m.end, length));
    const range = new Ranges((articleId) => this.corpus.article(articleId)).range(id, start, end);
    const column = m.side === 'a' ? vscode.ViewColumn.One : vscode.ViewColumn.Two;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(id));
    await vscode.window.showTextDocument(document, { viewColumn: column, selection: range, preserveFocus: false });
  }

  dispose(): void {
    this.disposed = true;
    if (this.updateTimer) clearTimeout(this.updateTimer);
    ComparePanel.panels.delete(this);
    for (const d of this.disposables) d.dispose();
    this.panel.dispose();
  }
}

function clamp(value: unknown, max: number): number {
  const n = typeof value === 'number' && Number.isFinite(value) ? Math.floor(value) : 0;
  return Math.max(0, Math.min(max, n));
}

function title(a: string, b: string): string {
  return `Compare ${articleName(a)} ⟷ ${articleName(b)}`;
}

function webviewOptions(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  // No local resources at all: the page is self-contained, and scripts run only with the page's nonce.
  return { enableScripts: true, localResourceRoots: [], enableFindWidget: true, retainContextWhenHidden: false };
}
