import * as assert from 'node:assert/strict';
import { RULES, type Finding, type RuleId } from '../../../src/core/findings';
import { acceptEntry, ignoreEntry, isAcceptedDifference, renameEntries } from '../../../src/core/project/dismissals';
import { visibleFindings, type RuleSetting, type VisibilityOptions } from '../../../src/extension/visibleFindings';

const TEXTS: Record<string, string> = {
  'a.txt': 'Twelve workers were hurt. "We acted fast." Later, twelve  workers were hurt.',
  'b.txt': 'Fifteen workers were hurt.',
};
const textOf = (id: string, s: number, e: number): string | undefined => TEXTS[id]?.slice(s, e);

function at(id: string, words: string, from = 0): { start: number; end: number } {
  const start = TEXTS[id].indexOf(words, from);
  assert.ok(start >= 0);
  return { start, end: start + words.length };
}

function figure(id: string, words: string, otherId: string, otherWords: string, from = 0): Finding {
  return {
    rule: 'inconsistent-figure',
    severity: 'warning',
    articleId: id,
    ...at(id, words, from),
    message: 'm',
    related: [{ articleId: otherId, ...at(otherId, otherWords), message: 'other' }],
    evidence: { kind: 'figure', quantity: 'workers', here: { articleId: id, ...at(id, words, from), text: words, display: words }, others: [] },
  };
}

const quote: Finding = {
  rule: 'unattributed-quote',
  severity: 'warning',
  articleId: 'a.txt',
  ...at('a.txt', 'We acted fast.'),
  message: 'm',
  related: [],
  evidence: { kind: 'quote', speaker: null, cue: null, resolution: 'none' },
};

function options(over: Partial<VisibilityOptions> = {}): VisibilityOptions {
  const rules = Object.fromEntries(RULES.map((r) => [r, { enabled: true }])) as Record<RuleId, RuleSetting>;
  return { rules, ignored: [], textOf, now: 10_000, typingGraceMs: 1500, maxProblems: 0, ...over };
}

describe('visibleFindings', () => {
  const fig = figure('a.txt', 'Twelve workers', 'b.txt', 'Fifteen workers');
  it('shows every finding by default', () => {
    assert.equal(visibleFindings([fig, quote], options()).findings.length, 2);
  });
  it('drops a disabled rule and overrides a severity', () => {
    const o = options();
    o.rules['unattributed-quote'] = { enabled: false };
    o.rules['inconsistent-figure'] = { enabled: true, severity: 'error' };
    const v = visibleFindings([fig, quote], o).findings;
    assert.deepEqual(v.map((f) => [f.rule, f.severity]), [['inconsistent-figure', 'error']]);
  });
  it('drops a finding ignored here, by its words, after the text moved', () => {
    const entry = ignoreEntry(quote, textOf);
    const moved = { ...quote, start: quote.start + 0, end: quote.end };
    assert.equal(visibleFindings([moved, fig], options({ ignored: [entry] })).findings.length, 1);
  });
  it('keeps the same words ignored in another article', () => {
    const entry = { ...ignoreEntry(quote, textOf), articleId: 'c.txt' };
    assert.equal(visibleFindings([quote], options({ ignored: [entry] })).findings.length, 1);
  });
  it('drops an accepted difference at both places', () => {
    const mirror = figure('b.txt', 'Fifteen workers', 'a.txt', 'Twelve workers');
    const entry = acceptEntry(fig, fig.related[0], textOf);
    assert.equal(visibleFindings([fig], options({ ignored: [entry] })).findings.length, 0);
    assert.equal(visibleFindings([mirror], options({ ignored: [entry] })).findings.length, 0);
    assert.equal(isAcceptedDifference(mirror, mirror.related[0], [entry], textOf), true);
  });
  it('keeps the other related passages of a finding when one difference is accepted', () => {
    const two: Finding = { ...fig, related: [...fig.related, { articleId: 'a.txt', ...at('a.txt', 'twelve  workers'), message: 'same article' }] };
    const v = visibleFindings([two], options({ ignored: [acceptEntry(fig, fig.related[0], textOf)] })).findings;
    assert.equal(v.length, 1);
    assert.deepEqual(v[0].related.map((r) => r.articleId), ['a.txt']);
  });
  it('holds back the finding at the caret while the editor types, and shows it after', () => {
    const typing = { offset: fig.end, at: 9_500 };
    const held = visibleFindings([fig, quote], options({ typing }));
    assert.deepEqual(held.findings.map((f) => f.rule), ['unattributed-quote']);
    assert.equal(held.heldForTyping, true);
    assert.equal(visibleFindings([fig, quote], options({ typing, now: 11_100 })).findings.length, 2);
  });
  it('caps the findings, keeping the most severe', () => {
    const info = { ...quote, severity: 'information' as const };
    const v = visibleFindings([info, fig], options({ maxProblems: 1 }));
    assert.deepEqual([v.findings.map((f) => f.rule), v.capped], [['inconsistent-figure'], 1]);
  });
  it('follows a renamed article', () => {
    const [e] = renameEntries([acceptEntry(fig, fig.related[0], textOf)], 'b.txt', 'c.txt');
    assert.equal(e.otherArticleId, 'c.txt');
  });
});
