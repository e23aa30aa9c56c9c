import * as assert from 'node:assert/strict';
import { compareFigures } from '../../../../src/core/figures/compareFigures';
import { figureOf } from './helpers';

describe('Figures: a date named with its weekday', () => {
  it('keys the weekday by the date it names, in either order of day and month', () => {
    const a = figureOf('The hearing is set for Tuesday, March 11, the court said.', 'Tuesday');
    const b = figureOf('Lawyers will return to court on Wednesday 11 March.', 'Wednesday');
    assert.equal(a.key, 'dayname:3:11');
    assert.equal(b.key, a.key);
    assert.equal(a.text, 'Tuesday, March 11');
    assert.equal(compareFigures(a, b), 'disagree');
  });
  it('agrees when the weekdays are the same', () => {
    const a = figureOf('The hearing is set for Tuesday, March 11.', 'Tuesday');
    const b = figureOf('Lawyers will return on Tuesday 11 March.', 'Tuesday');
    assert.equal(compareFigures(a, b), 'agree');
  });
  it('does not key a weekday with no date after it that way', () => {
    assert.notEqual(figureOf('Lawyers will return on Tuesday, the court said.', 'Tuesday').key?.startsWith('dayname'), true);
    assert.notEqual(figureOf('On Tuesday, 11 officers were hurt.', 'Tuesday').key?.startsWith('dayname'), true);
  });
});
