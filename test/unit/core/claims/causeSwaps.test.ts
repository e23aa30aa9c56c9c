import * as assert from 'node:assert/strict';
import { causeOf } from '../../../../src/core/claims/cause';
import { speculationCue } from '../../../../src/core/claims/hedging';
import { claimWords } from '../../../../src/core/claims/terms';
import { tokenize } from '../../../../src/core/text/tokens';
import { flagged } from './pairs';

const causeIn = (text: string) => causeOf(claimWords(tokenize(text), 0, tokenize(text).length));

describe('claims: cause swaps', () => {
  it("reads 'blamed X on Y', 'the result of', 'due to', 'came from', 'multiplied in'", () => {
    assert.equal(causeIn('The trust blamed the deficit on agency staffing costs')?.headText, 'agency staffing costs');
    assert.equal(causeIn('The deficit is mainly the result of falling rental income')?.event, 'shortfall');
    assert.equal(causeIn('The delays were due to a signal fault at the junction')?.headText, 'a signal fault');
    assert.equal(causeIn('the virus came from a food stall at the market')?.kind, 'origin');
    assert.equal(causeIn('the bacteria multiplied in a disused tank')?.headText, 'a disused tank');
    assert.equal(causeIn('The deficit grew last year'), undefined);
  });
  it('flags two different reasons for one shortfall, with no word in common', () => {
    assert.equal(flagged('The trust blamed the deficit on the rising cost of agency nurses.', 'The overspend is the result of a fall in private patient income, board papers show.').length, 1);
  });
  it('flags two different origins of one outbreak, each given as a belief', () => {
    assert.equal(flagged('Inspectors believe the infection came from an ice machine in the kitchen, which may have been faulty for months.', 'Health officials think the bacteria multiplied in a disused shower block.').length, 1);
    assert.equal(flagged('The fire is understood to have started in a laundry room.', 'The fire started in a bin store behind the flats.').length, 1);
  });
  it('stays quiet for speculation, for a place against a reason, and for agreeing accounts', () => {
    assert.deepEqual(flagged('The infection may have come from an ice machine.', 'The bacteria multiplied in a disused shower block.'), []);
    assert.deepEqual(flagged('The fire started in the laundry room.', 'The blaze was caused by a faulty tumble dryer.'), []);
    assert.deepEqual(flagged('The trust blamed the deficit on the cost of agency nurses.', 'The overspend is largely the result of agency nurse costs.'), []);
    assert.deepEqual(flagged('The deficit is the result of falling income from car parks.', 'The council blamed the shortfall on lower car park income.'), []);
  });
  it('treats a belief verb as a source, not speculation', () => {
    assert.equal(speculationCue(tokenize('Police believe the fire started in a shed')), undefined);
    assert.equal(speculationCue(tokenize('The driver is understood to have braked'))?.text, undefined);
    assert.equal(speculationCue(tokenize('The fire may have started in a shed'))?.text, 'may');
  });
});
