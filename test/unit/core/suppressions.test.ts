import * as assert from 'node:assert/strict';
import type { Finding, RuleId } from '../../../src/core/findings';
import { applySuppressions } from '../../../src/core/suppressions';
import { parseArticle } from '../../../src/core/text/article';
import { findDirectives } from '../../../src/core/text/directives';

function findingOn(text: string, word: string, rule: RuleId = 'unattributed-quote', id = 'a.md'): Finding {
  const start = text.indexOf(word);
  assert.ok(start >= 0, word);
  return { rule, severity: 'warning', articleId: id, start, end: start + word.length, message: 'm', related: [], evidence: { kind: 'quote', speaker: null, cue: null, resolution: 'none' } };
}

describe('inline directives', () => {
  it('reads a Markdown directive with and without rules', () => {
    const ds = findDirectives('<!-- sourcecheck-disable-next-line -->\nA.\n<!-- sourcecheck-disable-next-line unattributed-quote, contradiction -->\nB.', 'markdown');
    assert.deepEqual(
      ds.map((d) => [d.kind, d.rules]),
      [
        ['disable-next-line', []],
        ['disable-next-line', ['unattributed-quote', 'contradiction']],
      ],
    );
  });
  it('reads a plain-text directive only as a line of its own starting with //', () => {
    assert.equal(findDirectives('// sourcecheck-disable-next-line inconsistent-figure\nText.', 'plaintext').length, 1);
    assert.equal(findDirectives('He wrote // sourcecheck-disable-next-line in prose.', 'plaintext').length, 0);
    assert.equal(findDirectives('The code sourcecheck-disable-next-line appeared.', 'plaintext').length, 0);
  });
  it('does not read a plain-text // line as a Markdown directive', () => {
    assert.equal(findDirectives('// sourcecheck-disable-next-line\nText.', 'markdown').length, 0);
  });
  it('blanks a plain-text directive line out of the prose, keeping offsets', () => {
    const text = '// sourcecheck-disable-next-line\n"We are ready," a voice said.';
    const a = parseArticle('a.txt', text);
    assert.equal(a.prose.length, text.length);
    assert.ok(!a.prose.includes('sourcecheck'));
    assert.equal(a.paragraphs.length, 1);
    assert.equal(a.sentences[0].start, text.indexOf('"'));
  });
  it('keeps a Markdown directive comment out of the prose', () => {
    const a = parseArticle('a.md', '<!-- sourcecheck-disable-next-line -->\nThe fire spread.');
    assert.ok(!a.prose.includes('sourcecheck'));
  });
});

describe('applySuppressions', () => {
  it('drops a finding on the line after a directive for every rule', () => {
    const text = 'One "x".\n<!-- sourcecheck-disable-next-line -->\nTwo "y".\nThree "z".';
    const a = parseArticle('a.md', text);
    const kept = applySuppressions(a, [findingOn(text, 'x'), findingOn(text, 'y'), findingOn(text, 'z')]);
    assert.deepEqual(kept.map((f) => text.slice(f.start, f.end)), ['x', 'z']);
  });
  it('skips blank lines after the directive', () => {
    const text = '<!-- sourcecheck-disable-next-line -->\n\nTwo "y".';
    assert.equal(applySuppressions(parseArticle('a.md', text), [findingOn(text, 'y')]).length, 0);
  });
  it('drops only the named rules', () => {
    const text = '// sourcecheck-disable-next-line inconsistent-figure\nSome 12 people "said" so.';
    const a = parseArticle('a.txt', text);
    const kept = applySuppressions(a, [findingOn(text, '12', 'inconsistent-figure', 'a.txt'), findingOn(text, 'said', 'unattributed-quote', 'a.txt')]);
    assert.deepEqual(kept.map((f) => f.rule), ['unattributed-quote']);
  });
  it('drops findings between disable and enable', () => {
    const text = 'A "a".\n<!-- sourcecheck-disable -->\nB "b".\nC "c".\n<!-- sourcecheck-enable -->\nD "d".';
    const kept = applySuppressions(parseArticle('a.md', text), ['a', 'b', 'c', 'd'].map((w) => findingOn(text, `"${w}"`)));
    assert.deepEqual(kept.map((f) => text.slice(f.start + 1, f.end - 1)), ['a', 'd']);
  });
  it('drops a finding on the line of a disable-line comment', () => {
    const text = 'A "a". <!-- sourcecheck-disable-line -->\nB "b".';
    const kept = applySuppressions(parseArticle('a.md', text), [findingOn(text, '"a"'), findingOn(text, '"b"')]);
    assert.equal(kept.length, 1);
  });
  it('handles CRLF line ends', () => {
    const text = '// sourcecheck-disable-next-line\r\nTwo "y".\r\nThree "z".';
    const kept = applySuppressions(parseArticle('a.txt', text), [findingOn(text, 'y', 'unattributed-quote', 'a.txt'), findingOn(text, 'z', 'unattributed-quote', 'a.txt')]);
    assert.deepEqual(kept.map((f) => text.slice(f.start, f.end)), ['z']);
  });
  it('keeps every finding when there is no directive', () => {
    const text = 'Two "y".';
    assert.equal(applySuppressions(parseArticle('a.md', text), [findingOn(text, 'y')]).length, 1);
  });
});
