import * as assert from 'node:assert/strict';
import { compareFigures } from '../../../../src/core/figures/compareFigures';
import { figureOf, figuresOf } from './helpers';

describe("Figures: an unnamed person's age as a decade ('a man in his sixties')", () => {
  it("keys 'a man in his sixties was injured' like 'a 52-year-old man was injured' and they disagree", () => {
    const a = figureOf('A man in his sixties was injured when the roof fell.', 'sixties');
    const b = figureOf('A 52-year-old man was injured in the collapse.', '52-year-old');
    assert.equal(a.key, 'age:man:injured');
    assert.equal(b.key, a.key);
    assert.equal(a.confidence, 'unsure');
    assert.equal(compareFigures(a, b), 'disagree');
  });
  it('agrees with an age inside the decade', () => {
    const a = figureOf('A man in his sixties was injured when the roof fell.', 'sixties');
    const b = figureOf('A 67-year-old man was injured in the collapse.', '67-year-old');
    assert.equal(compareFigures(a, b), 'agree');
  });
  it("reads 'in her late 30s' as 35 to 39", () => {
    const a = figureOf('A woman in her late 30s died in the fire.', '30s');
    assert.equal(a.key, 'age:woman:died');
    assert.equal(compareFigures(a, figureOf('A 38-year-old woman died in the blaze.', '38')), 'agree');
    assert.equal(compareFigures(a, figureOf('A 31-year-old woman died in the blaze.', '31')), 'disagree');
  });
  it('gives no figure when nothing happened to the person we know of', () => {
    assert.equal(figuresOf('A man in his forties was seen near the shop.').length, 0);
  });
  it("does not count '40s' as forty of something", () => {
    assert.equal(figureOf('Most of the volunteers were in their 40s and worked for free.', '40').key, null);
  });
});
