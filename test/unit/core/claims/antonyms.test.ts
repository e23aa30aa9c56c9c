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
  it("flags 'had been open' against 'had been closed' for the same path and morning", () => {
    assert.equal(flagged('The Ferring footpath had been closed since early morning because of flooding.', 'Walkers said the Ferring footpath had been open all morning.').length, 1);
  });
  it("flags two announced plans that exclude each other ('will resume' / 'will stay shut')", () => {
    assert.equal(flagged('Work at the Hollinbridge depot will resume on Monday, the manager said.', 'The union said the Hollinbridge depot will stay shut until further notice.').length, 1);
    // A plan against a speculation stays quiet.
    assert.deepEqual(flagged('Work at the Hollinbridge depot will resume on Monday.', 'The Hollinbridge depot may stay shut for weeks.'), []);
  });
  it('flags an objection withdrawn against one maintained by the same body', () => {
    assert.equal(flagged('The Ferring Society has withdrawn its objection to the quarry.', 'The Ferring Society maintains its objection to the quarry.').length, 1);
    assert.deepEqual(flagged('The Ferring Society has withdrawn its objection to the quarry.', 'Hollinbridge Parish maintains its objection to the quarry.'), []);
  });
  it("compares two 'after' clauses that tell the same doer's decision", () => {
    assert.equal(flagged('An appeal followed after the district council refused a licence for the Ferring quarry.', 'Ministers stepped in after the district council approved the Ferring quarry.').length, 1);
    // Different doers in the two clauses stay background.
    assert.deepEqual(flagged('An appeal followed after the district council refused a licence for the Ferring quarry.', 'Ministers stepped in after the inspector approved the Ferring quarry.'), []);
  });
  it("reads 'after' with a time as a preposition, not a background clause", () => {
    assert.equal(flagged('The cars left the tracks just east of the Route 4 crossing.', 'The cars derailed shortly after 11 p.m. just west of the Route 4 crossing.').length, 1);
    assert.deepEqual(flagged('The cars left the tracks just east of the Route 4 crossing.', 'The cars derailed after the train passed west of the Route 4 crossing.'), []);
  });
  it("flags 'is temporary' against 'is permanent', even when a later 'and … will' clause carries a hedge", () => {
    assert.equal(flagged('Council leaders say the closure of the library is temporary and it will reopen next spring.', 'The closure of the library is permanent, and the site will be sold for housing.').length, 1);
  });
  it("stays quiet on 'temporary' and 'permanent' as adjectives of two different things", () => {
    assert.deepEqual(flagged('The temporary library in the church hall opened on Monday.', 'The permanent library in the town hall is due to open next year.'), []);
  });
});
