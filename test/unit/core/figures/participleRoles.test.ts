import * as assert from 'node:assert/strict';
import { compareFigures } from '../../../../src/core/figures/compareFigures';
import { figureOf } from './helpers';

describe('Figures: a present participle before the count gives its role', () => {
  it("keys 'destroying 11 homes' as 'destroyed nine homes'", () => {
    const a = figureOf('A mudslide swept down the hillside on Sunday, destroying 14 houses.', '14 houses');
    const b = figureOf('The mudslide destroyed 12 houses in Pellow.', '12 houses');
    assert.equal(a.key, 'count:house:destroyed::');
    assert.equal(b.key, a.key);
    assert.equal(a.confidence, 'sure');
    assert.equal(compareFigures(a, b), 'disagree');
  });
  it("keys 'damaging 40 shops' as damaged, not destroyed", () => {
    assert.equal(figureOf('The storm tore through the town, damaging 40 shops.', '40 shops').key, 'count:shop:damaged::');
  });
});
