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

describe('Figures: a sum named by the verb that pays or costs it', () => {
  it('keys "cost the county about $48,000" and "costing £21 million" as the noun "a cost of …" is keyed', () => {
    const noun = figureOf('The new school will be built at a cost of £18.5m.', '18.5m');
    const verb = figureOf('The new school, costing £21 million, opens in 2028.', '21 million');
    const withObject = figureOf('The recount cost the county about $48,000.', '48,000');
    assert.equal(noun.key, 'money:cost::');
    assert.equal(verb.key, noun.key);
    assert.equal(withObject.key, noun.key);
    // Two payments in one article may be two: only other articles' mentions are compared.
    assert.equal(verb.confidence, 'unsure');
  });
  it('keys a verb of paying by its lemma', () => {
    assert.equal(key('The council paid the contractor $3m for the work.', '3m'), 'money:pay::');
    assert.equal(key('Residents donated $12,000 to the fund.', '12,000'), 'money:donate::');
  });
  it('does not key a sum after a verb of another class, or after the noun of the act', () => {
    assert.equal(key('The mayor announced $3m for the parks.', '3m'), null);
    assert.equal(key('The cost £3m more than planned.', '3m'), null);
  });
});
