import type { Finding } from './findings';
import type { Article } from './text/article';
import { findDirectives, type Directive } from './text/directives';
import { lineMapOf, type LineMap } from './text/positions';

/**
 * Drops the findings an editor silenced with an inline directive (see
 * text/directives.ts). Both the CLI and the extension apply it, so a directive
 * means the same in CI as in the editor. Only the finding at the silenced place
 * goes: the other side of a cross-article conflict is silenced in its own article.
 */
export function applySuppressions(article: Article, findings: Finding[]): Finding[] {
  const directives = findDirectives(article.text, article.format);
  if (directives.length === 0) return findings;
  const lines = lineMapOf(article);
  const silenced = silencedLines(article.text, lines, directives);
  return findings.filter((f) => {
    const rules = silenced.get(lines.position(f.start).line);
    return !rules || !(rules === 'all' || rules.has(f.rule));
  });
}

type LineRules = 'all' | Set<string>;

function merge(map: Map<number, LineRules>, line: number, rules: string[]): void {
  if (rules.length === 0) {
    map.set(line, 'all');
    return;
  }
  const existing = map.get(line);
  if (existing === 'all') return;
  const set = existing ?? new Set<string>();
  for (const r of rules) set.add(r);
  map.set(line, set);
}

/** Line number → rules silenced on it. */
function silencedLines(text: string, lines: LineMap, directives: Directive[]): Map<number, LineRules> {
  const lineCount = lines.position(text.length).line + 1;
  const map = new Map<number, LineRules>();
  let open: { line: number; rules: string[] } | undefined;
  const closeBlock = (endLine: number): void => {
    if (!open) return;
    for (let l = open.line; l <= endLine; l++) merge(map, l, open.rules);
    open = undefined;
  };
  const allLines = text.split(/\r\n|\r|\n/);
  for (const d of directives) {
    const line = lines.position(d.start).line;
    if (d.kind === 'disable-line') merge(map, line, d.rules);
    else if (d.kind === 'disable-next-line') {
      // The next line with words on it: a directive above a paragraph may be followed by a blank line.
      let next = line + 1;
      while (next < allLines.length && allLines[next].trim() === '') next++;
      merge(map, next, d.rules);
    } else if (d.kind === 'disable') {
      closeBlock(line);
      open = { line, rules: d.rules };
    } else closeBlock(line);
  }
  closeBlock(lineCount);
  return map;
}
