import * as assert from 'node:assert/strict';
import { compareFigures } from '../../../../src/core/figures/compareFigures';
import { figureOf, figuresOf } from './helpers';

const key = (text: string, part: string): string | null => figureOf(text, part).key;

describe('Figures: the peak of something', () => {
  it("reads 'up to' after a peak word as the peak itself", () => {
    const a = figureOf('The gale brought gusts of up to 70mph to the coast.', '70mph');
    assert.equal(a.low, 70);
    assert.equal(a.high, 70);
    const b = figureOf('Gales brought gusts of 150 km/h to the coast.', '150');
    assert.equal(a.key, b.key);
    assert.equal(compareFigures(a, b), 'disagree'); // 150 km/h is 93 mph
  });
  it("keeps 'up to' as a bound when nothing names a peak", () => {
    const f = figureOf('Forecasters expect up to 40mm of rain overnight.', '40mm');
    assert.equal(f.low, 0);
    assert.equal(f.high, 40);
  });
});

describe('Figures: ranges', () => {
  // [sentence, the figure's text, low, high, qualifier]
  const cases: Array<[string, string, number, number, string | null]> = [
    ['Between 10 and 12 people were hurt.', 'Between 10 and 12 people', 10, 12, 'range'],
    ['From 10 to 12 staff left.', 'From 10 to 12 staff', 10, 12, 'range'],
    // After a word for a change, 'from' belongs to the change, not to the range.
    ['The toll rose from 5 to 7 on Monday.', '5 to 7', 5, 7, 'range'],
    ['The price went from $4 to $6.', '$4 to $6', 4, 6, 'range'],
    ['Two or three boats sank.', 'Two or three', 2, 3, 'range'],
    ['He was sentenced to 5 to 7 years.', '5 to 7 years', 5, 7, 'range'],
    ['The fund grew to 40 percent.', '40 percent', 40, 40, null],
  ];
  for (const [sentence, text, low, high, qualifier] of cases) {
    it(`${JSON.stringify(sentence)} → '${text}'`, () => {
      const figure = figureOf(sentence, text);
      assert.deepEqual([figure.text, figure.low, figure.high, figure.qualifier], [text, low, high, qualifier]);
    });
  }

  it('a score is two numbers, not a range', () => {
    assert.deepEqual(figuresOf('The score was 3-1.').map((f) => [f.text, f.qualifier]), [['3', null], ['1', null]]);
  });
});
