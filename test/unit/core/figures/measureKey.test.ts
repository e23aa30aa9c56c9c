import * as assert from 'node:assert/strict';
import { compareFigures } from '../../../../src/core/figures/compareFigures';
import { figureOf } from './helpers';

const key = (text: string, part: string): string | null => figureOf(text, part).key;

describe('Figures: the area a fire has burned', () => {
  it("keys 'had burned 2,100 hectares' and 'has now scorched more than 2,900 hectares' alike", () => {
    const a = figureOf('A grass fire that started near the quarry had burned 2,100 hectares by Tuesday, officials said.', '2,100');
    const b = figureOf('The blaze has now scorched more than 2,900 hectares north of Lindell.', '2,900');
    assert.equal(a.key, 'measure:area:burned');
    assert.equal(b.key, a.key);
    assert.equal(a.confidence, 'unsure');
    assert.equal(compareFigures(a, b), 'disagree');
  });
  it("gives no such key to a past fire in a 'which' clause", () => {
    assert.notEqual(figureOf('It is the worst since the Ridgeway Fire, which burned 9,000 acres.', '9,000').key, 'measure:area:burned');
  });
  it('gives no such key to a fire framed by a year', () => {
    assert.notEqual(figureOf('In 2015 a fire on the same slopes burned 600 acres.', '600').key, 'measure:area:burned');
    assert.notEqual(figureOf("Last year's fire burned 600 acres.", '600').key, 'measure:area:burned');
  });
});

describe('Figures: a measure written as an adjective of its noun', () => {
  it('keys a hyphenated measure by the noun it measures, with detour and diversion alike', () => {
    const a = figureOf('Lorries now face a 40-kilometre detour through the hills.', '40');
    const b = figureOf('Lorries face a diversion of 12 miles.', '12 miles');
    assert.equal(a.key, 'measure:length:is:diversion:');
    assert.equal(b.key, a.key);
    assert.equal(a.confidence, 'unsure');
    assert.equal(compareFigures(a, b), 'disagree');
  });
  it('keys a radius as the radius, with or without what it is around', () => {
    const a = figureOf('Residents within a quarter-mile radius were told to leave.', 'quarter');
    const b = figureOf('Homes within a 2-mile radius of the plant were cleared.', '2-mile');
    assert.equal(a.key, 'measure:length:radius:');
    assert.equal(b.key, a.key);
    assert.equal(compareFigures(a, b), 'disagree');
  });
  it('does not key a hyphenated measure before a word that is not its noun', () => {
    assert.equal(key('The 5-mile-long queue moved slowly.', '5'), null);
  });
});

describe('Figures: nouns counted and measured', () => {
  it('measures a stretch of a river and of a stream alike, through "one of the"', () => {
    const a = key('Oil coated a four-mile stretch of the river.', 'four-mile');
    assert.equal(a, 'measure:length:of:river:');
    assert.equal(key('Oil coated a 5km stretch of one of the valley’s clearest streams.', '5km'), a);
    assert.notEqual(key('Oil coated a 5km stretch of the canal.', '5km'), a);
  });
});

describe('Figures: the speed at the moment of a crash', () => {
  it('keys a speed when something crashed, however the crash is worded', () => {
    const a = figureOf('Police said the coach was travelling at 62 mph when it overturned.', '62');
    const b = figureOf('Data showed it had been moving at 70 mph when the coach hit the barrier.', '70');
    assert.equal(a.key, 'measure:speed:at:crash');
    assert.equal(b.key, a.key);
    assert.equal(a.confidence, 'sure');
    assert.equal(compareFigures(a, b), 'disagree');
  });
  it('gives no such key to a limit or a speed at no named moment', () => {
    assert.notEqual(key('The limit on that road is 50 mph.', '50'), 'measure:speed:at:crash');
    assert.notEqual(key('The coach was travelling at 62 mph on the motorway.', '62'), 'measure:speed:at:crash');
  });
});

describe('Figures: the depth of a substance is keyed by what it did', () => {
  it('does not compare a depth that buried something with an amount that fell', () => {
    const under = figureOf('The cars were trapped beneath almost three metres of mud.', 'three metres');
    const fell = figureOf('Some 30 centimetres of fresh mud slid down overnight.', '30 centimetres');
    assert.notEqual(under.key, fell.key);
    assert.equal(compareFigures(under, fell), 'incomparable');
  });
  it('still compares two amounts that fell, and two depths that covered', () => {
    const a = figureOf('About 20 inches of fresh snow fell on the pass.', '20 inches');
    const b = figureOf('Nearly 90 cm of snow fell on the pass.', '90 cm');
    assert.equal(a.key, b.key);
    assert.equal(compareFigures(a, b), 'disagree');
    const c = figureOf('The hut lay under 4 metres of ice.', '4 metres');
    const d = figureOf('The hut lay buried beneath about 12 feet of ice.', '12 feet');
    assert.equal(c.key, d.key);
  });
  it('keeps a depth with no such word apart from both', () => {
    const bare = figureOf('Engineers measured 3 metres of silt in the harbour.', '3 metres');
    const under = figureOf('The wreck sits under 5 metres of silt.', '5 metres');
    assert.notEqual(bare.key, under.key);
  });
});
