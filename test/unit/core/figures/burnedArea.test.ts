import * as assert from 'node:assert/strict';
import { compareFigures } from '../../../../src/core/figures/compareFigures';
import { figureOf } from './helpers';

describe('Figures: the area a fire has burned', () => {
  it("keys 'had burned 2,100 hectares' and 'has now scorched more than 2,900 hectares' alike", () => {
    const a = figureOf('A grass fire that started near the quarry had burned 2,100 hectares by Tuesday, officials said.', '2,100');
    const b = figureOf('The blaze has now scorched more than 2,900 hectares north of Lindell.', '2,900');
    assert.equal(a.key, 'measure:area:burned');
    assert.equal(b.key, a.key);
    assert.equal(a.confidence, 'unsure');
    assert.equal(compareFigures(a, b), 'disagree');
  });
  it("gives no such key to a past fire in a 'which' clause", () => {
    assert.notEqual(figureOf('It is the worst since the Ridgeway Fire, which burned 9,000 acres.', '9,000').key, 'measure:area:burned');
  });
  it('gives no such key to a fire framed by a year', () => {
    assert.notEqual(figureOf('In 2015 a fire on the same slopes burned 600 acres.', '600').key, 'measure:area:burned');
    assert.notEqual(figureOf("Last year's fire burned 600 acres.", '600').key, 'measure:area:burned');
  });
});
