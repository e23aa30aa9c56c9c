import * as assert from 'node:assert/strict';
import { quotationsOf, speakersOf } from './helpers';

describe('quotations: titles in apposition', () => {
  it('a Title Case title after a noun for a work is not a quotation', () => {
    assert.deepEqual(quotationsOf('Members of the club’s magazine, ‘Morning Tide’, heard of the move in June.'), []);
    assert.deepEqual(quotationsOf('The city’s new strategy, “Harbour 2040: Growing Together”, was launched on Friday.'), []);
    assert.deepEqual(quotationsOf('Her second album, "Paper Lanterns", sold well.'), []);
  });
  it('still reads a sentence after a work noun as a quotation when it is not Title Case', () => {
    const found = speakersOf('He read out the report, "nobody checked the valves," said Tom Hale.');
    assert.equal(found.length, 1);
  });
  it('a passive cue with no subject of its own does not attach to a quotation before it', () => {
    // The quoted words sit inside the subject; nothing was "told" in them.
    const [q] = quotationsOf('Readers of the parish bulletin, "a quiet scandal", were later told of the theft.');
    assert.equal(q.cue, null);
  });
  it('a passive with its own subject still marks the quotation unattributed', () => {
    assert.deepEqual(speakersOf('"Leave by noon," staff were told.'), [['Leave by noon,', null]]);
  });
});

describe('quote kinds: a title opening a sentence', () => {
  it('a short Title Case quotation that the sentence runs on from is a title', () => {
    assert.deepEqual(speakersOf("Microsoft will release a patch.\n\n'The Fix' will remedy a flaw in the browser."), []);
  });
  it('stays quiet: a quotation that is a sentence of its own stays a quotation', () => {
    assert.deepEqual(speakersOf('The patch was late.\n\n"Fix It Now." The banner hung outside the office.'), [['Fix It Now.', null]]);
  });
});
