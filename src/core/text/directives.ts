/**
 * Source Check's inline directives: comments an editor writes in an article to
 * silence a finding. They use comment syntax no news copy uses, so they can
 * never be mistaken for prose:
 *
 *   Markdown (an HTML comment, invisible when rendered):
 *     <!-- sourcecheck-disable-next-line -->
 *     <!-- sourcecheck-disable-next-line unattributed-quote -->
 *     <!-- sourcecheck-disable --> … <!-- sourcecheck-enable -->
 *   Plain text (a line of its own that starts with //):
 *     // sourcecheck-disable-next-line inconsistent-figure
 *
 * A directive names no rule (all rules) or one or more rule ids separated by
 * spaces or commas.
 */
export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

export interface Directive {
  kind: DirectiveKind;
  /** The rule ids it applies to; empty for every rule. */
  rules: string[];
  /** The directive's own extent in the text. */
  start: number;
  end: number;
}

const BODY = String.raw`sourcecheck-(disable-next-line|disable-line|disable|enable)\b([^\n>]*?)`;
/** In Markdown, an HTML comment anywhere on a line. */
const HTML_COMMENT = new RegExp(String.raw`<!--[ \t]*${BODY}[ \t]*-->`, 'g');
/** In plain text, a whole line that starts with // (or an HTML comment alone on its line). */
const LINE_COMMENT = new RegExp(String.raw`^[ \t]*(?://[ \t]*${BODY}|<!--[ \t]*${BODY}[ \t]*-->)[ \t]*\r?$`, 'gm');

function rulesOf(list: string | undefined): string[] {
  return (list ?? '')
    .split(/[\s,]+/)
    .map((r) => r.trim().toLowerCase())
    .filter((r) => r !== '' && r !== '--');
}

/** Every directive in an article's text, in order. */
export function findDirectives(text: string, format: 'plaintext' | 'markdown'): Directive[] {
  const directives: Directive[] = [];
  const re = format === 'markdown' ? HTML_COMMENT : LINE_COMMENT;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const kind = (m[1] ?? m[3]) as DirectiveKind;
    const rules = rulesOf(m[2] ?? m[4]);
    let end = m.index + m[0].length;
    if (text[end - 1] === '\r') end--;
    directives.push({ kind, rules, start: m.index, end });
  }
  return directives;
}

/**
 * The plain-text directive lines, so that the article model can blank them
 * out of its prose (a Markdown comment is masked as markup already).
 */
export function plainTextDirectiveLines(text: string): Array<{ start: number; end: number }> {
  return findDirectives(text, 'plaintext').map(({ start, end }) => ({ start, end }));
}
