import * as assert from 'node:assert/strict';
import { Corpus } from '../../../../src/core/corpus/corpus';

describe('Corpus', () => {
  it('adds, changes and removes articles', () => {
    const corpus = new Corpus();
    assert.equal(corpus.set('a.txt', 'One.'), true);
    assert.equal(corpus.set('a.txt', 'One.'), false, 'unchanged text is not a change');
    assert.equal(corpus.set('a.txt', 'Two.'), true);
    assert.equal(corpus.article('a.txt')!.text, 'Two.');
    assert.deepEqual(corpus.ids(), ['a.txt']);
    assert.equal(corpus.delete('a.txt'), true);
    assert.equal(corpus.has('a.txt'), false);
    assert.deepEqual(corpus.check('a.txt'), []);
  });
  it('analyses an article once per version of its text', () => {
    const corpus = new Corpus();
    corpus.set('a.txt', 'One.');
    const first = corpus.analysis('a.txt');
    assert.equal(corpus.analysis('a.txt'), first);
    corpus.set('a.txt', 'Two.');
    assert.notEqual(corpus.analysis('a.txt'), first);
    assert.deepEqual(corpus.unanalyzed(), []);
  });
  it('reads Markdown by file name', () => {
    const corpus = new Corpus();
    corpus.set('a.md', '# Title\n\nText.');
    assert.equal(corpus.article('a.md')!.format, 'markdown');
    assert.equal(corpus.article('a.md')!.paragraphs[0].kind, 'heading');
  });
});
