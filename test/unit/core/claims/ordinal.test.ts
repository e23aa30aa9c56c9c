import * as assert from 'node:assert/strict';
import { flagged } from './pairs';

describe("claims: 'It was the first …' against 'It was the second …'", () => {
  it('flags the first and the second occurrence of one event noun', () => {
    assert.equal(flagged('It was the first landslide in the valley since the road was built.', 'It was the second landslide on that slope in two years.').length, 1);
  });
  it("flags 'the first time' against 'the second time' with synonyms for the verb (closed / shut)", () => {
    assert.equal(flagged('It is the first time the pier has been closed in its history.', 'It is the second time in five years the pier, loved by anglers, has been shut.').length, 1);
  });
  it("stays quiet when the 'first' is limited to a window or a date", () => {
    assert.deepEqual(flagged('It was the first landslide in the valley this year.', 'It was the second landslide on that slope in two years.'), []);
    assert.deepEqual(flagged('It was the first landslide in the valley since 2015.', 'It was the second landslide on that slope in two years.'), []);
  });
  it('stays quiet for ordinals of different events or of a part', () => {
    assert.deepEqual(flagged('It was the first landslide in the valley.', 'It was the second flood in the valley in two years.'), []);
    assert.deepEqual(flagged('The gallery is on the first floor of the valley museum.', 'The shop is on the second floor of the valley museum.'), []);
  });
  it('ranks the head of the noun phrase after the ordinal, past its modifiers', () => {
    assert.equal(flagged("It is the first Legionnaires' outbreak in the valley's history.", "It is the second outbreak of Legionnaires' disease in the valley in three years.").length, 1);
  });
  it("flags two 'first time' clauses about one thing whose verbs differ (affected / disrupted)", () => {
    assert.equal(flagged('It is the first time the valley race has been affected by heat.', 'It is the second time in three years that the valley race has been disrupted by heat.').length, 1);
  });
  it("stays quiet for the heads of two different phrases and for 'first time' clauses about different things", () => {
    assert.deepEqual(flagged("It is the first Legionnaires' outbreak in the valley.", 'It is the second measles case in the valley.'), []);
    assert.deepEqual(flagged('It is the first time the valley race has been affected by heat.', 'It is the second time in three years that the valley bridge has been closed by flooding.'), []);
  });
});
