import * as assert from 'node:assert/strict';
import { causeOf } from '../../../../src/core/claims/cause';
import { claimWords } from '../../../../src/core/claims/terms';
import { tokenize } from '../../../../src/core/text/tokens';
import { flagged } from './pairs';
import { speculationCue } from '../../../../src/core/claims/hedging';

function cause(text: string) {
  const tokens = tokenize(text);
  return causeOf(claimWords(tokens, 0, tokens.length));
}

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

describe('claims: cause heads and slope events', () => {
  it('flags two different causes even when a modifier of one appears elsewhere in the other', () => {
    const first = 'The manager said the blackout was caused by a faulty cable joint in the Ferring substation.';
    const second = 'A spokesman confirmed that the blackout was caused by a lightning strike on the pylon that carries the cable.';
    assert.equal(flagged(first, second).length, 1);
  });
  it('stays quiet when the heads share a word or one head noun is named in the other claim', () => {
    assert.deepEqual(flagged('The blackout was caused by an electrical fault at the Ferring substation.', 'The blackout was caused by faulty electrical wiring at the Ferring substation.'), []);
    assert.deepEqual(flagged('The blackout was caused by a storm at the Ferring substation.', 'The blackout was caused by a tree that the storm brought down on the Ferring substation.'), []);
  });
  it("flags an avalanche 'triggered by' one thing against a slide 'set off by' another", () => {
    assert.equal(flagged('Police said the avalanche above Ferring was triggered by two skiers.', 'A guide said the slide above Ferring had been set off by falling ice.').length, 1);
    assert.deepEqual(flagged('Police said the avalanche above Ferring was triggered by two skiers.', 'A guide said the slide above Ferring had been set off by two skiers.'), []);
  });
});

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

describe('claims: cause swaps', () => {
  it("reads 'blamed X on Y', 'the result of', 'due to', 'came from', 'multiplied in'", () => {
    assert.equal(cause('The trust blamed the deficit on agency staffing costs')?.headText, 'agency staffing costs');
    assert.equal(cause('The deficit is mainly the result of falling rental income')?.event, 'shortfall');
    assert.equal(cause('The delays were due to a signal fault at the junction')?.headText, 'a signal fault');
    assert.equal(cause('the virus came from a food stall at the market')?.kind, 'origin');
    assert.equal(cause('the bacteria multiplied in a disused tank')?.headText, 'a disused tank');
    assert.equal(cause('The deficit grew last year'), undefined);
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
