import * as assert from 'node:assert/strict';
import { escapeMarkdown } from '../../../src/extension/markdownEscape';

describe('escapeMarkdown (hover text from untrusted articles)', () => {
  it('turns HTML into entities', () => {
    assert.equal(escapeMarkdown('<img src=x onerror=alert(1)>'), '&lt;img src=x onerror=alert\\(1\\)&gt;');
    assert.equal(escapeMarkdown('a & b'), 'a &amp; b');
  });
  it('breaks links, command links, emphasis and code fences', () => {
    const out = escapeMarkdown('[quit](command:workbench.action.quit) **now** ``` `x`');
    assert.doesNotMatch(out, /\]\(command:/);
    assert.doesNotMatch(out, /\*\*now\*\*/);
    assert.doesNotMatch(out, /``/);
  });
  it('keeps the text on one line', () => {
    assert.equal(escapeMarkdown('one\n\n# two'), 'one \\# two');
  });
});
