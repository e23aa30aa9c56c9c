import * as assert from 'node:assert/strict';
import { flagged } from './pairs';
import { causeOf } from '../../../../src/core/claims/cause';
import { claimWords } from '../../../../src/core/claims/terms';
import { tokenize } from '../../../../src/core/text/tokens';

function cause(text: string) {
  const tokens = tokenize(text);
  return causeOf(claimWords(tokens, 0, tokens.length));
}

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

describe('claims: an event called off against one completed', () => {
  it("flags 'the Ferring race was abandoned' against 'the Ferring race was completed'", () => {
    assert.equal(flagged('The Ferring race was abandoned in heavy rain.', 'The Ferring race was completed in heavy rain.').length, 1);
  });
  it('stays quiet when the two are about different things', () => {
    assert.deepEqual(flagged('The Ferring race was abandoned in heavy rain.', 'The new Hollinbridge stand was completed in heavy rain.'), []);
  });
});

describe('claims: news synonyms, states and compass sides', () => {
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

describe('claims: gone from a post or still in it', () => {
  it("flags 'left his post' / 'resigned' against 'remains in charge' of one person", () => {
    assert.equal(flagged('The Ferring head teacher, Tom Adair, left his post in March.', 'Tom Adair, the Ferring head teacher, remains in charge.').length, 1);
    assert.equal(flagged('Tom Adair, the Ferring head teacher, resigned last week.', 'Tom Adair, the Ferring head teacher, is still in post.').length, 1);
  });

  it('stays quiet for two different people', () => {
    assert.deepEqual(flagged('The Ferring head teacher, Tom Adair, left his post in March.', 'Rosa Lintott, the Ferring deputy head teacher, remains in charge.'), []);
  });
});

describe('claims: inspection verdicts', () => {
  it("flags 'found to be structurally sound' against 'declared unsafe' for the same structure", () => {
    assert.equal(flagged('A survey on Friday found the library building to be structurally sound.', 'Engineers declared the library building unsafe after the survey.').length, 1);
  });
  it('stays quiet for different structures or a hedged verdict', () => {
    assert.deepEqual(flagged('A survey found the library building to be structurally sound.', 'Engineers declared the car park unsafe.'), []);
    assert.deepEqual(flagged('A survey found the library building to be structurally sound.', 'The library building may be unsafe, engineers said.'), []);
  });
});

describe('claims: outcomes that need a little knowledge', () => {
  it("flags a unanimous verdict against a majority verdict, and stays quiet on agreement", () => {
    assert.equal(flagged('The panel reached a unanimous verdict on the Delling case.', 'The panel reached a majority verdict on the Delling case.').length, 1);
    assert.deepEqual(flagged('The panel reached a unanimous verdict on the Delling case.', 'The panel was unanimous in its verdict on the Delling case.'), []);
  });
  it("reads 'ran without problems' as a smooth outcome, opposed to 'failed', through a relative clause on the same noun", () => {
    assert.equal(flagged('The school switched to its emergency pump, which ran without problems all night.', 'At the school, the emergency pump failed within an hour.').length, 1);
    assert.deepEqual(flagged('The school switched to its emergency pump, which ran without problems all night.', 'The emergency pump ran smoothly at the school all night.'), []);
  });
  it("keeps a relative clause about another noun as background", () => {
    assert.deepEqual(flagged('The school switched on its emergency pump, which the council had failed to service.', 'At the school, the emergency pump ran without problems.'), []);
  });
});

describe("claims: a passive 'It' stands for the previous sentence's object", () => {
  it("flags 'It was rejected' (after 'X submitted a plan to …') against 'voted to approve a plan to …'", () => {
    assert.equal(flagged('Residents submitted a plan to turn the Mill Lane depot into flats. It was rejected at the meeting.', 'In a close vote, councillors voted to approve a plan to turn the Mill Lane depot into flats.').length, 1);
  });
  it("stays quiet when the other side agrees, and leaves a non-passive 'It' unresolved", () => {
    assert.deepEqual(flagged('Residents submitted a plan to turn the Mill Lane depot into flats. It was rejected at the meeting.', 'Councillors rejected a plan to turn the Mill Lane depot into flats.'), []);
    assert.deepEqual(flagged('Residents submitted a plan to turn the Mill Lane depot into flats. It is a bold idea, rejected by few.', 'Councillors approved a plan to turn the Mill Lane depot into flats.'), []);
  });
});
