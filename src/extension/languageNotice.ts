import * as vscode from 'vscode';
import type { Checker } from './checker';
import { settle } from './settle';

/**
 * Tells the editor, once per article, that it was skipped as not English, so
 * that silence is never mistaken for a clean bill (the status bar says it too).
 * Only for an article the editor has open: a folder of foreign copy is listed in the log.
 */
export class LanguageNotice implements vscode.Disposable {
  private readonly told = new Set<string>();
  private readonly logged = new Set<string>();
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly checker: Checker,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables = [
      checker.onDidPublish((ids) => ids.forEach((id) => this.check(id))),
      vscode.window.onDidChangeActiveTextEditor((editor) => editor && this.check(editor.document.uri.toString())),
    ];
  }

  private check(id: string): void {
    if (this.told.has(id)) return;
    const language = this.checker.languageOf(id);
    if (!language || language.english) return;
    const name = vscode.workspace.asRelativePath(vscode.Uri.parse(id), false);
    if (!this.logged.has(id)) {
      this.logged.add(id);
      this.log.info(`Skipped ${name}: it looks like ${language.language ?? 'a language other than English'} (${Math.round(language.englishRatio * 100)}% English function words).`);
    }
    if (vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === id)) {
      this.told.add(id);
      settle(
        vscode.window.showInformationMessage(
          `Source Check skips ${name}: it looks like ${language.language ?? 'a language other than English'}, and Source Check checks English articles only.`,
        ),
        this.log,
        'The language notice',
      );
    }
  }

  /** Ids told about, for tests. */
  toldAbout(): string[] {
    return [...this.told];
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
