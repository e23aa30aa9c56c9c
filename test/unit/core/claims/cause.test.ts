import * as assert from 'node:assert/strict';
import { causeOf } from '../../../../src/core/claims/cause';
import { claimWords } from '../../../../src/core/claims/terms';
import { tokenize } from '../../../../src/core/text/tokens';
import { flagged } from './pairs';

describe('claims: cause rule', () => {
  it('reads the cause after an origin verb', () => {
    const cause = causeOf(claimWords(tokenize('the blaze began when a forklift battery overheated on a charging point'), 0, 11));
    assert.equal(cause?.event, 'fire');
    assert.equal(cause?.headText, 'a forklift battery overheated');
  });
  it('flags two different causes of the same fire', () => {
    assert.equal(flagged('Investigators believe the fire started in an electrical cabinet in the packing hall.', 'Fire officials said the blaze began when a forklift battery overheated on a charging point in the packing hall.').length, 1);
  });
  it('flags a fire caused by one thing against another', () => {
    assert.equal(flagged('The Ferring fire was caused by a discarded cigarette.', 'The Ferring fire was sparked by faulty wiring.').length, 1);
  });
  it('stays quiet when one cause is a consistent, broader version of the other', () => {
    assert.deepEqual(flagged('The blaze began in the packing hall of the plant.', 'Fire officials said the blaze began when a forklift battery overheated on a charging point in the packing hall.'), []);
  });
  it('stays quiet when the cause is hedged', () => {
    assert.deepEqual(flagged('The fire may have started in an electrical cabinet.', 'The blaze began when a forklift battery overheated.'), []);
  });
});
