import * as assert from 'node:assert/strict';
import { compareFigures } from '../../../../src/core/figures/compareFigures';
import { figureOf } from './helpers';

const key = (text: string, part: string): string | null => figureOf(text, part).key;

describe('Figures: ages of a person described, not named', () => {
  it('keys the age by the person noun and what happened to them, in both styles', () => {
    const a = figureOf('The bus hit two people; one, a 72-year-old woman, has died.', '72');
    assert.equal(a.key, 'age:woman:died');
    assert.equal(a.confidence, 'unsure');
    const b = figureOf('A woman aged 75 died at the scene.', '75');
    assert.equal(b.kind, 'age');
    assert.equal(b.key, a.key);
    assert.equal(compareFigures(a, b), 'disagree');
  });
  it('gives no key when nothing says what happened to the person', () => {
    assert.equal(key('A 40-year-old man was questioned.', '40'), null);
    assert.equal(key('A man aged 40 gave evidence.', '40'), null);
  });
  it('gives no key when the article describes two such people', () => {
    const text = 'A woman aged 75 died on Monday.\nLater a 60-year-old woman died in hospital.';
    assert.equal(figureOf(text, '75').key, null);
    assert.equal(figureOf(text, '60').key, null);
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

describe('Figures: ages by other shapes', () => {
  it("reads 'turned 30' as the age of the verb's subject", () => {
    assert.equal(key('Kemala, who turned 30 in March, travelled far.', '30'), 'age:kemala');
    assert.equal(key('Luis Ortega turns 45 next week.', '45'), 'age:ortega');
    assert.equal(figureOf('Luis Ortega turned thirty last month.', 'thirty').kind, 'age');
  });
  it("reads no age where 'turned' takes a measure or a count", () => {
    assert.notEqual(figureOf('The ship turned 30 degrees to port.', '30').kind, 'age');
    assert.notEqual(figureOf('The club turned 30 players away.', '30').kind, 'age');
  });
  it('does not give an age that is its clause\'s subject to a name before the comma', () => {
    assert.equal(key('At his home outside Delft, the 61-year-old admitted it.', '61'), null);
    assert.equal(key('Pieter van Aalst, a 61-year-old professor, admitted it.', '61'), 'age:aalst');
  });
});
