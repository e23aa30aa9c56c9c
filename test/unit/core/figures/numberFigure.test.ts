import * as assert from 'node:assert/strict';
import { compareFigures } from '../../../../src/core/figures/compareFigures';
import { figureOf } from './helpers';

const key = (text: string, part: string): string | null => figureOf(text, part).key;

describe('Figures: the peak of something', () => {
  it("reads 'up to' after a peak word as the peak itself", () => {
    const a = figureOf('The gale brought gusts of up to 70mph to the coast.', '70mph');
    assert.equal(a.low, 70);
    assert.equal(a.high, 70);
    const b = figureOf('Gales brought gusts of 150 km/h to the coast.', '150');
    assert.equal(a.key, b.key);
    assert.equal(compareFigures(a, b), 'disagree'); // 150 km/h is 93 mph
  });
  it("keeps 'up to' as a bound when nothing names a peak", () => {
    const f = figureOf('Forecasters expect up to 40mm of rain overnight.', '40mm');
    assert.equal(f.low, 0);
    assert.equal(f.high, 40);
  });
});
