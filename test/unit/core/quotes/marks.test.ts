import * as assert from 'node:assert/strict';
import { parseArticle } from '../../../../src/core/text/article';
import { pairQuotationMarks } from '../../../../src/core/quotes/marks';

function quoted(text: string): string[] {
  const a = parseArticle('a.txt', text);
  return pairQuotationMarks(a).map((s) => text.slice(s.start, s.end));
}

describe('quotation marks', () => {
  it('pairs straight double quotes', () => {
    assert.deepEqual(quoted('"We will rebuild," she said.'), ['We will rebuild,']);
  });
  it('pairs curly double quotes', () => {
    assert.deepEqual(quoted('“We will rebuild,” she said.'), ['We will rebuild,']);
  });
  it('pairs British single curly quotes', () => {
    assert.deepEqual(quoted('‘We will rebuild,’ she said.'), ['We will rebuild,']);
  });
  it('pairs straight single quotes used as quotation marks', () => {
    assert.deepEqual(quoted('\'We will rebuild,\' she said.'), ['We will rebuild,']);
  });
  it('pairs two apostrophes typed for a double mark, with a single quotation inside', () => {
    assert.deepEqual(quoted("''It's a land grab,'' he said."), ["It's a land grab,"]);
    assert.deepEqual(quoted("''He told me, 'Run,' and I ran,'' she said."), ["He told me, 'Run,' and I ran,"]);
  });
  it('leaves two apostrophes inside a word alone', () => {
    assert.deepEqual(quoted("The rock''n roll band played."), []);
  });
  it('pairs guillemets', () => {
    assert.deepEqual(quoted('«Nous reconstruirons», a-t-elle dit.'), ['Nous reconstruirons']);
  });
  it('keeps a quotation inside another as part of the outer one', () => {
    assert.deepEqual(quoted('“He told me ‘run’ and I ran,” she said.'), ['He told me ‘run’ and I ran,']);
    assert.deepEqual(quoted('‘He told me “run” and I ran,’ she said.'), ['He told me “run” and I ran,']);
  });
  it('does not take apostrophes for marks', () => {
    assert.deepEqual(quoted('It’s the town’s problem, don’t forget.'), []);
    assert.deepEqual(quoted('The students’ union met in the ’90s to hear rock ’n’ roll.'), []);
    assert.deepEqual(quoted("The students' union met in the '90s to hear rock 'n' roll."), []);
  });
  it('keeps apostrophes inside a single-quoted quotation', () => {
    assert.deepEqual(quoted('‘It’s the worst I’ve seen,’ she said.'), ['It’s the worst I’ve seen,']);
    assert.deepEqual(quoted('‘The kids’ school things are gone,’ she said.'), ['The kids’ school things are gone,']);
    assert.deepEqual(quoted("'It's the worst I've seen,' she said."), ["It's the worst I've seen,"]);
  });
  it('closes a quotation after a plural possessive when no later mark can close it', () => {
    assert.deepEqual(quoted('He praised ‘the players’ and left.'), ['the players']);
  });
  it('carries a quotation over paragraphs that end without a closing mark', () => {
    const text = '“The river rose fast.\n“Then the bank gave way,” he said.';
    const a = parseArticle('a.txt', text);
    const spans = pairQuotationMarks(a);
    assert.equal(spans.length, 2);
    assert.equal(spans[0].leftOpen, true);
    assert.equal(spans[1].reopens, true);
  });
  it('carries a quotation across a line break when the next line closes it', () => {
    const text = '‘We were told to stay indoors.\nIt felt like war.’ Police left.';
    assert.deepEqual(quoted(text), ['We were told to stay indoors.\nIt felt like war.']);
  });
  it('drops a stray mark that nothing closes', () => {
    assert.deepEqual(quoted('The 6\' wall fell. Crews left.'), []);
  });
});
