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
