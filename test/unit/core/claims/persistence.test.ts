import * as assert from 'node:assert/strict';
import { flagged } from './pairs';
import { lastingState } from '../../../../src/core/claims/persistence';
import { claimWords } from '../../../../src/core/claims/terms';
import { tokenize } from '../../../../src/core/text/tokens';

function state(text: string) {
  const tokens = tokenize(text);
  return lastingState(claimWords(tokens, 0, tokens.length))?.text;
}

describe('claims: a state said to last against the change that ends it', () => {
  it('reads the state after a verb of lasting: an adjective, an activity, a position', () => {
    assert.equal(state('The Ferring plant will remain open.'), 'remain open');
    assert.equal(state('Dunholm kept its profit forecast for next year unchanged.'), 'kept its profit forecast for next year unchanged');
    assert.equal(state('The Ferring plant will continue to operate.'), 'continue to operate');
    assert.equal(state('Manager Tom Pell will stay in charge.'), 'stay in charge');
  });
  it('reads no state in a noun or in another clause', () => {
    assert.equal(state("During Lohan's stay at the clinic she was charged."), undefined);
    assert.equal(state('Her stay in hospital was short.'), undefined);
  });
  it("flags 'remain open' against 'close' through the antonym of 'open'", () => {
    assert.equal(flagged('The Marlow plant in Ferring will remain open, the company said.', 'Dunholm will close its Marlow plant in Ferring, the company said.').length, 1);
  });
  it("flags 'remain closed' against 'reopened', a kind of opening", () => {
    assert.equal(flagged('Ferring Road will remain closed after the flood.', 'Ferring Road reopened after the flood.').length, 1);
  });
  it("flags 'kept unchanged' against 'cut', a kind of change", () => {
    assert.equal(flagged('Dunholm kept its profit forecast for next year unchanged.', 'Dunholm cut its profit forecast for next year.').length, 1);
  });
  it("flags 'continue to operate' against a verb of ending", () => {
    assert.equal(flagged('The Marlow plant in Ferring will continue to operate.', 'Dunholm will also shut its Marlow plant in Ferring.').length, 1);
  });
  it("flags 'stay in charge' against the holder's removal", () => {
    assert.equal(flagged('Manager Tom Pell will stay in charge of Ferring United.', 'Ferring United have sacked manager Tom Pell.').length, 1);
  });
  it('stays quiet when the change is of something else', () => {
    assert.deepEqual(flagged('The Marlow plant in Ferring will remain open.', 'Dunholm will close its Hollinbridge depot next year.'), []);
  });
  it('stays quiet when a position is left by someone who is not named as its holder', () => {
    assert.deepEqual(flagged('Linda Farrow, the home manager, remains in charge of the Ferring home.', 'The Ferring home has since been run by an interim manager.'), []);
  });
  it('stays quiet for a negated or merely expected change, and for a kind of ending that ends nothing', () => {
    assert.deepEqual(flagged('The Marlow plant in Ferring will remain open.', 'Dunholm will not close its Marlow plant in Ferring.'), []);
    assert.deepEqual(flagged('The Marlow plant in Ferring will remain open.', 'Dunholm is expected to close its Marlow plant in Ferring.'), []);
    assert.deepEqual(flagged('Dunholm will continue to sell Marlow servers in Ferring.', 'Dunholm has completed its purchase of Marlow servers in Ferring.'), []);
  });
  it('stays quiet for a noun that could be a verb of ending, and for a phrasal verb', () => {
    assert.deepEqual(flagged('Dunholm will continue to support Marlow customers in Ferring.', 'Dunholm will sell Marlow building blocks to customers in Ferring.'), []);
    assert.deepEqual(flagged('Dunholm will continue to supply Marlow chips in Ferring.', 'Dunholm would shut out Marlow chips in Ferring.'), []);
  });
  it("stays quiet inside a source's own words", () => {
    assert.deepEqual(flagged('"The Marlow plant in Ferring will continue to operate," Dunholm said.', 'Dunholm will shut its Marlow plant in Ferring.'), []);
  });
});
