import * as assert from 'node:assert/strict';
import { flagged } from './pairs';

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
