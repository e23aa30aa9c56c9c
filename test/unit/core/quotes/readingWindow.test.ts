import * as assert from 'node:assert/strict';
import { READING_REACH } from '../../../../src/core/quotes/readingWindow';
import { speakersOf } from './helpers';

/** Paragraphs of plain copy with no names and no quotations, about `chars` long. */
function filler(chars: number): string {
  const paragraph = 'The meeting went on into the evening and the members talked about the budget for the next year.';
  return Array.from({ length: Math.ceil(chars / (paragraph.length + 2)) }, () => paragraph).join('\n\n');
}

describe('reading window (speakers in a very long file)', () => {
  it('resolves a surname to the full name given within reach, far into a long file', () => {
    const text = [filler(READING_REACH * 2), 'Neil Farrant, a Caddock spokesman, arrived at noon.', filler(5_000), '“We are shocked by what happened,” Mr Farrant said.', filler(READING_REACH)].join('\n\n');
    assert.deepEqual(speakersOf(text), [['We are shocked by what happened,', 'Neil Farrant']]);
  });
  it('resolves a pronoun to the speaker before it when the file is longer than the reach', () => {
    const text = [filler(READING_REACH), 'Maria Lindqvist said the plan was dead.', '“It will not come back,” she said.', filler(READING_REACH)].join('\n\n');
    assert.deepEqual(speakersOf(text), [['It will not come back,', 'Maria Lindqvist']]);
  });
  it('does not reach back further than the window: a full name given long before is not used', () => {
    const text = ['Neil Farrant, a Caddock spokesman, arrived at noon.', filler(READING_REACH * 1.5), '“We are shocked by what happened,” Mr Farrant said.'].join('\n\n');
    assert.deepEqual(speakersOf(text), [['We are shocked by what happened,', 'Farrant']]);
  });
  it('uses the whole article when it is shorter than the reach', () => {
    const text = ['Neil Farrant, a Caddock spokesman, arrived at noon.', filler(READING_REACH / 2), '“We are shocked by what happened,” Mr Farrant said.'].join('\n\n');
    assert.deepEqual(speakersOf(text), [['We are shocked by what happened,', 'Neil Farrant']]);
  });
});
