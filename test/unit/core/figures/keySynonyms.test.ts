import * as assert from 'node:assert/strict';
import { figureOf } from './helpers';

const key = (text: string, part: string): string | null => figureOf(text, part).key;

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

describe('Figures: a change by a percentage, keyed by its subject', () => {
  it('keys a cut and a fall in spending alike, by the noun before the head', () => {
    const a = key('Museum budgets will be cut by 5 per cent next spring.', '5 per cent');
    assert.equal(a, key('Museum spending is set to fall by 8%.', '8%'));
    assert.equal(a, key('Museum funding was slashed by 7%.', '7%'));
    assert.equal(a, 'percent:%:museum budget:fall:');
  });
  it('keeps different budgets and different directions apart', () => {
    assert.notEqual(key('Museum budgets will be cut by 5 per cent.', '5'), key('Park budgets will be cut by 5 per cent.', '5'));
    assert.notEqual(key('Museum spending will fall by 5%.', '5'), key('Museum spending will rise by 5%.', '5'));
  });
});
