import * as assert from 'node:assert/strict';
import { speakersOf } from './helpers';

describe('quotations: a passive cue inside someone’s reported clause', () => {
  it('"X said the town had been promised “…”" quotes X, not an unnamed promiser', () => {
    const text = 'Mayor Ruth Okon said the village had been promised a new bridge “since the last flood”.';
    assert.deepEqual(speakersOf(text), [['since the last flood', 'Ruth Okon']]);
  });
  it('a passive cue with no reporter anywhere stays unattributed', () => {
    const text = 'For years the village had been promised a bridge “within months”.';
    assert.deepEqual(speakersOf(text), [['within months', null]]);
  });
});

describe('quotations: more nouns for bodies', () => {
  it('"the branch said … its inspectors would “…”" resolves to the body named before', () => {
    const text = 'Inspectors from the Rail Safety Branch visited the depot on Monday.\n\nThe branch said in a statement that its staff would “check every signal on the line.”';
    assert.deepEqual(speakersOf(text), [['check every signal on the line.', 'Rail Safety Branch']]);
  });
});
