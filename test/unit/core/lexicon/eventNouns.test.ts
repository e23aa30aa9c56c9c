/** Each detector sees the event nouns events.json marks for its use, with their kind. */
import * as assert from 'node:assert/strict';
import { eventNouns, type EventNounUse } from '../../../../src/core/lexicon/eventNouns';

describe('eventNouns', () => {
  const cases: Array<[use: EventNounUse, word: string, kind: string | undefined]> = [
    ['dated', 'blaze', 'fire'],
    ['caused', 'blaze', undefined],
    ['caused', 'bushfire', 'fire'],
    ['dated', 'bushfire', undefined],
    ['located', 'meeting', 'meeting'],
    ['dated', 'meeting', undefined],
    ['located', 'collision', 'crash'],
    ['caused', 'landslip', 'slide'],
  ];
  for (const [use, word, kind] of cases) {
    it(`'${word}' ${kind ? `is ${use}, as a ${kind}` : `is not ${use}`}`, () => {
      assert.equal(new Map(eventNouns(use)).get(word), kind);
    });
  }
});
