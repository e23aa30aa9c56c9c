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
  it("counts as dependents the articles of the same story, not every article sharing a broad figure key", () => {
    const corpus = new Corpus();
    corpus.set('a.txt', 'Maria Okafor, 41, a nurse at Hollinbridge General, was hurt when the Caddock bus crashed on Tuesday.');
    corpus.set('b.txt', 'The Caddock bus crash in Hollinbridge on Tuesday hurt Maria Okafor, 42, who works at Hollinbridge General.');
    corpus.set('c.txt', 'Tom Reilly, 67, retired from the Kestrel Mill in Ardmore on Tuesday after Lena Fox took over.');
    for (const id of corpus.ids()) corpus.analysis(id);
    assert.ok(corpus.indexKeys('c.txt').has('figure-age') && corpus.indexKeys('a.txt').has('figure-age'), 'all three give an age');
    assert.deepEqual(corpus.dependents('a.txt'), ['b.txt']);
    assert.deepEqual(corpus.dependents('c.txt'), []);
  });
  it("gives the rules an article's previous version until the new one is checked", () => {
    const seen: Array<unknown> = [];
    const corpus = new Corpus({ rules: [(context) => (seen.push(context.previous), [])] });
    corpus.set('a.txt', 'One.');
    corpus.check('a.txt');
    const first = corpus.analysis('a.txt');
    corpus.set('a.txt', 'Two.');
    corpus.set('a.txt', 'Three.');
    corpus.check('a.txt');
    corpus.check('a.txt');
    assert.deepEqual(seen, [undefined, first, undefined], 'the last version analysed, skipping one never analysed; none once checked');
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
  it("gives a hover's context among the articles analysed so far, and a check's after analysing them all", () => {
    const corpus = new Corpus();
    corpus.set('a.txt', 'Four people were hurt in the fire on Tuesday.');
    corpus.set('b.txt', 'Five people were hurt in the fire on Tuesday.');
    assert.ok(corpus.contextOf('a.txt', false));
    assert.equal(corpus.isAnalyzed('b.txt'), false, 'the hover does not wait for b.txt');
    assert.ok(corpus.contextOf('a.txt'));
    assert.equal(corpus.isAnalyzed('b.txt'), true);
  });
  it('analyses the articles waiting one per call, naming each first and returning the error of one that fails', () => {
    const corpus = new Corpus({
      analyze: (article) => {
        if (article.id === 'bad.txt') throw new Error('broken');
        return { article, quotations: [], figures: [], claims: [] };
      },
    });
    corpus.set('a.txt', 'One.');
    corpus.set('bad.txt', 'Two.');
    const named: string[] = [];
    const first = corpus.analyzeNext((id) => named.push(id));
    const second = corpus.analyzeNext((id) => named.push(id));
    assert.deepEqual(first, { id: 'a.txt' });
    assert.equal(second?.id, 'bad.txt');
    assert.equal((second?.error as Error).message, 'broken');
    assert.deepEqual(named, ['a.txt', 'bad.txt']);
    assert.equal(corpus.analyzeNext(), undefined, 'nothing is left, and the failed one is not retried');
    assert.deepEqual(corpus.check('a.txt'), []);
  });
  it('reads Markdown by file name', () => {
    const corpus = new Corpus();
    corpus.set('a.md', '# Title\n\nText.');
    assert.equal(corpus.article('a.md')!.format, 'markdown');
    assert.equal(corpus.article('a.md')!.paragraphs[0].kind, 'heading');
  });
});

describe('Corpus.analysisSteps', () => {
  it('analyses in steps to the same result as analysis()', () => {
    const text = 'Officials met on Monday.\n"We will not back down," said Mayor Ann Reed.\nAbout 60 firefighters came.\n';
    const stepwise = new Corpus();
    stepwise.set('a.txt', text);
    let steps = 0;
    for (const _ of stepwise.analysisSteps('a.txt')) steps++;
    assert.ok(steps >= 3, `${steps} steps`);
    assert.equal(stepwise.isAnalyzed('a.txt'), true);
    const direct = new Corpus();
    direct.set('a.txt', text);
    const a = stepwise.analysis('a.txt')!;
    const b = direct.analysis('a.txt')!;
    assert.deepEqual(a.quotations.map((q) => q.speaker?.name), b.quotations.map((q) => q.speaker?.name));
    assert.equal(a.figures.length, b.figures.length);
    assert.equal(a.claims.length, b.claims.length);
  });
  it('drops a result whose text changed between steps', () => {
    const corpus = new Corpus();
    corpus.set('a.txt', 'One version.');
    const steps = corpus.analysisSteps('a.txt');
    steps.next();
    corpus.set('a.txt', 'Another version.');
    for (let s = steps.next(); !s.done; s = steps.next());
    assert.equal(corpus.isAnalyzed('a.txt'), false);
    assert.equal(corpus.analysis('a.txt')!.article.text, 'Another version.');
  });
});
