import { RULES, type Finding, type RuleId, type Severity } from '../core/findings';
import type { IgnoredFinding, TextOf } from '../core/project/dismissals';
import { governedFindings, type RuleSetting } from '../core/project/governedFindings';

export type { RuleSetting };

/**
 * Which of an article's findings the editor sees, and how: the per-rule
 * settings and project file, the dismissed findings (both applied as the CLI
 * applies them), the word being typed, and a cap so that the Problems panel
 * is never flooded. Pure (no `vscode`), so it is unit-tested.
 */

/** Where the editor is typing in this article, and when the last keystroke was. */
export interface TypingState {
  offset: number;
  at: number;
}

export interface VisibilityOptions {
  rules: Record<RuleId, RuleSetting>;
  ignored: readonly IgnoredFinding[];
  textOf: TextOf;
  typing?: TypingState;
  now: number;
  /** How long after a keystroke the finding at the caret stays hidden. */
  typingGraceMs: number;
  /** At most this many findings (0: no limit); the most severe are kept. */
  maxProblems: number;
}

export interface Visible {
  findings: Finding[];
  /** Findings left out because of the cap (the status bar says so). */
  capped: number;
  /** Whether a finding was held back because it is at the caret: show it once typing pauses. */
  heldForTyping: boolean;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/**
 * A finding touching the caret while the editor types is about a word not yet
 * finished ("12" on the way to "120"), as cspell hides the word being typed.
 */
function atCaret(f: Finding, typing: TypingState | undefined, now: number, graceMs: number): boolean {
  return !!typing && now - typing.at < graceMs && f.start <= typing.offset && typing.offset <= f.end;
}

export function visibleFindings(findings: readonly Finding[], o: VisibilityOptions): Visible {
  const out: Finding[] = [];
  let heldForTyping = false;
  for (const f of governedFindings(findings, o)) {
    if (atCaret(f, o.typing, o.now, o.typingGraceMs)) {
      heldForTyping = true;
      continue;
    }
    out.push(f);
  }
  if (o.maxProblems > 0 && out.length > o.maxProblems) {
    const kept = new Set([...out].sort((x, y) => RANK[x.severity] - RANK[y.severity] || x.start - y.start).slice(0, o.maxProblems));
    return { findings: out.filter((f) => kept.has(f)), capped: out.length - kept.size, heldForTyping };
  }
  return { findings: out, capped: 0, heldForTyping };
}

/** Counts of findings by rule, for the status bar. */
export function countByRule(findings: readonly Finding[]): Record<RuleId, number> {
  const counts = Object.fromEntries(RULES.map((r) => [r, 0])) as Record<RuleId, number>;
  for (const f of findings) if (f.rule in counts) counts[f.rule as RuleId]++;
  return counts;
}
