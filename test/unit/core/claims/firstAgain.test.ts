import * as assert from 'node:assert/strict';
import { flagged } from './pairs';

describe("claims: 'first' against 'again' rule", () => {
  it("flags 'the first … attack in <Name>' against '<Name> once again'", () => {
    assert.equal(flagged('It is the first confirmed drone attack in the Kaluga region.', 'The coming days matter, with Kaluga Oblast once again at the center of the storm.').length, 1);
  });
  it("flags 'the first time S V' against 'S, who last V-ed'", () => {
    assert.equal(flagged('It is the first time the Greens have held Dunmere North.', 'The Greens, who last held the seat in 2011, had targeted Dunmere North for months.').length, 1);
  });
  it("stays quiet for 'first' about a person or order", () => {
    assert.deepEqual(flagged('He is the first Argentine to play for Rovers.', 'It is the second time Rovers have broken their transfer record in 12 months.'), []);
    assert.deepEqual(flagged('Reyes was the first to reach the microphone.', 'The Pellow boxes were counted again.'), []);
    assert.deepEqual(flagged('Okafor, who was first elected in 2015, conceded.', 'Okafor had held the seat since 2015.'), []);
  });
  it("stays quiet for 'first' of something not named", () => {
    assert.deepEqual(flagged('The River Aske fell, giving residents their first proper look at the damage.', 'It is the second time in six years that the Aske has burst its banks.'), []);
  });
  it("stays quiet when the repeated event is about another party", () => {
    assert.deepEqual(flagged('It is the first time the Greens have held Dunmere North.', 'Labour, who last held the seat in 2011, campaigned in Dunmere North.'), []);
  });
  it("stays quiet for 'the first time since'", () => {
    assert.deepEqual(flagged('The Greens won Dunmere North for the first time since 2011.', 'The Greens, who last held the seat in 2011, won Dunmere North.'), []);
  });
});

describe('claims: hospital visits, announced intents, illness, escapes', () => {
  it("reads 'got out' as an escape for 'first' against 'second time', but not a first limited to a window", () => {
    assert.equal(flagged('It is the first time a bear has escaped from the zoo since it opened.', 'It is the second time a bear has got out of the zoo.').length, 1);
    assert.deepEqual(flagged('It is the first time a bear has escaped from the zoo since 2009.', 'It is the second time a bear has got out of the zoo.'), []);
  });
});
