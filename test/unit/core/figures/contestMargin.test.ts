import * as assert from 'node:assert/strict';
import { Corpus } from '../../../../src/core/corpus/corpus';
import { figureOf, figuresOf } from './helpers';

const key = (text: string, part: string): string | null => figureOf(text, part).key;

function flagged(a: string, b: string): string[] {
  const corpus = new Corpus();
  corpus.set('dir/a.txt', a);
  corpus.set('dir/b.txt', b);
  return corpus.check('dir/a.txt').filter((f) => f.rule === 'inconsistent-figure').map((f) => `${f.severity} ${a.slice(f.start, f.end)}`);
}

describe('Figures: the margin of a contest', () => {
  it('reads a standing from a noun of advantage, joined or with "of"', () => {
    assert.equal(key('Ortega had held a 41-vote lead on election night.', '41'), 'margin:standing:vote');
    assert.equal(key('He went into the recount holding the 29-vote edge he had.', '29'), 'margin:standing:vote');
    assert.equal(key('Ortega held a lead of 41 votes.', '41'), 'margin:standing:vote');
    assert.equal(key('Ortega was ahead by 41 votes on Tuesday.', '41'), 'margin:standing:vote');
  });
  it('reads a result from a verb of winning, a margin or a victory', () => {
    assert.equal(key('Ortega won the mayoralty here by 37 votes.', '37'), 'margin:result:vote');
    assert.equal(key('It confirmed his win over Whitcomb, by a margin of thirty-three votes.', 'thirty-three'), 'margin:result:vote');
    assert.equal(key('The Hawks beat the Lions by 12 points.', '12'), 'margin:result:point');
    assert.equal(key('It was a 37-vote victory for the challenger.', '37'), 'margin:result:vote');
  });
  it('reads no margin from a tally, a change or a bare number', () => {
    assert.notEqual(key('The motion passed by six votes to three.', 'six'), 'margin:result:vote');
    assert.equal(key('His lead grew by 12 votes overnight.', '12'), null);
    assert.ok(!figuresOf('Ortega won by 37 on Tuesday.').some((f) => f.key?.startsWith('margin:')));
    assert.ok(!figuresOf('The company cut costs by 300 jobs.').some((f) => f.key?.startsWith('margin:')));
  });
});

describe('inconsistent-figure: contest margins', () => {
  const won = 'Luis Ortega won the mayoral race in Harlan Springs by 37 votes, the county clerk said on Friday.';
  it('compares two results of one contest, surely', () => {
    assert.deepEqual(flagged(won, 'The recount in Harlan Springs confirmed that Luis Ortega won the mayoral race by a margin of thirty-three votes.'), ['warning 37 votes']);
  });
  it('compares two standings across articles as likely', () => {
    assert.deepEqual(
      flagged('In Harlan Springs, Luis Ortega had held a 41-vote lead on election night.', 'In Harlan Springs, Luis Ortega went into the recount holding the 29-vote edge he had on election night.'),
      ['information 41-vote lead'],
    );
  });
  it('does not compare a standing with a result', () => {
    assert.deepEqual(flagged('In Harlan Springs, Luis Ortega had held a 41-vote lead on election night.', won), []);
  });
  it('does not compare the margins of two winners', () => {
    assert.deepEqual(flagged(won, 'In Harlan Springs, council member Ann Reyes won her seat by 12 votes, the county clerk said.'), []);
  });
});
