import * as assert from 'node:assert/strict';
import { Corpus } from '../../../../src/core/corpus/corpus';
import { figureOf, figuresOf } from './helpers';

function flagged(a: string, b: string): string[] {
  const corpus = new Corpus();
  corpus.set('dir/a.txt', a);
  corpus.set('dir/b.txt', b);
  return corpus.check('dir/a.txt').filter((f) => f.rule === 'inconsistent-figure').map((f) => `${f.severity} ${a.slice(f.start, f.end)}`);
}

describe('Figures: how often an act happened', () => {
  it('keys "N times" by the verb before it', () => {
    assert.equal(figureOf('It has been cited more than 300 times.', '300').key, 'times:cite');
    assert.equal(figureOf('The paper, cited about 130 times, was withdrawn.', '130').key, 'times:cite');
    assert.equal(figureOf('He was arrested three times last year.', 'three').key, 'times:arrest');
  });
  it('reads no frequency from a multiplier, a rate or a bare "times"', () => {
    for (const text of ['The plant is three times the size of the old one.', 'Output was five times higher.', 'Take it three times a day.', 'There were four times as many.', 'A record 300 times is unlikely.']) {
      assert.ok(!figuresOf(text).some((f) => f.key?.startsWith('times:')), text);
    }
  });
});

describe('inconsistent-figure: how often', () => {
  const a = 'The Rijnmond obesity paper, retracted on Monday by the Journal of Metabolic Medicine, has been cited more than 300 times.';
  it('compares two frequencies of one act across articles, as likely', () => {
    assert.deepEqual(flagged(a, 'The Rijnmond obesity paper, cited about 130 times, was withdrawn by the Journal of Metabolic Medicine.'), ['information more than 300 times']);
  });
  it('does not compare two acts', () => {
    assert.deepEqual(flagged(a, 'The Rijnmond obesity paper, downloaded about 130 times, was withdrawn by the Journal of Metabolic Medicine.'), []);
  });
  it('agrees when the intervals meet', () => {
    assert.deepEqual(flagged(a, 'The Rijnmond obesity paper, cited about 320 times, was withdrawn by the Journal of Metabolic Medicine.'), []);
  });
});
