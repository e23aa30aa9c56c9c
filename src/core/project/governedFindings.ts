import type { Finding, RuleId, Severity } from '../findings';
import { isAcceptedDifference, isIgnoredHere, type IgnoredFinding, type TextOf } from './dismissals';
import type { ProjectFile, ProjectRule } from './projectFile';

/**
 * What a desk decided about an article's findings, applied the same way by
 * the extension and the CLI, so that a project file means the same in the
 * editor as in CI: rules turned off, severities changed, findings ignored
 * here, differences accepted between two passages.
 */
export interface RuleSetting {
  enabled: boolean;
  /** Replaces the engine's severity; undefined keeps it. */
  severity?: Severity;
}

export interface Governance {
  rules: Partial<Record<RuleId, RuleSetting>>;
  ignored: readonly IgnoredFinding[];
  textOf: TextOf;
}

export function governedFindings(findings: readonly Finding[], g: Governance): Finding[] {
  const out: Finding[] = [];
  const anyAccepted = g.ignored.some((e) => e.kind === 'accept');
  for (const f of findings) {
    const setting = g.rules[f.rule] ?? { enabled: true };
    if (!setting.enabled) continue;
    if (isIgnoredHere(f, g.ignored, g.textOf)) continue;
    let shown = f;
    if (f.related.length > 0 && anyAccepted) {
      const related = f.related.filter((r) => !isAcceptedDifference(f, r, g.ignored, g.textOf));
      if (related.length === 0) continue;
      if (related.length !== f.related.length) shown = { ...f, related };
    }
    if (setting.severity && setting.severity !== shown.severity) shown = { ...shown, severity: setting.severity };
    out.push(shown);
  }
  return out;
}

/**
 * A project file's rules over a base (the user's settings in the editor; all
 * on in the CLI): what the file says wins, what it leaves out keeps the base.
 */
export function projectRuleSettings(
  project: ProjectFile | undefined,
  base: Partial<Record<RuleId, RuleSetting>> = {},
): Partial<Record<RuleId, RuleSetting>> {
  const out: Partial<Record<RuleId, RuleSetting>> = { ...base };
  for (const [rule, setting] of Object.entries(project?.rules ?? {}) as Array<[RuleId, ProjectRule]>) {
    const before = out[rule] ?? { enabled: true };
    out[rule] = { enabled: setting.enabled ?? before.enabled, severity: setting.severity ?? before.severity };
  }
  return out;
}
