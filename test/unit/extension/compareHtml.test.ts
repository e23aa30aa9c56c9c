import * as assert from 'node:assert/strict';
import { compareArticles } from '../../../src/core/compare/compareArticles';
import { escapeHtml, renderComparisonBody, renderComparisonPage } from '../../../src/extension/compareHtml';
import { parseArticle } from '../../../src/core/text/article';

const EVIL = '<img src=x onerror="alert(1)"> & `tick` \'q\'';

describe('comparison view markup', () => {
  it('escapes every character that could open markup or an attribute', () => {
    assert.equal(escapeHtml('<a href="x">&\'`</a>'), '&#60;a href=&#34;x&#34;&#62;&#38;&#39;&#96;&#60;/a&#62;');
  });
  it('never lets article text or a file name become markup', () => {
    const a = parseArticle(`file:///w/${encodeURIComponent('<b>.txt')}`, `"${EVIL}," said Ann Lee.`);
    const b = parseArticle('file:///w/b.txt', `"${EVIL}," said Bo Chan.`);
    const q = (article: typeof a, speaker: string) => {
      const start = article.text.indexOf('<img');
      const end = article.text.indexOf(',"');
      return { start, end, text: article.text.slice(start, end), speaker: { name: speaker } };
    };
    const c = compareArticles({ article: a, claims: [], figures: [], quotations: [q(a, 'Ann <Lee>')] }, { article: b, claims: [], figures: [], quotations: [q(b, 'Bo Chan')] }, [], []);
    assert.equal(c.quotations[0].status, 'different-speaker');
    const body = renderComparisonBody(c, () => 0);
    assert.ok(!body.includes('<img'), 'article text escaped');
    assert.ok(!body.includes('<b>'), 'file name escaped');
    assert.ok(!body.includes('<Lee>'), 'speaker escaped');
    assert.ok(body.includes('&#60;img src=x onerror=&#34;alert(1)&#34;&#62;'));
    assert.ok(body.includes('data-side="a"') && body.includes('data-side="b"'), 'links to both passages');
  });
  it('has a strict policy: no default source, scripts and styles only with the nonce', () => {
    const page = renderComparisonPage('<p>x</p>', 'abc123', 'vscode-webview://x');
    const csp = /content="([^"]*)"/.exec(page.slice(page.indexOf('Content-Security-Policy')))?.[1] ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-abc123'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:/);
    assert.equal((page.match(/<script/g) ?? []).length, (page.match(/<script nonce="abc123">/g) ?? []).length);
  });
  it('lists each conflict once: its claim and figure rows are not repeated below, and the chips count a date difference', () => {
    const textA = 'A fire broke out on 12 March. The council met on Tuesday.';
    const textB = 'A fire broke out on 13 March. The council met on Wednesday.';
    const a = parseArticle('a.txt', textA);
    const b = parseArticle('b.txt', textB);
    const at = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length, text: words });
    const finding = (here: typeof a, hereText: string, hw: string, there: typeof a, thereText: string, tw: string) => ({
      rule: 'inconsistent-figure' as const,
      severity: 'warning' as const,
      articleId: here.id,
      ...at(hereText, hw),
      message: 'Date of the fire differs.',
      related: [{ articleId: there.id, ...at(thereText, tw), message: 'there' }],
      evidence: { kind: 'figure' as const, quantity: 'date of the fire', here: { articleId: here.id, ...at(hereText, hw), display: hw }, others: [] },
    });
    const side = (article: typeof a, text: string, date: string, council: string) => ({
      article,
      claims: [{ ...at(text, `A fire broke out on ${date}`), polarity: 'positive' as const }, { ...at(text, `The council met on ${council}`), polarity: 'positive' as const }],
      figures: [{ ...at(text, date), key: 'when:fire', low: null, high: null, unit: null }],
      quotations: [],
    });
    const c = compareArticles(side(a, textA, '12 March', 'Tuesday'), side(b, textB, '13 March', 'Wednesday'),
      [finding(a, textA, '12 March', b, textB, '13 March')], [finding(b, textB, '13 March', a, textA, '12 March')]);
    const body = renderComparisonBody(c, () => 0);
    assert.equal(body.split('Date of the fire differs.').length - 1, 1, 'the conflict once');
    assert.match(body, /<span class="chip c-conflict">1 conflict<\/span><span class="chip c-differ">1 difference<\/span>/);
  });
  it('has a style sheet whose rules all close (a stray brace drops every rule after it)', () => {
    const style = /<style[^>]*>([\s\S]*?)<\/style>/.exec(renderComparisonPage('', 'n', 'x'))![1];
    let depth = 0;
    for (const c of style) {
      if (c === '{') depth++;
      if (c === '}') depth--;
      assert.ok(depth >= 0 && depth <= 2, 'braces nest');
    }
    assert.equal(depth, 0);
  });
});
