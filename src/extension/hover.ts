import * as vscode from 'vscode';
import type { Corpus } from '../core/corpus/corpus';
import { articleName, type Finding, type Passage } from '../core/findings';
import { passage } from '../core/text/article';
import type { Checker } from './checker';
import { Ranges } from './diagnostics';

const RESOLUTION_WORDS: Record<string, string> = {
  named: 'named in the text',
  pronoun: 'through a pronoun',
  role: 'through a role',
  continuation: 'continues the previous paragraph’s quotation',
  anonymous: 'an anonymous source',
  statement: 'a written statement',
  none: 'no speaker found',
};

/** Escapes text for a MarkdownString: article text is untrusted and must never become markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

/**
 * The hover answers on any quotation (its speaker and how it was found) and on
 * any finding (its evidence and links to the other passages).
 */
export class SourceCheckHover implements vscode.HoverProvider {
  constructor(
    private readonly corpus: Corpus,
    private readonly checker: Checker,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const id = document.uri.toString();
    const analysis = this.corpus.isAnalyzed(id) ? this.corpus.analysis(id) : undefined;
    if (!analysis || analysis.article.text !== document.getText()) return undefined;
    const offset = document.offsetAt(position);
    const ranges = new Ranges((articleId) => this.corpus.article(articleId)?.text);
    const md = new vscode.MarkdownString();
    let range: vscode.Range | undefined;
    const cover = (start: number, end: number): void => {
      const r = ranges.range(id, start, end);
      range = range ? range.union(r) : r;
    };

    const findings = this.checker.findingsOf(id).filter((f) => f.start <= offset && offset <= f.end);
    for (const f of findings) {
      cover(f.start, f.end);
      this.appendFinding(md, f, ranges);
    }

    const quotation = analysis.quotations.find((q) => q.spans.some((s) => s.start <= offset && offset <= s.end));
    if (quotation && !findings.some((f) => f.evidence.kind === 'quote')) {
      cover(quotation.start, quotation.end);
      md.appendMarkdown('**Source Check · quotation**\n\n');
      if (quotation.speaker) {
        md.appendMarkdown(`Speaker: **${escapeMarkdown(quotation.speaker.name)}**`);
        md.appendMarkdown(` — ${RESOLUTION_WORDS[quotation.speaker.resolution] ?? quotation.speaker.resolution}`);
        if (quotation.cue) md.appendMarkdown(`; cue “${escapeMarkdown(quotation.cue)}”`);
        md.appendMarkdown('\n\n');
      } else {
        md.appendMarkdown('No identifiable speaker.\n\n');
      }
    }
    if (!range) return undefined;
    return new vscode.Hover(md, range);
  }

  private appendFinding(md: vscode.MarkdownString, f: Finding, ranges: Ranges): void {
    md.appendMarkdown(`**Source Check · ${f.rule}**\n\n`);
    md.appendText(f.message);
    md.appendMarkdown('\n\n');
    const e = f.evidence;
    if (e.kind === 'quote') {
      md.appendMarkdown(`Speaker: ${e.speaker ? `**${escapeMarkdown(e.speaker)}**` : '_none identified_'}`);
      if (e.cue) md.appendMarkdown(`; cue “${escapeMarkdown(e.cue)}”`);
      md.appendMarkdown(` (${RESOLUTION_WORDS[e.resolution] ?? e.resolution})\n\n`);
    } else if (e.kind === 'claim') {
      md.appendMarkdown(`Reason: ${escapeMarkdown(e.reason)} — ${escapeMarkdown(e.detail)}\n\n`);
    } else if (e.kind === 'figure') {
      md.appendMarkdown(`Quantity: ${escapeMarkdown(e.quantity)}\n\n`);
    }
    for (const r of f.related) {
      md.appendMarkdown(`- ${this.link(r, ranges)}: `);
      md.appendText(r.message);
      const other = this.corpus.article(r.articleId);
      if (other) {
        md.appendMarkdown(' — “');
        md.appendText(passage(other, r.start, r.end));
        md.appendMarkdown('”');
      }
      md.appendMarkdown('\n');
    }
    md.appendMarkdown('\n');
  }

  /** A link that opens the other passage at its line (a plain URI with a line fragment: no command is trusted). */
  private link(p: Passage, ranges: Ranges): string {
    const start = ranges.range(p.articleId, p.start, p.end).start;
    const uri = vscode.Uri.parse(p.articleId).with({ fragment: `L${start.line + 1},${start.character + 1}` });
    return `[${escapeMarkdown(articleName(p.articleId))}:${start.line + 1}](${uri.toString()})`;
  }
}
