import * as assert from 'node:assert/strict';
import { compareFigures } from '../../../../src/core/figures/compareFigures';
import { figureOf } from './helpers';

const key = (text: string, part: string): string | null => figureOf(text, part).key;

describe('Figures: a one-off payment is a bonus', () => {
  it('keys a one-off or one-time payment as a bonus', () => {
    const a = key('Staff will get a one-off payment of £900 each.', '900');
    assert.equal(a, 'money:bonus::');
    assert.equal(key('Staff will get a one-time payment of £900.', '900'), a);
    assert.equal(key('Staff will get a bonus of 800 pounds.', '800'), a);
  });
  it('does not make any payment a bonus', () => {
    assert.equal(key('Staff will get a monthly payment of £900.', '900'), 'money:payment::');
  });
});

describe('Figures: one quantity in different words', () => {
  it('keys money taken dishonestly by the meaning of its verb', () => {
    const a = figureOf('The clerk admitted embezzling £40,000 from the club.', '40,000');
    const b = figureOf('Over two years she pocketed £55,000 of members’ fees.', '55,000');
    assert.equal(a.key, 'money:stolen::');
    assert.equal(b.key, a.key);
    // Two thefts in one article may be two different thefts: only other articles are compared.
    assert.equal(a.confidence, 'unsure');
  });
  it('does not key money after a verb that is not one of taking', () => {
    assert.notEqual(key('The club raised £40,000 at the fair.', '40,000'), 'money:stolen::');
  });
  it('merges newsroom synonyms for a budget gap, and only those', () => {
    assert.equal(key('The trust must close a £7m deficit.', '7m'), 'money:shortfall::');
    assert.equal(key('Ministers admitted a £2bn black hole.', '2bn'), 'money:shortfall::');
    assert.equal(key('The county faces a £4m gap in its budget.', '4m'), 'money:shortfall::');
    assert.equal(key('The firm paid a £90,000 penalty.', '90,000'), key('The firm paid a £95,000 fine.', '95,000'));
    assert.notEqual(key('The firm made a £7m loss.', '7m'), 'money:shortfall::');
  });
});
