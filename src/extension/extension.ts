import * as vscode from 'vscode';
import type { Comparison } from '../core/compare/comparison';
import type { Finding } from '../core/findings';
import { ARTICLE_LANGUAGES, ArticleSync } from './articles';
import { Checker, type EngineState } from './checker';
import { ArticleTexts } from './engine/articleTexts';
import { engineWorker } from '#engine-worker';
import { SourceCheckCodeActions } from './codeActions';
import { registerCommands } from './commands';
import { COMPARE_VIEW_TYPE, ComparePanel, type CompareState } from './comparePanel';
import { SourceCheckHover } from './hover';
import type { IgnoredFinding } from '../core/project/dismissals';
import { IgnoreStore } from './ignoreStore';
import { LanguageNotice } from './languageNotice';
import { ProjectFiles } from './projectFiles';
import { forgetSettings, governSettingsBy, readSettings } from './settings';
import { SourceCheckStatus } from './statusBar';

/** What the extension exposes to its integration tests (and to other extensions). */
// Set by the bundle's first line (esbuild banner in package.json), before any
// module of the bundle is evaluated, so activation time includes loading the engine.
declare const SOURCECHECK_MODULE_START: number | undefined;

export interface SourceCheckApi {
  /** Milliseconds from the start of loading the bundle to the end of activate(). */
  activationMs: number;
  /** The loaded articles' texts (the engine itself runs in a worker). */
  corpus: ArticleTexts;
  /** Resolves when every pending check has been published. */
  whenIdle(): Promise<void>;
  /** The findings shown for an article (after settings, dismissals and the cap). */
  findingsOf(id: string): Finding[];
  /** The comparison views open now, with their models. */
  comparisons(): Array<{ a: string; b: string; model: Comparison | undefined; panel: vscode.WebviewPanel }>;
  /** The dismissed findings of this workspace. */
  ignored(): IgnoredFinding[];
  /** Shows dismissed findings again (what the "Show Ignored Findings" command does with a selection). */
  unignore(entries: IgnoredFinding[]): Promise<void>;
  /** The status bar item's text. */
  statusText(): string;
  /** Articles skipped as too large. */
  skippedAsTooLarge(): string[];
  /** Articles the editor was told are not in English. */
  languageNotices(): string[];
  /** Workspace files skipped as binary. */
  skippedAsBinary(): string[];
  /** The folder of this extension's logs, where the 'Source Check' output channel is written. */
  logUri: vscode.Uri;
  /** The engine's worker: running, restarted after a crash, or stopped. */
  engine(): EngineState;
  /** Ends the engine's worker as a crash would, for the tests of its restart. */
  killEngine(): void;
}

export function activate(context: vscode.ExtensionContext): SourceCheckApi {
  const log = vscode.window.createOutputChannel('Source Check', { log: true });
  const diagnostics = vscode.languages.createDiagnosticCollection('sourcecheck');
  const corpus = new ArticleTexts();
  const projects = new ProjectFiles(log);
  governSettingsBy((uri) => projects.governing(uri), () => projects.all());
  // Registered before every other listener, so that none reads settings as they were before the change.
  forgetSettings();
  context.subscriptions.push(
    projects.onDidChange(forgetSettings),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('sourceCheck') && forgetSettings()),
    vscode.workspace.onDidChangeWorkspaceFolders(forgetSettings),
  );
  const ignores = new IgnoreStore(context.workspaceState, projects);
  const checker = new Checker(corpus, engineWorker(context.extensionUri), diagnostics, log, () => readSettings().debounceMs, ignores);
  const sync = new ArticleSync(corpus, checker, log);
  const status = new SourceCheckStatus(corpus, checker);
  const notice = new LanguageNotice(checker, log);
  const selector: vscode.DocumentSelector = ARTICLE_LANGUAGES.map((language) => ({ language }));
  context.subscriptions.push(
    log,
    diagnostics,
    checker,
    sync,
    ignores,
    projects,
    status,
    notice,
    vscode.languages.registerHoverProvider(selector, new SourceCheckHover(corpus, checker)),
    vscode.languages.registerCodeActionsProvider(selector, new SourceCheckCodeActions(corpus, checker, (id) => ignores.whereFor(id)), {
      providedCodeActionKinds: SourceCheckCodeActions.kinds,
    }),
    ...registerCommands({ corpus, checker, sync, ignores }),
    ignores.onDidChange(() => checker.refresh()),
    // A project file changed: its rules and dismissals apply at once, its include/exclude reload the articles.
    projects.onDidChange(() => {
      checker.refresh();
      void sync.loadWorkspace().catch((error) => log.error(`Loading articles failed: ${(error as Error)?.message ?? error}`));
    }),
    sync.onDidRename(({ from, to }) => {
      const failed = (error: unknown) => log.warn(`Could not move the dismissed findings of ${from} to ${to}: ${(error as Error)?.message ?? error}`);
      ignores.renamed(from, to).catch(failed);
      projects.followRename(from, to).catch(failed);
    }),
    vscode.window.registerWebviewPanelSerializer(COMPARE_VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: CompareState) {
        // The articles come back as the workspace loads; compare once they are checked.
        await sync.whenLoaded();
        await checker.whenIdle();
        ComparePanel.restore(panel, corpus, checker, state);
      },
    }),
    { dispose: () => ComparePanel.all().forEach((p) => p.dispose()) },
  );
  sync.start();
  const activationMs = performance.now() - (typeof SOURCECHECK_MODULE_START === 'number' ? SOURCECHECK_MODULE_START : 0);
  log.info(`Activated in ${activationMs.toFixed(0)} ms.`);
  return {
    activationMs,
    corpus,
    whenIdle: async () => {
      await projects.ready;
      await checker.whenIdle();
    },
    findingsOf: (id) => checker.findingsOf(id),
    comparisons: () => ComparePanel.all().map((p) => ({ a: p.a, b: p.b, model: p.model, panel: p.panel })),
    ignored: () => ignores.all(),
    unignore: (entries) => ignores.remove(entries),
    statusText: () => status.text,
    skippedAsTooLarge: () => sync.skippedAsTooLarge(),
    languageNotices: () => notice.toldAbout(),
    skippedAsBinary: () => sync.skippedAsBinary(),
    logUri: context.logUri,
    engine: () => checker.engineStatus,
    killEngine: () => checker.killEngine(),
  };
}

export function deactivate(): void {
  // Everything is disposed through the context's subscriptions.
}
