import * as assert from 'node:assert/strict';
import { causeOf } from '../../../../src/core/claims/cause';
import { claimWords } from '../../../../src/core/claims/terms';
import { tokenize } from '../../../../src/core/text/tokens';
import { flagged } from './pairs';

function cause(text: string) {
  const tokens = tokenize(text);
  return causeOf(claimWords(tokens, 0, tokens.length));
}

describe('claims: cause phrases and event words', () => {
  it('reads a wildfire as a fire', () => {
    assert.equal(cause('the wildfire was sparked by lightning on the ridge')?.event, 'fire');
  });
  it("reads 'linked to' and 'put down to' as causes", () => {
    assert.equal(cause('the illness was linked to undercooked chicken')?.headText, 'undercooked chicken');
    assert.equal(cause('the spill was put down to a worn valve')?.headText, 'a worn valve');
  });
  it("reads the carrier of an infection: 'carried aboard by'", () => {
    assert.equal(cause('the norovirus was carried aboard by a crew member')?.headText, 'a crew member');
  });
  it("reads 'blamed CAUSE for EVENT'", () => {
    const c = cause('the operator blamed a software update for the outage');
    assert.equal(c?.event, 'outage');
    assert.equal(c?.headText, 'a software update');
  });
  it("ignores 'brought under control', 'put out' and 'linked' without 'to'", () => {
    assert.equal(cause('the blaze was brought under control by crews'), undefined);
    assert.equal(cause('the fire was put out by neighbours'), undefined);
    assert.equal(cause('the outbreak was carried on the wind'), undefined);
  });
  it('flags a wildfire sparked by one thing against a wildfire started by another', () => {
    assert.equal(flagged('The Ferring wildfire was sparked by a fallen power line.', 'The Ferring wildfire was started by a stray firework.').length, 1);
  });
  it("flags 'linked to' one source against 'carried aboard by' another", () => {
    assert.equal(flagged('Officials said the outbreak was linked to a contaminated water tank.', 'The virus was carried aboard by a guest who was already sick.').length, 1);
  });
  it("flags 'blamed X for the outage' against 'the outage was caused by Y'", () => {
    assert.equal(flagged('The Ferring council blamed a burst cable for the outage.', 'The Ferring outage was caused by a hacking group.').length, 1);
  });
  it('stays quiet when the two causes share a word', () => {
    assert.deepEqual(flagged('The Ferring wildfire was sparked by a power line.', 'The Ferring wildfire was started by a fallen line near the road.'), []);
  });
  it('stays quiet when a cause is only speculated', () => {
    assert.deepEqual(flagged('The outbreak may have been linked to a water tank.', 'The virus was carried aboard by a guest who was already sick.'), []);
  });
  it('stays quiet across different events', () => {
    assert.deepEqual(flagged('The Ferring wildfire was sparked by a fallen power line.', 'The Ferring outage was caused by a hacking group.'), []);
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
