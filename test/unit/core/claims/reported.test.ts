import * as assert from 'node:assert/strict';
import { flagged } from './pairs';

describe('claims: reported clauses and noun negations', () => {
  it("reads 'would' after a reporting verb as the reported 'will', not a hedge", () => {
    assert.equal(flagged('His agent, Tom Bell, said there would be no transfer request.', 'His agent, Tom Bell, confirmed that the striker would submit a transfer request.').length, 1);
  });
  it("keeps 'would' without a reporting verb as a hedge", () => {
    assert.deepEqual(flagged('Tom Bell would submit a transfer request, perhaps.', 'There was no transfer request from Tom Bell.'), []);
  });
  it("flags 'no need to V' against a clause that did V", () => {
    assert.equal(flagged('The operator said there had been no need to shut the pumping station at Arle Lock.', 'The operator said it had shut the pumping station at Arle Lock overnight.').length, 1);
  });
  it("stays quiet when 'no need to V' meets another no-need claim", () => {
    assert.deepEqual(flagged('There was no need to shut the pumping station at Arle Lock.', 'The operator saw no reason to shut the pumping station at Arle Lock.'), []);
  });
  it("flags 'found no trace of X' against 'X was found / detected'", () => {
    assert.equal(flagged('Samples from the school kitchen found no trace of the virus.', 'The council confirmed that the virus had been detected in samples from the school kitchen.').length, 1);
  });
  it("stays quiet when the positive side does not say X was found", () => {
    assert.deepEqual(flagged('Samples from the school kitchen found no trace of the virus.', 'Kitchens must be cleaned daily to stop the virus spreading in the school.'), []);
  });
});

describe('claims: outcomes that need a little knowledge', () => {
  it("flags 'unharmed' against a broken limb, and stays quiet for another person or a mixed clause", () => {
    assert.equal(flagged('The cyclist was unharmed.', 'The cyclist suffered a broken leg.').length, 1);
    assert.deepEqual(flagged('The cyclist was unharmed.', 'A pedestrian suffered a broken leg.'), []);
    assert.deepEqual(flagged('Two walkers were hurt but the cyclist was unharmed.', 'The cyclist suffered a broken leg.'), []);
    assert.deepEqual(flagged('The cyclist was unharmed.', 'The cyclist escaped uninjured.'), []);
  });
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

describe('claims: a denied casualty speaks for the whole story', () => {
  it("flags 'No deaths have been linked to the flood' against a death, even with little else shared", () => {
    assert.equal(flagged('No deaths have been linked to the flooding, police said.', 'A retired teacher drowned when his car was swept off a ford, and a farmer died in a barn.').length, 1);
    assert.equal(flagged('No injuries were reported.', 'A steward was injured by falling glass.').length, 1);
  });
  it('stays quiet when the two clauses name different places, or both deny', () => {
    assert.deepEqual(flagged('No deaths were reported in Ferring.', 'A farmer died in a barn at Hollinbridge.'), []);
    assert.deepEqual(flagged('No deaths have been linked to the flooding.', 'Nobody died in the flooding.'), []);
  });
  it('keeps a negated group with its verb: no firefighters hurt is not contradicted by hurt workers', () => {
    assert.deepEqual(flagged('No firefighters were hurt at the depot.', 'Two workers were hurt at the depot.'), []);
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
