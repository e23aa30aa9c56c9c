import * as assert from 'assert';
import { lowerBound } from '../../../../src/core/text/lowerBound';

describe('lowerBound', () => {
  const starts = [3, 8, 8, 15, 40];
  const at = (offset: number) => lowerBound(starts.length, (k) => starts[k] < offset);

  it('finds the first entry not before the offset, the first of equal ones', () => {
    assert.equal(at(8), 1);
    assert.equal(at(9), 3);
  });

  it('gives 0 before every entry and the count after them all', () => {
    assert.equal(at(0), 0);
    assert.equal(at(41), starts.length);
    assert.equal(lowerBound(0, () => true), 0);
  });
});
