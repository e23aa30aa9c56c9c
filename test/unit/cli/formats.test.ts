import * as assert from 'node:assert/strict';
import { checkJson, checkSarif, checkText, Locator } from '../../../src/cli/formats';
import type { Finding } from '../../../src/core/findings';

const texts = new Map([
  ['a.txt', 'First line.\r\nThe fire began "here" on Tuesday.\n'],
  ['b.txt', 'Line one.\nIt began on Wednesday.\n'],
]);
const finding: Finding = {
  rule: 'inconsistent-figure',
  severity: 'warning',
  articleId: 'a.txt',
  start: 38,
  end: 45,
  message: 'Tuesday here; Wednesday in b.txt',
  related: [{ articleId: 'b.txt', start: 22, end: 31, message: 'Wednesday' }],
  evidence: { kind: 'figure', quantity: 'day of the fire', here: { articleId: 'a.txt', start: 38, end: 45, text: 'Tuesday', display: 'Tuesday' }, others: [] },
};

describe('output formats', () => {
  const articles = new Map([...texts].map(([id, text]) => [id, { text }]));
  const locator = new Locator((id) => articles.get(id));
  it('gives zero-based line/character ranges after a CRLF', () => {
    const out = JSON.parse(checkJson(locator, ['a.txt', 'b.txt'], [finding]));
    const f = out.findings[0];
    assert.deepEqual(f.offset, { start: 38, end: 45 });
    assert.deepEqual(f.range, { start: { line: 1, character: 25 }, end: { line: 1, character: 32 } });
    assert.equal(texts.get('a.txt')!.slice(38, 45), 'Tuesday');
    assert.deepEqual(f.related[0].range.start, { line: 1, character: 12 });
    assert.equal(f.related[0].file, 'b.txt');
  });
  it('prints compiler-style lines with one-based positions', () => {
    const lines = checkText(locator, [finding]).split('\n');
    assert.equal(lines[0], 'a.txt:2:26: warning inconsistent-figure: Tuesday here; Wednesday in b.txt');
    assert.equal(lines[1], '    b.txt:2:13: related: Wednesday');
    assert.equal(lines[2], '1 finding (1 inconsistent-figure)');
  });
  it('prints SARIF 2.1.0 with related locations', () => {
    const sarif = JSON.parse(checkSarif(locator, '1.0.0', [finding]));
    assert.equal(sarif.version, '2.1.0');
    const result = sarif.runs[0].results[0];
    assert.equal(result.ruleId, 'inconsistent-figure');
    assert.equal(result.level, 'warning');
    assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 2, startColumn: 26, endLine: 2, endColumn: 33, charOffset: 38, charLength: 7 });
    assert.equal(result.relatedLocations[0].physicalLocation.artifactLocation.uri, 'b.txt');
  });
});
