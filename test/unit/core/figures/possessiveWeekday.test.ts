import * as assert from 'node:assert/strict';
import { Corpus } from '../../../../src/core/corpus/corpus';
import { figureOf } from './helpers';

function inArticleFindings(text: string) {
  const corpus = new Corpus();
  corpus.set('a.txt', text);
  return corpus.check('a.txt').filter((f) => f.rule === 'inconsistent-figure');
}

describe('Figures: a possessive weekday dates the noun it governs', () => {
  it('still dates an event noun after it', () => {
    assert.equal(figureOf("Crews were still damping down after Tuesday's warehouse fire in Dunmere.", "Tuesday's").key, 'when:event:fire');
    assert.equal(figureOf("Residents recalled Sunday night's blaze at the mill.", 'Sunday').key, 'when:event:fire');
  });
  it('does not date the clause event by a stage, session or match named with a weekday', () => {
    assert.equal(figureOf("A pile-up of six cars halted Sunday's second qualifying session at the circuit.", "Sunday's").key, null);
    assert.equal(figureOf('The champion avoided the collision and leads the field into Monday\'s final round.', "Monday's").key, null);
    assert.equal(figureOf("Stewards will meet the teams before Saturday's start to review the accident.", "Saturday's").key, null);
  });
});

describe('inconsistent-figure: two weekdays of one article', () => {
  it('does not compare days tied only to a verb and its subject', () => {
    assert.equal(inArticleFindings('The council voted on Tuesday to shut the Ormley library.\nThe council voted on Thursday to keep the Ormley pool open.').length, 0);
  });
  it('does not compare a stage of a many-day story with the day of its event', () => {
    assert.equal(inArticleFindings("A collision of 14 riders ended Wednesday's third stage near Tarloch.\nThe leader avoided the collision and rides into Thursday's hill stage in front.").length, 0);
  });
  it('still compares two days of the same named event', () => {
    assert.equal(inArticleFindings('A fire swept through the Caddock plant in Hollinbridge on Tuesday.\nFirefighters said the fire at the Caddock plant started on Wednesday.').length, 2);
  });
});
