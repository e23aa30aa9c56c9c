import { RULES, type Finding, type Passage, type RelatedPassage, type Severity } from '../core/findings';
import { lineMapOf, type Position } from '../core/text/positions';
import { RULE_INFO } from '../core/rules/catalog';

const NO_TEXT = { text: '' };

/** Offsets and line/character ranges of passages in the loaded files, for the output formats. */
export class Locator {
  constructor(private readonly articleOf: (articleId: string) => { text: string } | undefined) {}

  range(p: { articleId: string; start: number; end: number }): { start: Position; end: Position } {
    const map = lineMapOf(this.articleOf(p.articleId) ?? NO_TEXT);
    return { start: map.position(p.start), end: map.position(p.end) };
  }

  /** The contract's `file`, `offset` and `range` of a passage. */
  located(p: Passage): { file: string; offset: { start: number; end: number }; range: { start: Position; end: Position } } {
    return { file: p.articleId, offset: { start: p.start, end: p.end }, range: this.range(p) };
  }
}

function relatedJson(locator: Locator, r: RelatedPassage): object {
  return { ...locator.located(r), message: r.message };
}

export function findingJson(locator: Locator, f: Finding): object {
  return {
    rule: f.rule,
    severity: f.severity,
    ...locator.located(f),
    message: f.message,
    related: f.related.map((r) => relatedJson(locator, r)),
    evidence: f.evidence,
  };
}

export function checkJson(locator: Locator, files: string[], findings: Finding[]): string {
  return JSON.stringify({ version: 1, files, findings: findings.map((f) => findingJson(locator, f)) }, null, 2);
}

/**
 * One line per finding, `file:line:col: severity rule: message`, with related
 * passages indented under it, and a summary line unless told not to. When some
 * files could not be read the summary says so, so that it never reads as a
 * clean bill for them.
 */
export function checkText(locator: Locator, findings: Finding[], { summary = true, unreadable = 0 } = {}): string {
  const lines: string[] = [];
  for (const f of findings) {
    const { start } = locator.range(f);
    lines.push(`${f.articleId}:${start.line + 1}:${start.character + 1}: ${f.severity} ${f.rule}: ${f.message}`);
    for (const r of f.related) {
      const rs = locator.range(r).start;
      lines.push(`    ${r.articleId}:${rs.line + 1}:${rs.character + 1}: related: ${r.message}`);
    }
  }
  if (!summary) return lines.join('\n');
  const counts = RULES.map((rule) => [rule, findings.filter((f) => f.rule === rule).length] as const).filter(([, n]) => n > 0);
  const notRead = unreadable > 0 ? ` (${unreadable} path${unreadable === 1 ? '' : 's'} could not be read: see the messages)` : '';
  lines.push(
    findings.length === 0
      ? `No findings${notRead ? ` in the files that could be read${notRead}` : ''}.`
      : `${findings.length} finding${findings.length === 1 ? '' : 's'} (${counts.map(([rule, n]) => `${n} ${rule}`).join(', ')})${notRead}`,
  );
  return lines.join('\n');
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };


function sarifLocation(locator: Locator, p: Passage, message?: string): object {
  const { start, end } = locator.range(p);
  return {
    physicalLocation: {
      artifactLocation: { uri: p.articleId.split(/[\\/]/).map(encodeURIComponent).join('/') },
      region: {
        startLine: start.line + 1,
        startColumn: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        charOffset: p.start,
        charLength: p.end - p.start,
      },
    },
    ...(message ? { message: { text: message } } : {}),
  };
}

export function checkSarif(locator: Locator, version: string, findings: Finding[]): string {
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'sourcecheck',
            version,
            rules: RULES.map((id) => ({ id, shortDescription: { text: RULE_INFO[id].description } })),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: RULES.indexOf(f.rule),
          level: SARIF_LEVEL[f.severity],
          message: { text: f.message },
          locations: [sarifLocation(locator, f)],
          relatedLocations: f.related.map((r, id) => ({ id, ...sarifLocation(locator, r, r.message) })),
        })),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}
