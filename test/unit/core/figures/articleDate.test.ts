import * as assert from 'node:assert/strict';
import { Corpus } from '../../../../src/core/corpus/corpus';
import { agedBetween, articleDate } from '../../../../src/core/figures/articleDate';
import { figuresOf } from './helpers';

function flagged(a: string, b: string): string[] {
  const corpus = new Corpus();
  corpus.set('a.txt', a);
  corpus.set('b.txt', b);
  return corpus.check('a.txt').filter((f) => f.rule === 'inconsistent-figure').map((f) => a.slice(f.start, f.end));
}

describe('articleDate: the day a dateline gives', () => {
  it('reads a dateline with a word of publishing, or one of nothing but a date and time', () => {
    assert.deepEqual(articleDate(figuresOf('Posted: Sep 27, 2013 5:50 PM\nA jury convicted him.')), { year: 2013, month: 9, day: 27 });
    assert.deepEqual(articleDate(figuresOf('Monday 16 September 2013 03.12 BST\nA climber died.')), { year: 2013, month: 9, day: 16 });
    assert.deepEqual(articleDate(figuresOf('Posted September 26, 2013-3:47pm Updated September 27, 2013-6:56am\nA jury convicted him.')), { year: 2013, month: 9, day: 26 });
  });
  it('never takes a date of the story for the article’s own', () => {
    assert.equal(articleDate(figuresOf('The trial opened on September 16, 2013 in Poteau.')), undefined);
    assert.equal(articleDate(figuresOf('A jury convicted him on Thursday.')), undefined);
  });
  it('a dateline’s date dates the page, not the story', () => {
    const f = figuresOf('On behalf of Howard Sanders posted in Pedestrian Accidents on Wednesday, September 18, 2013.');
    assert.equal(f.filter((x) => x.key).length, 0);
  });
});

describe('agedBetween: ages in articles written apart', () => {
  const jan = { year: 2013, month: 1, day: 3 };
  const sep = { year: 2013, month: 9, day: 27 };
  it('a year older in the later article is a birthday between', () => {
    assert.ok(agedBetween(26, jan, 27, sep));
    assert.ok(agedBetween(27, sep, 26, jan));
  });
  it('must stay loud: the same day, no dateline, younger later, or more years than between', () => {
    assert.ok(!agedBetween(31, sep, 32, sep));
    assert.ok(!agedBetween(26, undefined, 27, sep));
    assert.ok(!agedBetween(27, jan, 26, sep));
    assert.ok(!agedBetween(26, jan, 28, sep));
  });
  it('two articles’ ages of one man a dateline apart are not a disagreement; the same day they are', () => {
    const story = 'A jury in Poteau convicted Christopher Kenyon Simpson of Fort Coffee of murder, District Attorney Jeff Smith said.';
    const early = `Published: January 3, 2013\n${story} Simpson, 26, pleaded not guilty.`;
    const late = `Posted: Sep 27, 2013 5:50 PM\n${story} Simpson, 27, was convicted.`;
    assert.deepEqual(flagged(early, late), []);
    assert.deepEqual(flagged(early, late.replace('Sep 27, 2013', 'Jan 3, 2013')), ['26']);
  });
});
