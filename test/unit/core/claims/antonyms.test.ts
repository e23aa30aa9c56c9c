import * as assert from 'node:assert/strict';
import { flagged } from './pairs';

describe('claims: antonym rule', () => {
  it('flags rose against fell for the same river and night', () => {
    assert.deepEqual(flagged('The River Aske rose overnight into Sunday.', 'The River Aske fell overnight into Sunday, giving residents a look at the damage.'), ['The River Aske rose overnight into Sunday.']);
  });
  it('flags approved against rejected for the same request', () => {
    assert.equal(flagged('The returning officer, Gwen Aldous, approved the request for a recount of the two boxes.', 'Returning officer Gwen Aldous rejected a request for a recount of the Pellow boxes.').length, 1);
  });
  it('flags acquitted against convicted, opened against closed', () => {
    assert.equal(flagged('The jury acquitted Mark Dale of the Ferring robbery.', 'The jury convicted Mark Dale of the Ferring robbery.').length, 1);
    assert.equal(flagged('The Ferring bypass opened to traffic on schedule.', 'The Ferring bypass closed to traffic on schedule.').length, 1);
  });
  it('stays quiet when a side tells both outcomes in sequence', () => {
    assert.deepEqual(flagged('Dunholm rejected two earlier bids before accepting the third offer this week.', 'Two offers were turned down before Dunholm accepted a third offer.'), []);
  });
  it('stays quiet when different parties won and lost', () => {
    assert.deepEqual(flagged('Hale won the Dunmere North seat.', 'Okafor lost the Dunmere North seat.'), []);
  });
  it('stays quiet for different days, for a negated antonym and for unrelated content', () => {
    assert.deepEqual(flagged('Shares in Caddock rose sharply on Monday.', 'Shares in Caddock fell sharply on Tuesday.'), []);
    assert.deepEqual(flagged('The River Aske rose overnight.', 'The River Aske did not fall overnight.'), []);
    assert.deepEqual(flagged('House prices rose in the spring.', 'Rainfall fell on the hills.'), []);
  });
  it('stays quiet when the outcomes are of different things', () => {
    assert.deepEqual(flagged('The jury convicted Smith of manslaughter on Friday.', 'The jury acquitted Smith of murder on Friday.'), []);
  });
  it('stays quiet when an outcome is background in a subordinate clause', () => {
    assert.deepEqual(flagged('The derby was the first at Brook Park since the stand reopened.', 'The derby was played at Brook Park, where the stand was closed for repairs.'), []);
  });
});
