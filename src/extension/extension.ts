import * as vscode from 'vscode';
import { Corpus } from '../core/corpus/corpus';
import { ArticleSync } from './articles';
import { Checker } from './checker';
import { SourceCheckHover } from './hover';
import { readSettings } from './settings';

/** What the extension exposes to its integration tests (and to other extensions). */
export interface SourceCheckApi {
  corpus: Corpus;
  /** Resolves when every pending check has been published. */
  whenIdle(): Promise<void>;
}

export function activate(context: vscode.ExtensionContext): SourceCheckApi {
  const log = vscode.window.createOutputChannel('Source Check', { log: true });
  const diagnostics = vscode.languages.createDiagnosticCollection('sourcecheck');
  const corpus = new Corpus();
  const checker = new Checker(corpus, diagnostics, log, () => readSettings().debounceMs);
  const sync = new ArticleSync(corpus, checker, log);
  const selector: vscode.DocumentSelector = [{ language: 'plaintext' }, { language: 'markdown' }];
  context.subscriptions.push(
    log,
    diagnostics,
    checker,
    sync,
    vscode.languages.registerHoverProvider(selector, new SourceCheckHover(corpus, checker)),
  );
  sync.start();
  log.info('Source Check activated.');
  return { corpus, whenIdle: () => checker.whenIdle() };
}

export function deactivate(): void {
  // Everything is disposed through the context's subscriptions.
}
