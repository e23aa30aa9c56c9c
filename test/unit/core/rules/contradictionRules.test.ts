import * as assert from 'node:assert/strict';
import { check, flagged } from '../claims/pairs';
import { REASON_PHRASE } from '../../../../src/core/rules/catalog';

const HERE = 'The meeting was held at Coldham village hall.';
const THERE = 'The meeting was held at Ferring town hall.';

describe('rules: contradiction sub-rules and their shared preconditions', () => {
  it('a sub-rule fires when both claims are firm and about the same time, with its reason and phrase', () => {
    const { a } = check(HERE, THERE);
    assert.equal(a.length, 1);
    assert.equal(a[0].evidence.kind === 'claim' && a[0].evidence.reason, 'place');
    assert.ok(a[0].related[0].message.includes(`(${REASON_PHRASE.place})`), a[0].related[0].message);
  });
  it("'firm': a hedged claim against a firm one stays quiet, whichever side hedges", () => {
    assert.deepEqual(flagged('The meeting may have been held at Coldham village hall.', THERE), []);
    assert.deepEqual(flagged(HERE, 'The meeting may have been held at Ferring town hall.'), []);
  });
  it("'same-time': two claims naming different times stay quiet", () => {
    assert.deepEqual(flagged('The meeting was held at Coldham village hall on Monday.', 'The meeting was held at Ferring town hall on Thursday.'), []);
  });
  it("a superlative given to two places reports reason 'superlative', not 'place'", () => {
    const { a } = check('The hamlet of Porthcarn was the worst hit, with roofs torn off.', 'In Tregarth, the worst-hit hamlet, the river burst its banks.');
    assert.equal(a.length, 1);
    assert.equal(a[0].evidence.kind === 'claim' && a[0].evidence.reason, 'superlative');
  });
});
