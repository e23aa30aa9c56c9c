/**
 * What every shell says about a rule: its id, default severity, one-line
 * description and documentation page. A leaf (no imports), so that the
 * detectors, `findings.ts` and the shells read it without an import circle;
 * `registry.ts` joins each entry to its check. The package.json settings, the
 * CLI's rule list, the status bar and the README's rule table are checked
 * against this list by test/unit/core/rules/catalog.test.ts.
 */
export const RULE_CATALOG = [
  {
    id: 'unattributed-quote',
    defaultSeverity: 'warning',
    description: 'A quotation with no identifiable speaker.',
    docs: 'docs/rules/unattributed-quote.md',
    /** The status bar's icon and the name of one finding. */
    label: { icon: '$(quote)', noun: 'unattributed quotation' },
  },
  {
    id: 'inconsistent-figure',
    defaultSeverity: 'warning',
    description: 'A number, quantity or date that disagrees with another mention of the same thing.',
    docs: 'docs/rules/inconsistent-figure.md',
    label: { icon: '$(symbol-number)', noun: 'inconsistent figure' },
  },
  {
    id: 'contradiction',
    defaultSeverity: 'warning',
    description: 'A claim that contradicts a claim in another loaded article, or a quotation given to different speakers.',
    docs: 'docs/rules/contradiction.md',
    label: { icon: '$(diff)', noun: 'contradiction' },
  },
] as const;

export type RuleId = (typeof RULE_CATALOG)[number]['id'];
export type RuleInfo = (typeof RULE_CATALOG)[number];

export const RULE_INFO = Object.fromEntries(RULE_CATALOG.map((r) => [r.id, r])) as { readonly [K in RuleId]: Extract<RuleInfo, { id: K }> };

/**
 * Why two claims conflict (a `contradiction`'s evidence), with the phrase the
 * related passage's message gives it. Each reason is produced by one or more
 * sub-rules of `contradictionRules.ts` ('attribution' by the quotation check).
 */
export const CONFLICT_REASONS = [
  { id: 'negation', phrase: 'one denies what the other asserts' },
  { id: 'antonym', phrase: 'opposite outcomes' },
  { id: 'first-again', phrase: "'first' against 'again'" },
  { id: 'attribution', phrase: 'the same words given to different speakers' },
  { id: 'agent', phrase: 'different people did it' },
  { id: 'cause', phrase: 'different cause' },
  { id: 'place', phrase: 'different place' },
  { id: 'superlative', phrase: 'the same superlative given to another place' },
] as const;

export type ConflictReason = (typeof CONFLICT_REASONS)[number]['id'];

export const REASON_PHRASE = Object.fromEntries(CONFLICT_REASONS.map((r) => [r.id, r.phrase])) as Record<ConflictReason, string>;
