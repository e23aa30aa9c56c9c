import * as vscode from 'vscode';
import { articleName, type Finding, type Passage } from '../core/findings';
import type { Checker } from './checker';
import { Ranges } from './diagnostics';
import type { ArticleTexts } from './engine/articleTexts';
import { relatedKey, type HoverAnswer, type HoverBlock } from './engine/protocol';
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
 * corroborate. The engine's worker says what is there (./engine/hoverAnswer);
 * this thread writes it as Markdown with links to lines.
 */
export class SourceCheckHover implements vscode.HoverProvider {
  constructor(
    private readonly texts: ArticleTexts,
    private readonly checker: Checker,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const id = document.uri.toString();
    // The engine's copy must be the editor's text, or the offsets would point elsewhere.
    if (this.texts.article(id)?.text !== document.getText()) return undefined;
    const offset = document.offsetAt(position);
    const answer = await this.checker.hover(id, offset);
    if (!answer || this.texts.article(id)?.text !== document.getText()) return undefined;
    const ranges = new Ranges((articleId) => this.texts.article(articleId));
    const md = new vscode.MarkdownString();
    const findings = this.checker.findingsOf(id).filter((f) => f.start <= offset && offset <= f.end);
    for (const f of findings) this.appendFinding(md, f, answer, ranges);
    for (const block of answer.blocks) this.appendBlock(md, block, ranges);
    return new vscode.Hover(md, ranges.range(id, answer.start, answer.end));
  }

  /**
   * One block per finding. VS Code shows the diagnostic's message and its
   * related-information lines in the same hover, so this block does not repeat
   * them: it adds what the message does not hold, the evidence and the other
   * passages' own words, each linked.
   */
  private appendFinding(md: vscode.MarkdownString, f: Finding, answer: HoverAnswer, ranges: Ranges): void {
    const e = f.evidence;
    const gist = e.kind === 'claim' ? e.detail : e.kind === 'figure' ? e.quantity : e.speaker ? `speaker ${e.speaker}` : 'no speaker identified';
    md.appendMarkdown(`**Source Check · ${f.rule}** — ${escapeMarkdown(gist)}\n\n`);
    if (e.kind === 'quote' && (e.speaker || e.cue)) {
      md.appendMarkdown(`Speaker: ${e.speaker ? `**${escapeMarkdown(e.speaker)}**` : '_none identified_'}`);
      if (e.cue) md.appendMarkdown(`; cue “${escapeMarkdown(e.cue)}”`);
      md.appendMarkdown(` (${RESOLUTION_WORDS[e.resolution] ?? e.resolution})\n\n`);
    }
    for (const r of f.related) {
      const value = e.kind === 'figure' ? e.others.find((m) => m.articleId === r.articleId && m.start < r.end && r.start < m.end)?.display : undefined;
      md.appendMarkdown(`- ${this.link(r, ranges)}${value ? ` (${escapeMarkdown(value)})` : ''}: “`);
      md.appendMarkdown(escapeMarkdown(answer.relatedTexts[relatedKey(r)] ?? r.message));
      md.appendMarkdown('”\n');
    }
    md.appendMarkdown('\n');
  }

  private appendBlock(md: vscode.MarkdownString, block: HoverBlock, ranges: Ranges): void {
    switch (block.kind) {
      case 'quotation':
        // With a quote finding here, the finding's block already names the speaker.
        if (block.resolution !== 'finding') {
          md.appendMarkdown('**Source Check · quotation**\n\n');
          if (block.speaker) {
            md.appendMarkdown(`Speaker: **${escapeMarkdown(block.speaker)}** — ${RESOLUTION_WORDS[block.resolution] ?? block.resolution}`);
            if (block.cue) md.appendMarkdown(`; cue “${escapeMarkdown(block.cue)}”`);
            md.appendMarkdown('\n\n');
          } else {
            md.appendMarkdown('No identifiable speaker.\n\n');
          }
        }
        if (block.echoes.length === 0) return;
        md.appendMarkdown('Also quoted in:\n\n');
        for (const echo of block.echoes) {
          md.appendMarkdown(`- ${this.link(echo, ranges)}: ${echo.speaker ? `attributed to **${escapeMarkdown(echo.speaker)}**` : '_no speaker_'} — “`);
          md.appendMarkdown(escapeMarkdown(echo.text));
          md.appendMarkdown('”\n');
        }
        md.appendMarkdown('\n');
        return;
      case 'figure':
        md.appendMarkdown(`**Source Check · figure** — ${escapeMarkdown(block.quantity ?? 'the same quantity')}\n\n`);
        md.appendMarkdown(`Here: ${escapeMarkdown(block.display)}. Other mentions of the same quantity:\n\n`);
        for (const m of block.mentions) {
          md.appendMarkdown(`- ${this.link(m, ranges)}: ${escapeMarkdown(m.display)} — “`);
          md.appendMarkdown(escapeMarkdown(m.text));
          md.appendMarkdown('”\n');
        }
        md.appendMarkdown('\n');
        return;
      case 'corroborated':
        md.appendMarkdown('**Source Check · corroborated** — other articles say the same:\n\n');
        for (const c of block.passages) {
          md.appendMarkdown(`- ${this.link(c, ranges)}: “`);
          md.appendMarkdown(escapeMarkdown(c.text));
          md.appendMarkdown('”\n');
        }
        md.appendMarkdown('\n');
        return;
      case 'place':
        md.appendMarkdown(`**Source Check · place** — the gazetteer puts ${escapeMarkdown(block.name)} (${block.country}) at ${block.lat.toFixed(2)}, ${block.lon.toFixed(2)}\n`);
        md.appendMarkdown(block.others.map((o) => `\n- ${o.km} km ${o.bearing} of ${escapeMarkdown(o.name)}`).join('') + '\n\n');
        return;
      case 'person':
        md.appendMarkdown(`**Source Check · ${block.body ? 'organisation' : 'person'}** — **${escapeMarkdown(block.name)}**, named in ${block.articles === 1 ? 'this article' : `${block.articles} articles`}\n\n`);
        if (block.aliases.length) md.appendMarkdown(`Also written: ${block.aliases.map((a) => `“${escapeMarkdown(a)}”`).join(', ')}\n\n`);
        for (const a of block.attributes) {
          md.appendMarkdown(`- ${a.kind} **${escapeMarkdown(a.value)}**${a.sure ? '' : ' (likely: through a role only this person has)'} — ${this.link(a, ranges)}\n`);
        }
        if (block.attributes.length) md.appendMarkdown('\n');
        return;
    }
  }

  /** A link that opens the other passage at its line (a plain URI with a line fragment: no command is trusted). */
  private link(p: Pick<Passage, 'articleId' | 'start' | 'end'>, ranges: Ranges): string {
    const start = ranges.range(p.articleId, p.start, p.end).start;
    const uri = vscode.Uri.parse(p.articleId).with({ fragment: `L${start.line + 1},${start.character + 1}` });
    // Brackets in a file name must not end the link target early.
    const target = uri.toString().replace(/\(/g, '%28').replace(/\)/g, '%29');
    return `[${escapeMarkdown(articleName(p.articleId))}:${start.line + 1}](${target})`;
  }
}
