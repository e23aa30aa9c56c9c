import * as assert from 'node:assert/strict';
import { alignedClaims } from '../../../../src/core/claims/alignment';
import { meaningKeys } from '../../../../src/core/lexicon/wordnet';
import { analysisOf, check, flagged } from './pairs';

const meet = (x: string, y: string) => meaningKeys(x).some((k) => meaningKeys(y).includes(k));

describe('claims: alignment by meaning through the index', () => {
  it('keys a word by every sense and derivation the compiled WordNet keeps', () => {
    assert.ok(meet('talks', 'negotiate'));
    assert.ok(meet('closure', 'closed'));
    assert.ok(meet('resignation', 'resigned'));
    assert.ok(meet('sanctioned', 'approved'));
    assert.ok(!meet('resigned', 'arrested'));
  });
  it('aligns claims whose words differ but mean one thing, and not claims that share only a common word', () => {
    const a = analysisOf('a.txt', 'Talks with the Hexam union resumed.');
    const b = analysisOf('b.txt', 'Hexam said it would not negotiate with the union. Hexam shares rose.');
    assert.deepEqual(alignedClaims(a.claims[0], a, b).map((x) => x.claim.text), ['Hexam said it would not negotiate with the union.']);
  });
  it('fires through a synonym, and stays quiet for the agreeing paraphrase', () => {
    assert.equal(flagged('The demonstrators were not arrested.', 'The protesters were arrested.').length, 1);
    assert.deepEqual(flagged('The demonstrators were arrested.', 'The protesters were arrested.'), []);
  });
  it('fires through a derivation, and stays quiet for the agreeing paraphrase', () => {
    assert.equal(flagged('The evacuation was not delayed.', 'Evacuating residents was delayed.').length, 1);
    assert.equal(flagged('The merger was not blocked.', 'Regulators blocked the companies from merging.').length, 1);
    assert.deepEqual(flagged('The evacuation was delayed.', 'Evacuating residents was delayed.'), []);
  });
  it('compares claims about one person under two name forms, and not claims about two people', () => {
    assert.equal(flagged('Ann Price was ordered to stay at home.', 'Ms Price was not ordered to stay at home.').length, 1);
    assert.deepEqual(flagged('Ann Price was ordered to stay at home.', 'Tom Lloyd was not ordered to stay at home.'), []);
  });
  it('compares claims whose sources differ: who says it is no participant', () => {
    const { a } = check('Staff at Dalby Primary were ordered to stay at home, Tom Lloyd said.', 'Staff at Dalby Primary were not ordered to stay at home, according to Ann Price.');
    assert.equal(a.length, 1);
    assert.equal(a[0].severity, 'warning');
  });
  it('reports claims that each name someone and share no one at most as Information', () => {
    for (const [x, y] of [
      ['Staff at Dalby Primary were ordered to stay at home.', 'Staff at Kenton High were not ordered to stay at home.'],
      ['In Leeds, the footbridge over the canal was closed to walkers for repairs.', 'In York, the footbridge was not closed.'],
    ]) {
      const { a } = check(x, y);
      assert.equal(a.length, 1);
      assert.equal(a[0].severity, 'information');
    }
    // The same pair about one school is sure.
    assert.equal(check('Staff at Dalby Primary were ordered to stay at home.', 'Staff at Dalby Primary were not ordered to stay at home.').a[0]?.severity, 'warning');
  });
  it('stays quiet for sentences that share no meaning', () => {
    assert.deepEqual(flagged('No one was hurt.', 'Officials were treating the fire as possible arson.'), []);
  });
  it('sets the severity by the alignment score: a pair sharing only common words is not reported', () => {
    const sure = check('The climber was not wearing crampons when he slipped on the ridge.', 'The climber was wearing crampons when he slipped on the ridge.').a;
    assert.equal(sure[0]?.severity, 'warning');
    const likely = check('Four guests were treated by paramedics.', 'No one needed medical treatment.').a;
    assert.equal(likely[0]?.severity, 'information');
  });
});
