import * as assert from 'node:assert/strict';
import { sharesAtLeast } from '../../../src/core/sharedMembers';

describe('sharesAtLeast', () => {
  it('finds one shared member in sets or arrays, either way round', () => {
    assert.equal(sharesAtLeast(new Set(['a', 'b']), new Set(['c', 'b', 'd'])), true);
    assert.equal(sharesAtLeast(['c', 'b', 'd'], ['a', 'b']), true);
    assert.equal(sharesAtLeast(['a'], new Set(['b'])), false);
  });
  it('counts up to n shared members', () => {
    assert.equal(sharesAtLeast(['a', 'b', 'c'], ['b', 'c', 'd'], 2), true);
    assert.equal(sharesAtLeast(['a', 'b', 'c'], ['c', 'd', 'e'], 2), false);
  });
  it('shares nothing with an empty collection', () => {
    assert.equal(sharesAtLeast([], ['a']), false);
    assert.equal(sharesAtLeast(new Set(['a']), new Set()), false);
  });
});
