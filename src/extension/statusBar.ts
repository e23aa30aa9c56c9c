import * as vscode from 'vscode';
import type { ArticleTexts } from './engine/articleTexts';
import { RULES, type RuleId } from '../core/findings';
import { RULE_INFO } from '../core/rules/catalog';
import type { Checker } from './checker';
import { countByRule } from './visibleFindings';

const LABEL = (rule: RuleId): [string, string] => [RULE_INFO[rule].label.icon, RULE_INFO[rule].label.noun];

export const COMMAND_SHOW_PROBLEMS = 'sourcecheck.showProblems';

/**
 * The active article's findings by rule, at a glance; a click opens the
 * Problems panel. Hidden for documents that are not articles.
 */
export class SourceCheckStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sourcecheck.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly corpus: ArticleTexts,
    private readonly checker: Checker,
  ) {
    this.item.name = 'Source Check';
    this.item.command = COMMAND_SHOW_PROBLEMS;
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      checker.onDidPublish((ids) => {
        if (ids.includes(vscode.window.activeTextEditor?.document.uri.toString() ?? '')) this.update();
      }),
      checker.onDidChangeEngine(() => this.update()),
    );
    this.update();
  }

  /** What the item shows, for tests. */
  get text(): string {
    return this.item.text;
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    const id = editor?.document.uri.toString();
    const engine = this.checker.engineStatus;
    if (engine.state === 'stopped') {
      // Silence must never look like clean copy: the engine is gone, and the item says so wherever the editor is.
      this.item.text = '$(error) Source Check: stopped';
      this.item.tooltip = `${engine.detail ?? ''} Reload the window to check again; the Source Check log has the details.`;
      this.item.show();
      return;
    }
    if (!id || !this.corpus.has(id)) {
      this.item.hide();
      return;
    }
    const language = this.checker.languageOf(id);
    if (language && !language.english) {
      this.item.text = '$(globe) Source Check: skipped';
      this.item.tooltip = `This article looks like it is in ${language.language ?? 'a language other than English'}; Source Check checks English only.`;
      this.item.show();
      return;
    }
    const findings = this.checker.findingsOf(id);
    const counts = countByRule(findings);
    // Says what it counts, in words: '$(diff) Source Check: 2 contradictions'.
    const parts = RULES.filter((r) => counts[r] > 0).map((r) => `${counts[r]} ${LABEL(r)[1]}${counts[r] === 1 ? '' : 's'}`);
    const icon = parts.length === 1 ? LABEL(RULES.find((r) => counts[r] > 0)!)[0] : '$(checklist)';
    // After a crash the counts come back from the restarted engine; the item says it restarted until the window reloads.
    const restarted = engine.state === 'restarted' ? ' $(debug-restart)' : '';
    this.item.text = (parts.length > 0 ? `${icon} Source Check: ${parts.join(', ')}` : '$(check) Source Check: no findings') + restarted;
    // Plain text, not Markdown: VS Code parses a Markdown tooltip on the extension host's thread at each
    // update (its parser's first run, when a document is opened, took that thread for tens of milliseconds).
    const lines: string[] = [];
    if (engine.detail) lines.push(`${engine.detail} It was restarted.`, '');
    lines.push('Source Check — this article', '');
    for (const r of RULES) lines.push(`• ${counts[r]} ${LABEL(r)[1]}${counts[r] === 1 ? '' : 's'}`);
    const capped = this.checker.cappedOf(id);
    if (capped > 0) lines.push('', `${capped} more not listed (setting sourceCheck.maxProblemsPerArticle)`);
    lines.push('', 'Click to open the Problems panel.');
    this.item.tooltip = lines.join('\n');
    this.item.accessibilityInformation = { label: `Source Check: ${RULES.map((r) => `${counts[r]} ${LABEL(r)[1]}`).join(', ')}` };
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

