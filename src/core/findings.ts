/**
 * The Finding is the one currency between the engine and its shells: the
 * extension maps it to a Diagnostic and a hover, the CLI to text, JSON or SARIF.
 * Offsets are UTF-16 indices into the article's text.
 */
import { CONFLICT_REASONS, RULE_CATALOG, type ConflictReason, type RuleId } from './rules/catalog';

export type { ConflictReason, RuleId };

/** The rule ids in the registry's order (the order findings at one place are listed in). */
export const RULES: readonly RuleId[] = RULE_CATALOG.map((rule) => rule.id);

/** Every reason a `contradiction` can give. */
export const CONFLICT_REASON_IDS: readonly ConflictReason[] = CONFLICT_REASONS.map((reason) => reason.id);

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** A stretch of one article. */
export interface Passage {
  articleId: string;
  start: number;
  end: number;
}

/** Another passage a finding points at: the other side of a conflict, a quotation's other half. */
export interface RelatedPassage extends Passage {
  message: string;
}

/** How a quotation's speaker was found; 'none' for an unattributed quotation. */
export type SpeakerResolution = 'named' | 'pronoun' | 'role' | 'continuation' | 'anonymous' | 'statement' | 'none';

export interface QuoteEvidence {
  kind: 'quote';
  speaker: string | null;
  cue: string | null;
  resolution: SpeakerResolution;
}

/** One mention of a quantity, normalised for display ('12 ("a dozen")'). */
export interface FigureMention extends Passage {
  text: string;
  display: string;
}

export interface FigureEvidence {
  kind: 'figure';
  /** What is counted or measured, in words ('workers taken to hospital'). */
  quantity: string;
  here: FigureMention;
  others: FigureMention[];
}

export interface ClaimEvidence {
  kind: 'claim';
  reason: ConflictReason;
  /** The conflict in a few words: "'rose' ↔ 'fell'", "first ↔ once again". */
  detail: string;
  here: string;
  there: Passage & { text: string };
}

export type Evidence = QuoteEvidence | FigureEvidence | ClaimEvidence;

export interface Finding extends Passage {
  rule: RuleId;
  severity: Severity;
  message: string;
  related: RelatedPassage[];
  evidence: Evidence;
}

/** Findings in reading order, then by rule, so every shell prints the same order. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  return a.start - b.start || a.end - b.end || RULES.indexOf(a.rule) - RULES.indexOf(b.rule);
}

/** The base name of an article id (a path or a URI), for messages that name the other article. */
export function articleName(articleId: string): string {
  const clean = articleId.replace(/[?#].*$/, '');
  const slash = Math.max(clean.lastIndexOf('/'), clean.lastIndexOf('\\'));
  return decodeURIComponentSafe(clean.slice(slash + 1));
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
