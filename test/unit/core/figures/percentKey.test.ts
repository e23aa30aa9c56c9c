import * as assert from 'node:assert/strict';
import { compareFigures } from '../../../../src/core/figures/compareFigures';
import { figureOf } from './helpers';

const key = (text: string, part: string): string | null => figureOf(text, part).key;

describe('Figures: pay claims and offers', () => {
  it('keys a percentage demanded, however the demand is worded', () => {
    const a = figureOf('The union is demanding 8% for its members.', '8%');
    const b = figureOf('Nurses are holding out for 6 per cent.', '6 per cent');
    const c = figureOf('The union is asking for 5%.', '5%');
    assert.equal(a.key, 'percent:%:claim::');
    assert.equal(b.key, a.key);
    assert.equal(c.key, a.key);
    assert.equal(a.confidence, 'unsure');
    assert.equal(compareFigures(a, b), 'disagree');
  });
  it('keeps an offer apart from a claim', () => {
    assert.equal(key('Managers offered 3 per cent.', '3 per cent'), 'percent:%:offer::');
    assert.notEqual(key('Managers offered 3 per cent.', '3'), key('The union is demanding 8%.', '8'));
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

describe('Figures: a share of a group whose size is given', () => {
  it('keys the share by the group noun past a possessive and the group size', () => {
    assert.equal(key("Only 62 percent of Westbrook's roughly 900 pupils passed the test.", '62'), 'percent:%:of:student::');
    assert.equal(key('About 30 percent of the 1,200 nurses voted.', '30'), 'percent:%:of:nurse::');
  });
  it('treats pupils and students as one group, and a fraction as a share', () => {
    const a = figureOf("Only 81 percent of Westbrook's 700 students are vaccinated.", '81');
    const b = figureOf('Fewer than half of pupils at the academy are vaccinated.', 'half');
    assert.equal(a.key, b.key);
    assert.equal(compareFigures(a, b), 'disagree');
    const c = figureOf('More than three-quarters of pupils at the academy are vaccinated.', 'three-quarters');
    assert.equal(compareFigures(a, c), 'agree');
  });
});

describe('Figures: a share owned by someone is not a share of all', () => {
  it('reads the owner of a share through a relative clause', () => {
    const f = figureOf('Northline Rail, which runs about a third of the services, said it was sorry.', 'a third');
    assert.equal(f.owner, 'rail');
  });
  it('does not compare one operator\'s share with the share of all that were hit', () => {
    const owned = figureOf('Northline Rail, which runs more than half of the services, apologised.', 'half');
    const all = figureOf('Roughly 30 percent of the services were cancelled on Monday.', '30 percent');
    assert.equal(owned.key, all.key);
    assert.equal(all.ofAll, true);
    assert.equal(compareFigures(owned, all), 'incomparable');
  });
  it('still compares a named winner\'s share with a described winner\'s share', () => {
    const named = figureOf('Okoro took 55 percent of the vote.', '55');
    const described = figureOf('The Labour candidate took 41 percent of the vote.', '41');
    assert.equal(compareFigures(named, described), 'disagree');
  });
  it('still compares two shares of all', () => {
    const a = figureOf('About 30 percent of the services were cancelled.', '30');
    const b = figureOf('More than half of the services were cancelled, the operator said.', 'half');
    assert.equal(compareFigures(a, b), 'disagree');
  });
});
