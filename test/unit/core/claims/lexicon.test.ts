import * as assert from 'node:assert/strict';
import { flagged } from './pairs';

describe('claims: news synonyms, states and compass sides', () => {
  it("flags an alarm that did not go off against one that was triggered or sounded", () => {
    assert.equal(flagged('The school’s fire alarm did not go off.', 'The school’s fire alarm was triggered at midnight.').length, 1);
    assert.equal(flagged('The school’s fire alarm never went off.', 'The school’s fire alarm sounded twice.').length, 1);
  });
  it('stays quiet when both say the alarm went off', () => {
    assert.deepEqual(flagged('The school’s fire alarm went off.', 'The school’s fire alarm was triggered at midnight.'), []);
  });
  it("reads 'no A or B were taken' as denying each, against 'A were among the items stolen'", () => {
    assert.equal(flagged('No passports or laptops were taken from the depot.', 'Passports were among the items stolen from the depot.').length, 1);
  });
  it('stays quiet when what was stolen is neither alternative', () => {
    assert.deepEqual(flagged('No passports or laptops were taken from the depot.', 'Cash was among the items stolen from the depot.'), []);
  });
  it("flags 'postponed' against a denial that it was 'put off'", () => {
    assert.equal(flagged('The trust confirmed that the hull survey had been postponed because of storms.', 'A trust official denied that the hull survey had been put off.').length, 1);
  });
  it("flags a place that 'remained open' against one that 'was closed', past a relative clause", () => {
    assert.equal(flagged('The town library, which is run by volunteers, remained open.', 'The town library was closed all week.').length, 1);
  });
  it('stays quiet when the closure is inside the relative clause', () => {
    assert.deepEqual(flagged('The town library, which was closed last year, is busy again.', 'The town library was closed all week.'), []);
  });
  it('flags opposite compass sides of one landmark', () => {
    assert.equal(flagged('Four wagons overturned just north of the Mill Lane bridge.', 'The wagons overturned just south of the Mill Lane bridge on Monday.').length, 1);
  });
  it('stays quiet on the same compass side', () => {
    assert.deepEqual(flagged('Four wagons overturned just north of the Mill Lane bridge.', 'The wagons overturned north of the Mill Lane bridge on Monday.'), []);
  });
});
