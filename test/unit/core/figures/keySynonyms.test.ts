import * as assert from 'node:assert/strict';
import { compareFigures } from '../../../../src/core/figures/compareFigures';
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

describe('Figures: the peak of something', () => {
  it("reads 'up to' after a peak word as the peak itself", () => {
    const a = figureOf('The gale brought gusts of up to 70mph to the coast.', '70mph');
    assert.equal(a.low, 70);
    assert.equal(a.high, 70);
    const b = figureOf('Gales brought gusts of 150 km/h to the coast.', '150');
    assert.equal(a.key, b.key);
    assert.equal(compareFigures(a, b), 'disagree'); // 150 km/h is 93 mph
  });
  it("keeps 'up to' as a bound when nothing names a peak", () => {
    const f = figureOf('Forecasters expect up to 40mm of rain overnight.', '40mm');
    assert.equal(f.low, 0);
    assert.equal(f.high, 40);
  });
});

describe('Figures: what a counted group is', () => {
  it('does not take a role from a word of a place name', () => {
    assert.equal(key('Four nurses at Riverside General Hospital have been diagnosed with flu.', 'Four'), 'count:nurse:infected::');
    assert.notEqual(key('Ten nurses at Riverside General Hospital signed the letter.', 'Ten'), 'count:nurse:hospital::');
  });
  it('keys people diagnosed with or contracting a disease alike', () => {
    assert.equal(key('Six pupils contracted measles.', 'Six'), key('Eight pupils were diagnosed with measles.', 'Eight'));
  });
  it('gives no key to a group restricted by a clause with no known role', () => {
    assert.equal(key('The school wrote to 30 pupils who were absent on Friday.', '30'), null);
    assert.equal(key('The school wrote to 30 pupils that had left early.', '30'), null);
    assert.notEqual(key('The school wrote to 30 pupils who were absent on Friday.', '30'), key('Twelve pupils visited the farm.', 'Twelve'));
  });
});

describe('Figures: events and durations named by verbs', () => {
  it('dates a verdict alike however it is worded', () => {
    const a = key('A teacher from the village of Marl was found guilty on Monday of fraud.', 'Monday');
    assert.equal(a, 'when:event:verdict');
    assert.equal(key('Mr Pike was convicted at Marl Crown Court on Tuesday after a short trial.', 'Tuesday'), a);
    assert.equal(key('The jury reached its verdict on Tuesday.', 'Tuesday'), a);
  });
  it('does not take any finding for a verdict', () => {
    assert.notEqual(key('The dog was found on Monday in a field.', 'Monday'), 'when:event:verdict');
    assert.notEqual(key('He was jailed on Friday.', 'Friday'), 'when:event:verdict');
  });
  it('keys how long an action lasted by the stem of its verb', () => {
    const a = figureOf('The panel ruled after deliberating for six hours.', 'six hours');
    assert.equal(a.key, 'duration:deliberat');
    assert.equal(a.confidence, 'unsure');
    assert.equal(key('The panel had deliberated for about eight hours.', 'eight'), a.key);
    assert.notEqual(key('The panel waited for six hours.', 'six'), a.key);
    assert.equal(key('The panel sat for six hours.', 'six'), null);
  });
});

describe('Figures: arrests are not one event', () => {
  it('keeps arrests on different days apart', () => {
    assert.notEqual(key('Police arrested 12 people on Saturday.', 'Saturday'), 'when:event:arrest');
  });
});

describe('Figures: nouns counted and measured', () => {
  it('counts nouns whose plural is their singular, past an adjective', () => {
    assert.equal(key('The fire killed 40 deer.', '40'), 'count:deer:died::');
    assert.equal(key('About 60 dead deer were found.', '60'), 'count:deer:died::');
    assert.equal(key('Two aircraft were damaged in the hangar.', 'Two'), 'count:aircraft:damaged::');
  });
  it('measures a stretch of a river and of a stream alike, through "one of the"', () => {
    const a = key('Oil coated a four-mile stretch of the river.', 'four-mile');
    assert.equal(a, 'measure:length:of:river:');
    assert.equal(key('Oil coated a 5km stretch of one of the valley’s clearest streams.', '5km'), a);
    assert.notEqual(key('Oil coated a 5km stretch of the canal.', '5km'), a);
  });
});

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
