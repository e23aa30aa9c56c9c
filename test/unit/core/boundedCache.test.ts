import * as assert from 'node:assert/strict';
import { BoundedCache } from '../../../src/core/boundedCache';

describe('BoundedCache', () => {
  it('answers what was stored', () => {
    const cache = new BoundedCache<string, number>(3);
    cache.set('a', 1);
    cache.set('b', 2);
    assert.equal(cache.get('a'), 1);
    assert.equal(cache.get('b'), 2);
    assert.equal(cache.get('c'), undefined);
  });

  it('forgets what was not used for two generations', () => {
    const cache = new BoundedCache<number, number>(2);
    for (let i = 0; i < 6; i++) cache.set(i, i * 10);
    assert.equal(cache.get(0), undefined);
    assert.equal(cache.get(1), undefined);
    assert.equal(cache.get(5), 50);
  });

  it('keeps what is used while other entries come and go', () => {
    const cache = new BoundedCache<number, string>(2);
    cache.set(-1, 'kept');
    for (let i = 0; i < 20; i++) {
      cache.set(i, String(i));
      assert.equal(cache.get(-1), 'kept');
    }
  });
});
