import * as vscode from 'vscode';
import type { ArticleTexts } from './engine/articleTexts';
import { articleName, type Finding } from '../core/findings';
import type { Checker } from './checker';
import { Ranges, ruleOfDiagnostic, SOURCE } from './diagnostics';

/** What a quick fix passes to its command: enough to find the finding again. */
export interface FindingRef {
  articleId: string;
  rule: string;
  start: number;
  end: number;
  /** For "Accept this difference": which related passage. */
  related?: number;
}

export const COMMAND_IGNORE = 'sourcecheck.ignoreFinding';
export const COMMAND_ACCEPT = 'sourcecheck.acceptDifference';

export function refOf(f: Finding, related?: number): FindingRef {
  return { articleId: f.articleId, rule: f.rule, start: f.start, end: f.end, related };
}

export function findingOf(checker: Checker, ref: FindingRef): Finding | undefined {
  return checker.findingsOf(ref.articleId).find((f) => f.rule === ref.rule && f.start === ref.start && f.end === ref.end);
}

/**
 * Quick fixes on Source Check's diagnostics: dismiss the finding here (kept in
 * the workspace state), accept a cross-article difference (silenced at both
 * places), or silence the line with an inline directive the editor can see.
 */
export class SourceCheckCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly corpus: ArticleTexts,
    private readonly checker: Checker,
    /** Where a dismissal of an article is kept, which the quick fix's title says. */
    private readonly whereFor: (articleId: string) => 'project file' | 'workspace state' = () => 'workspace state',
  ) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const id = document.uri.toString();
    const ranges = new Ranges((articleId) => this.corpus.article(articleId));
    const actions: vscode.CodeAction[] = [];
    const kept = this.whereFor(id) === 'project file' ? ' (in .sourcecheck.json)' : ' (in this workspace only: no .sourcecheck.json)';
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== SOURCE) continue;
      const finding = this.checker
        .findingsOf(id)
        .find((f) => f.rule === ruleOfDiagnostic(diagnostic) && ranges.range(id, f.start, f.end).isEqual(diagnostic.range));
      if (!finding) continue;
      const others = finding.related.filter((r) => r.articleId !== finding.articleId || r.start !== finding.start);
      if (finding.rule !== 'unattributed-quote' && others.length > 0) {
        finding.related.forEach((r, index) => {
          const where = r.articleId === finding.articleId ? `line ${ranges.range(r.articleId, r.start, r.end).start.line + 1}` : articleName(r.articleId);
          const action = new vscode.CodeAction(`Accept this difference with ${where}${kept}`, vscode.CodeActionKind.QuickFix);
          action.diagnostics = [diagnostic];
          action.command = { command: COMMAND_ACCEPT, title: action.title, arguments: [refOf(finding, index)] };
          actions.push(action);
        });
      }
      const ignore = new vscode.CodeAction(`Ignore this finding here${kept}`, vscode.CodeActionKind.QuickFix);
      ignore.diagnostics = [diagnostic];
      ignore.command = { command: COMMAND_IGNORE, title: ignore.title, arguments: [refOf(finding)] };
      actions.push(ignore);
      const directive = this.directiveAction(document, diagnostic, finding);
      if (directive) actions.push(directive);
    }
    return actions;
  }

  /**
   * Silences the line with a directive the editor sees, like eslint-disable: in
   * Markdown a comment at the end of the line (which never splits a paragraph);
   * in plain text a `//` line above, offered only where a line of its own does
   * not cut a paragraph in two.
   */
  private directiveAction(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, finding: Finding): vscode.CodeAction | undefined {
    const line = document.lineAt(diagnostic.range.start.line);
    const action = new vscode.CodeAction(`Disable ${finding.rule} on this line with a comment`, vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.edit = new vscode.WorkspaceEdit();
    if (document.languageId === 'markdown') {
      action.edit.insert(document.uri, line.range.end, ` <!-- sourcecheck-disable-line ${finding.rule} -->`);
      return action;
    }
    const startsParagraph = line.lineNumber === 0 || document.lineAt(line.lineNumber - 1).isEmptyOrWhitespace || !/\n[ \t]*\r?\n/.test(document.getText());
    if (!startsParagraph) return undefined;
    const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    action.edit.insert(document.uri, line.range.start, `// sourcecheck-disable-next-line ${finding.rule}${eol}`);
    return action;
  }
}
