import * as assert from 'node:assert/strict';
import { compareFigures } from '../../../../src/core/figures/compareFigures';
import { figureOf } from './helpers';

const key = (text: string, part: string): string | null => figureOf(text, part).key;

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
