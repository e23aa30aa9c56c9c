import type { Finding, Severity } from '../core/findings';
import type { Locator } from './formats';

// GitHub Actions turns these workflow commands, printed by any step, into
// annotations on the pull request's lines: no upload step, no token.
const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/** The escaping GitHub's runner undoes: in the message, and more strictly in a property. */
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One `::warning file=…,line=…::message` line per finding; the other passages are named in the message. */
export function checkGithub(locator: Locator, findings: Finding[]): string {
  return findings
    .map((f) => {
      const { start, end } = locator.range(f);
      const where = [
        `file=${escapeProperty(f.articleId)}`,
        `line=${start.line + 1}`,
        `col=${start.character + 1}`,
        `endLine=${end.line + 1}`,
        ...(start.line === end.line ? [`endColumn=${end.character + 1}`] : []),
        `title=${escapeProperty(`Source Check: ${f.rule}`)}`,
      ].join(',');
      const others = f.related.map((r) => {
        const rs = locator.range(r).start;
        return `${r.articleId}:${rs.line + 1}:${rs.character + 1}: ${r.message}`;
      });
      const message = others.length > 0 ? `${f.message}\nSee ${others.join('\nSee ')}` : f.message;
      return `::${COMMAND[f.severity]} ${where}::${escapeData(message)}`;
    })
    .join('\n');
}
