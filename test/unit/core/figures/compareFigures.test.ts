import * as assert from 'node:assert/strict';
import { compareFigures } from '../../../../src/core/figures/compareFigures';
import { figureOf } from './helpers';

const key = (text: string, part: string): string | null => figureOf(text, part).key;

describe('Figures: comparison', () => {
  const compare = (a: [string, string], b: [string, string]) => compareFigures(figureOf(...a), figureOf(...b));
  it('a rounded approximation agrees with a nearby exact figure', () => {
    assert.equal(compare(['About 200 ballots were spoiled.', '200'], ['A total of 210 ballots were spoiled.', '210']), 'agree');
  });
  it('a lower bound disagrees with an approximation below it', () => {
    assert.equal(compare(['More than 300 volunteers counted votes.', '300'], ['Around 250 volunteers counted votes.', '250']), 'disagree');
  });
  it('a bound at exactly a plain figure agrees with it; two bounds meeting from either side do not', () => {
    assert.equal(compare(['More than 300 volunteers counted votes.', '300'], ['A total of 300 volunteers counted votes.', '300']), 'agree');
    assert.equal(compare(['More than 300 volunteers counted votes.', '300'], ['Fewer than 300 volunteers counted votes.', '300']), 'disagree');
  });
  it('a lower bound agrees with an approximation above it', () => {
    assert.equal(compare(['More than 380 homes were flooded.', '380'], ['About 400 homes were flooded.', '400']), 'agree');
  });
  it('nearly agrees with about', () => {
    assert.equal(compare(['It has nearly 10,000 staff.', '10,000'], ['It has about 9,800 staff.', '9,800']), 'agree');
  });
  it('about does not stretch to a far figure', () => {
    assert.equal(compare(['It will cut about 1,200 jobs.', '1,200'], ['It will cut 1,500 jobs.', '1,500']), 'disagree');
  });
  it('a number word disagrees with a different numeral', () => {
    assert.equal(compare(['It sent 14 workers to hospital.', '14'], ['It sent a dozen workers to hospital.', 'dozen']), 'disagree');
    assert.equal(compare(['Three coastguard helicopters flew.', 'Three'], ['3 coastguard helicopters flew.', '3']), 'agree');
  });
  it('converts units, allowing for the rounding of a conversion', () => {
    assert.equal(compare(['It stretched along 80 kilometres of the valley.', '80'], ['It stretched along 50 miles of the valley.', '50']), 'agree');
    assert.equal(compare(['It stretched along 80 kilometres of the valley.', '80'], ['It stretched along 30 miles of the valley.', '30']), 'disagree');
    assert.equal(compare(['It was seen from 30 kilometres away.', '30'], ['It was visible almost 19 miles away.', '19']), 'agree');
    assert.equal(compare(['Residents within 5 kilometres of the dam left.', '5'], ['Residents within three miles of the dam left.', 'three']), 'agree');
    assert.equal(compare(['It dumped 120 millimetres of rain in 24 hours.', '120'], ['It dumped nearly 12 centimetres of rain in a day.', '12']), 'agree');
  });
  it("a converted figure stated with 'about' keeps its own interval, without a conversion slack on top", () => {
    const asOne = (a: [string, string], b: [string, string]) => compareFigures({ ...figureOf(...a), key: 'speed' }, { ...figureOf(...b), key: 'speed' });
    assert.equal(asOne(['The coach was travelling at about 70 mph.', '70'], ['The coach was doing 90 km/h.', '90']), 'disagree');
    assert.equal(asOne(['The coach was travelling at about 70 mph.', '70'], ['The coach was doing 105 km/h.', '105']), 'agree');
  });
  it('the same unit is compared exactly: 80 km is not 75 km', () => {
    assert.equal(compare(['It stretched along 80 kilometres of the valley.', '80'], ['It stretched along 75 kilometres of the valley.', '75']), 'disagree');
  });
  it('the same money in two styles agrees', () => {
    assert.equal(compare(['It estimated the damage at £4.5 million.', '4.5'], ['It puts the damage at £4.5m.', '4.5m']), 'agree');
  });
  it('percent and per cent are one unit; a value just over agrees', () => {
    assert.equal(compare(['Turnout was 61.2 percent.', '61.2'], ['It won on a turnout of just over 61 per cent.', '61']), 'agree');
    assert.equal(compare(['Hale took 52.4 percent of the vote.', '52.4'], ['The candidate took 48.6 per cent of the vote.', '48.6']), 'disagree');
  });
  it('two named owners of one kind of share are not compared', () => {
    assert.equal(compare(['Hale took 52.4 percent of the vote.', '52.4'], ['Okafor took 38.1 percent of the vote.', '38.1']), 'incomparable');
  });
  it('ages of one person are compared, of two people not', () => {
    assert.equal(compare(['Peter Lund, a 67-year-old farmer, died.', '67'], ['Peter Lund, 76, died.', '76']), 'disagree');
    assert.equal(compare(['Peter Lund, 67, died.', '67'], ['Hannah Greer, 34, survived.', '34']), 'incomparable');
    assert.equal(compare(['Peter Lund, 67, died.', '67'], ['His daughter Karen Lund, 41, spoke.', '41']), 'incomparable');
    assert.equal(compare(['Peter Lund, 67, died.', '67'], ['Lund, 76, was a farmer.', '76']), 'disagree');
  });
  it('weekdays of the same event disagree; a night and the early hours after it agree', () => {
    assert.equal(compare(['A fire swept through the plant on Tuesday.', 'Tuesday'], ['A blaze ripped through the plant on Wednesday.', 'Wednesday']), 'disagree');
    assert.equal(compare(['A fire swept through the plant late on Saturday night.', 'Saturday'], ['A blaze ripped through the plant in the early hours of Sunday.', 'Sunday']), 'agree');
  });
  it('a weekday against a date that falls on another weekday disagrees', () => {
    // 12 March 2024 was a Tuesday.
    assert.equal(compare(['A fire swept through the plant on 12 March 2024.', 'March'], ['A blaze ripped through the plant on Tuesday.', 'Tuesday']), 'agree');
    assert.equal(compare(['A fire swept through the plant on 12 March 2024.', 'March'], ['A blaze ripped through the plant on Wednesday.', 'Wednesday']), 'disagree');
  });
  it('months of the same completion disagree', () => {
    assert.equal(compare(['The cuts will be completed by the end of March.', 'March'], ['The job cuts would be completed by the end of June.', 'June']), 'disagree');
  });
  it('never compares different quantities that share a number or a unit', () => {
    assert.equal(compare(['About 60 firefighters were at the scene.', '60'], ['Around 60 tonnes of resin were stored.', '60']), 'incomparable');
    assert.equal(compare(['The plant employs about 240 people.', '240'], ['Around 240 tonnes of pellets were stored.', '240']), 'incomparable');
    assert.equal(compare(['It will close 40 stores.', '40'], ['Around 40 percent of the job losses are in Ohio.', '40']), 'incomparable');
    assert.equal(compare(['Residents within 800 metres of the site left.', '800'], ['It was seen from 30 kilometres away.', '30']), 'incomparable');
    assert.equal(compare(['Crews carried out 150 rescues in 48 hours.', '150'], ['Crews carried out 90 rescues in 24 hours.', '90']), 'incomparable');
  });
  it('a zero from a negation is left to the contradiction rule', () => {
    assert.equal(compare(['No firefighters were hurt.', 'No firefighters'], ['Two firefighters were hurt.', 'Two']), 'incomparable');
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
