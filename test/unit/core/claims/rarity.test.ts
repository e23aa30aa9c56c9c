import * as assert from 'node:assert/strict';
import { check, flagged } from './pairs';

describe('claims: rarity-weighted alignment and additive negation', () => {
  it('reports a pair sharing its rare content as a warning', () => {
    const { a } = check('The climber was not wearing crampons when he slipped on the ridge.', 'The climber was wearing crampons when he slipped on the ridge.');
    assert.equal(a.length, 1);
    assert.equal(a[0].severity, 'warning');
  });
  it("reads 'not only' and 'never before' as asserting, not denying", () => {
    assert.deepEqual(flagged('The flaw affects not only Internet Explorer 7 but older versions.', 'The flaw affects Internet Explorer 7.'), []);
    assert.deepEqual(flagged('Never before in league history have three coaches been fired this early.', 'Three coaches have been fired this early in league history.'), []);
  });
});
