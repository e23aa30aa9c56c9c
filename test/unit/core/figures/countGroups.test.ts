import * as assert from 'node:assert/strict';
import { compareFigures } from '../../../../src/core/figures/compareFigures';
import { figureOf } from './helpers';

const key = (text: string, part: string): string | null => figureOf(text, part).key;

describe('Figures: what a counted group is made of', () => {
  it('gives no key to a count listed in the make-up of a whole', () => {
    assert.equal(key('The convoy, with three tankers and 40 lorries, left at dawn.', '40'), null);
    assert.equal(key('The convoy had 40 lorries and three tankers.', '40'), null);
  });
  it('keeps the key of a count that is not in a list', () => {
    assert.equal(key('Forty lorries overturned on the bypass.', 'Forty'), 'count:lorry:::');
  });
  it('keys a noun before the head as part of what is counted', () => {
    assert.equal(key('Two fuel lorries were leaking.', 'Two'), 'count:fuel lorry:::');
    assert.notEqual(key('Two fuel lorries were leaking.', 'Two'), key('Nine lorries overturned.', 'Nine'));
  });
  it('does not take a word that may be an adjective (by its ending) for a kind of the head', () => {
    assert.equal(key('Nine empty lorries overturned.', 'Nine'), 'count:lorry:::');
    assert.equal(key('Nine delivery lorries overturned.', 'Nine'), 'count:lorry:::');
  });
});

describe('Figures: bounds on both sides', () => {
  it("compares the ceilings when both mentions say 'up to'", () => {
    const a = figureOf('Some beams had lost up to 35 per cent of their width.', '35');
    const b = figureOf('Some beams lost up to 20 per cent of their width.', '20');
    assert.equal(a.key, b.key);
    assert.equal(compareFigures(a, b), 'disagree');
  });
  it("still reads one 'up to' as a bound against a plain figure", () => {
    const a = figureOf('Some beams had lost up to 35 per cent of their width.', '35');
    const b = figureOf('Some beams lost 20 per cent of their width.', '20');
    assert.equal(compareFigures(a, b), 'agree');
  });
});

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

describe("Figures: 'a score of'", () => {
  it('reads a score of things as twenty of them', () => {
    const a = figureOf('The storm left a score of small boats stranded.', 'score');
    assert.equal(a.value, 20);
    assert.equal(a.key, 'count:boat:::');
  });
  it("does not read 'scores of' or a match result as twenty", () => {
    assert.ok(!(figureOf('Scores of boats were stranded, and 40 crew.', '40').value === 20));
    assert.equal(figureOf('It ended with a score of 3 goals to one.', '3').value, 3);
  });
});
