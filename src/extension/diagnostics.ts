import * as vscode from 'vscode';
import type { Finding, Severity } from '../core/findings';
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

/** A Finding as a Diagnostic, with the other passages as relatedInformation. */
export function toDiagnostic(finding: Finding, ranges: Ranges): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(ranges.range(finding.articleId, finding.start, finding.end), finding.message, SEVERITY[finding.severity]);
  diagnostic.source = SOURCE;
  diagnostic.code = finding.rule;
  diagnostic.relatedInformation = finding.related.map(
    (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(vscode.Uri.parse(r.articleId), ranges.range(r.articleId, r.start, r.end)), r.message),
  );
  return diagnostic;
}
