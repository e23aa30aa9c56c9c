import * as vscode from 'vscode';
import { claimCorroborations } from '../core/claims/contradictions';
import type { CheckContext, Corpus } from '../core/corpus/corpus';
import { displayFigure } from '../core/figures/figureDisplay';
import { figureMentions } from '../core/figures/inconsistentFigures';
import { quotationEchoesIn } from '../core/quotes/quotationConflicts';
import type { Quotation } from '../core/quotes/quotation';
import { articleName, type Finding, type Passage } from '../core/findings';
import { passage } from '../core/text/article';
import type { Checker } from './checker';
import { Ranges } from './diagnostics';
import { escapeMarkdown } from './markdownEscape';

const RESOLUTION_WORDS: Record<string, string> = {
  named: 'named in the text',
  pronoun: 'through a pronoun',
  role: 'through a role',
  continuation: 'continues the previous paragraph’s quotation',
  anonymous: 'an anonymous source',
  statement: 'a written statement',
  none: 'no speaker found',
};


/**
 * The hover answers on any finding (its evidence and links to the other
 * passages), on any quotation (its speaker, how it was found, and the other
 * articles that carry the same words), on any figure that other articles also
 * give (every mention, agreeing ones too), and on a claim that other articles
 * corroborate.
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
    const ranges = new Ranges((articleId) => this.corpus.article(articleId));
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
    // A passage a finding here already names (as conflicting) is not shown again as agreeing or echoing.
    const named = findings.flatMap((f) => f.related);
    const notNamed = (p: Passage): boolean => !named.some((r) => r.articleId === p.articleId && r.start < p.end && p.start < r.end);

    const context = this.corpus.contextOf(id);
    const quotation = analysis.quotations.find((q) => q.spans.some((sp) => sp.start <= offset && offset <= sp.end));
    if (quotation) {
      cover(quotation.start, quotation.end);
      this.appendQuotation(md, quotation, findings, context, ranges, notNamed);
    }
    const figure = analysis.figures.find((f) => f.start <= offset && offset <= f.end && f.key);
    if (figure && context && !findings.some((f) => f.evidence.kind === 'figure')) {
      const mentions = figureMentions(context, figure);
      if (mentions.length > 0) {
        cover(figure.start, figure.end);
        md.appendMarkdown(`**Source Check · figure** — ${escapeMarkdown(figure.quantity ?? 'the same quantity')}\n\n`);
        md.appendMarkdown(`Here: ${escapeMarkdown(displayFigure(figure))}. Other mentions of the same quantity:\n\n`);
        for (const m of mentions) {
          md.appendMarkdown(`- ${this.link(m, ranges)}: ${escapeMarkdown(m.display)} — “`);
          md.appendMarkdown(escapeMarkdown(m.text));
          md.appendMarkdown('”\n');
        }
        md.appendMarkdown('\n');
      }
    }
    const claim = context ? analysis.claims.find((c) => c.start <= offset && offset <= c.end) : undefined;
    if (claim && context && findings.length === 0) {
      const corroborations = claimCorroborations(context, claim).filter(notNamed);
      if (corroborations.length > 0) {
        md.appendMarkdown('**Source Check · corroborated** — other articles say the same:\n\n');
        for (const c of corroborations) {
          md.appendMarkdown(`- ${this.link(c, ranges)}: “`);
          md.appendMarkdown(escapeMarkdown(c.text));
          md.appendMarkdown('”\n');
        }
        md.appendMarkdown('\n');
        if (!range) cover(claim.start, claim.end);
      }
    }
    if (!range) return undefined;
    return new vscode.Hover(md, range);
  }

  /**
   * One block per finding. VS Code shows the diagnostic's message and its
   * related-information lines in the same hover, so this block does not repeat
   * them: it adds what the message does not hold, the evidence and the other
   * passages' own words, each linked.
   */
  private appendFinding(md: vscode.MarkdownString, f: Finding, ranges: Ranges): void {
    const e = f.evidence;
    const gist = e.kind === 'claim' ? e.detail : e.kind === 'figure' ? e.quantity : e.speaker ? `speaker ${e.speaker}` : 'no speaker identified';
    md.appendMarkdown(`**Source Check · ${f.rule}** — ${escapeMarkdown(gist)}\n\n`);
    if (e.kind === 'quote' && (e.speaker || e.cue)) {
      md.appendMarkdown(`Speaker: ${e.speaker ? `**${escapeMarkdown(e.speaker)}**` : '_none identified_'}`);
      if (e.cue) md.appendMarkdown(`; cue “${escapeMarkdown(e.cue)}”`);
      md.appendMarkdown(` (${RESOLUTION_WORDS[e.resolution] ?? e.resolution})\n\n`);
    }
    for (const r of f.related) {
      const other = this.corpus.article(r.articleId);
      const value = e.kind === 'figure' ? e.others.find((m) => m.articleId === r.articleId && m.start < r.end && r.start < m.end)?.display : undefined;
      md.appendMarkdown(`- ${this.link(r, ranges)}${value ? ` (${escapeMarkdown(value)})` : ''}: “`);
      md.appendMarkdown(escapeMarkdown(other ? passage(other, r.start, r.end) : r.message));
      md.appendMarkdown('”\n');
    }
    md.appendMarkdown('\n');
  }

  /** The speaker of a quotation and the other articles that carry the same words, with whom each gives them to. */
  private appendQuotation(
    md: vscode.MarkdownString,
    quotation: Quotation,
    findings: Finding[],
    context: CheckContext | undefined,
    ranges: Ranges,
    notNamed: (p: Passage) => boolean,
  ): void {
    if (!findings.some((f) => f.evidence.kind === 'quote')) {
      md.appendMarkdown('**Source Check · quotation**\n\n');
      if (quotation.speaker) {
        md.appendMarkdown(`Speaker: **${escapeMarkdown(quotation.speaker.name)}** — ${RESOLUTION_WORDS[quotation.speaker.resolution] ?? quotation.speaker.resolution}`);
        if (quotation.cue) md.appendMarkdown(`; cue “${escapeMarkdown(quotation.cue)}”`);
        md.appendMarkdown('\n\n');
      } else {
        md.appendMarkdown('No identifiable speaker.\n\n');
      }
    }
    const echoes = context ? quotationEchoesIn(context, quotation).filter(notNamed) : [];
    if (echoes.length === 0) return;
    md.appendMarkdown('Also quoted in:\n\n');
    for (const echo of echoes) {
      md.appendMarkdown(`- ${this.link(echo, ranges)}: ${echo.speaker ? `attributed to **${escapeMarkdown(echo.speaker)}**` : '_no speaker_'} — “`);
      md.appendMarkdown(escapeMarkdown(echo.text));
      md.appendMarkdown('”\n');
    }
    md.appendMarkdown('\n');
  }

  /** A link that opens the other passage at its line (a plain URI with a line fragment: no command is trusted). */
  private link(p: Passage, ranges: Ranges): string {
    const start = ranges.range(p.articleId, p.start, p.end).start;
    const uri = vscode.Uri.parse(p.articleId).with({ fragment: `L${start.line + 1},${start.character + 1}` });
    // Brackets in a file name must not end the link target early.
    const target = uri.toString().replace(/\(/g, '%28').replace(/\)/g, '%29');
    return `[${escapeMarkdown(articleName(p.articleId))}:${start.line + 1}](${target})`;
  }
}
