import * as assert from 'node:assert/strict';
import { compareFigures } from '../../../../src/core/figures/compareFigures';
import { figureOf } from './helpers';

describe('Figures: the size of a workforce', () => {
  it('keys workers, employees and staff alike, and a possessed or whole count as the workforce', () => {
    const a = figureOf('The mill’s 250 workers were sent home.', '250');
    const b = figureOf('Managers said they would pay all 520 employees until spring.', '520');
    assert.equal(a.key, 'count:worker:workforce::');
    assert.equal(b.key, a.key);
    assert.equal(a.confidence, 'sure');
    assert.equal(compareFigures(a, b), 'disagree');
  });
  it('leaves a count of workers with no possessive or whole unsure', () => {
    const f = figureOf('About 60 staff joined the picket.', '60');
    assert.equal(f.key, 'count:worker:::');
    assert.equal(f.confidence, 'unsure');
  });
});

describe('Figures: a plural that is spelled like a function word', () => {
  it('keys a count of cans', () => {
    assert.equal(figureOf('The brewery bought 9,000 cans of lager.', '9,000').key, 'count:can:::');
  });
});

describe('Figures: counts keyed by a bare noun alone', () => {
  it('does not compare counts an order of magnitude apart', () => {
    const few = figureOf('One shopper said she had returned four cartons.', 'four');
    const many = figureOf('The dairy is withdrawing about 80,000 cartons.', '80,000');
    assert.equal(few.key, many.key);
    assert.equal(compareFigures(few, many), 'incomparable');
  });
  it('still compares counts of one magnitude', () => {
    const a = figureOf('The dairy is withdrawing about 80,000 cartons.', '80,000');
    const b = figureOf('The dairy pulled more than 150,000 cartons.', '150,000');
    assert.equal(compareFigures(a, b), 'disagree');
  });
});

describe('Figures: the name after an age', () => {
  it('gives the age to the name after it, not to a place before the comma', () => {
    const f = figureOf('At the bridge over Mill Lane, the 31-year-old Okafor pulled ahead.', '31');
    assert.equal(f.key, 'age:okafor');
  });
  it('still gives an apposed age to the name before the comma', () => {
    assert.equal(figureOf('Joan Pettigrew, a 58-year-old teacher, was named.', '58').key, 'age:pettigrew');
  });
});
