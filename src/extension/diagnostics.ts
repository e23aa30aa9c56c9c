import * as vscode from 'vscode';
import type { Finding, Severity } from '../core/findings';
import { RULE_INFO, type RuleId } from '../core/rules/catalog';
import { lineMapOf } from '../core/text/positions';

export const SOURCE = 'Source Check';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** Converts offsets of the corpus's copy of each article to ranges (the text may be a file not open in an editor). */
const NO_TEXT = { text: '' };

export class Ranges {
  constructor(private readonly articleOf: (articleId: string) => { text: string } | undefined) {}

  range(articleId: string, start: number, end: number): vscode.Range {
    const map = lineMapOf(this.articleOf(articleId) ?? NO_TEXT);
    const s = map.position(start);
    const e = map.position(end);
    return new vscode.Range(s.line, s.character, e.line, e.character);
  }
}

/**
 * The rule's documentation page inside the installed extension (docs/rules/,
 * shipped in the VSIX): the project has no public documentation site, and a
 * page in the extension works offline and in vscode.dev alike.
 */
function ruleDocs(rule: RuleId): vscode.Uri | undefined {
  extensionUri ??= vscode.extensions.getExtension(EXTENSION_ID)?.extensionUri ?? null;
  return extensionUri ? vscode.Uri.joinPath(extensionUri, RULE_INFO[rule].docs) : undefined;
}

const EXTENSION_ID = 'sourcecheck.sourcecheck';
let extensionUri: vscode.Uri | null | undefined;

/** The rule id of one of our diagnostics (its code is the id, with or without a docs link). */
export function ruleOfDiagnostic(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' ? code.value : code);
}

/** A Finding as a Diagnostic, with the other passages as relatedInformation. */
export function toDiagnostic(finding: Finding, ranges: Ranges): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(ranges.range(finding.articleId, finding.start, finding.end), finding.message, SEVERITY[finding.severity]);
  diagnostic.source = SOURCE;
  const docs = ruleDocs(finding.rule);
  diagnostic.code = docs ? { value: finding.rule, target: docs } : finding.rule;
  diagnostic.relatedInformation = finding.related.map(
    (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(vscode.Uri.parse(r.articleId), ranges.range(r.articleId, r.start, r.end)), r.message),
  );
  return diagnostic;
}
