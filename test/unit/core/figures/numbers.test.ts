import * as assert from 'node:assert/strict';
import { figureOf, figuresOf } from './helpers';
import { compareFigures } from '../../../../src/core/figures/compareFigures';

const key = (text: string, part: string): string | null => figureOf(text, part).key;

describe('Figures: numbers and number words', () => {
  const value = (text: string, part: string): [number | null, number | null] => {
    const f = figureOf(text, part);
    return [f.low, f.high];
  };
  it('reads digits with thousands separators and decimals', () => {
    assert.deepEqual(value('The company cut 1,200 jobs.', '1,200'), [1200, 1200]);
    assert.deepEqual(value('Turnout was 61.2 percent.', '61.2'), [61.2, 61.2]);
  });
  it('reads scales written out and abbreviated after money', () => {
    assert.equal(figureOf('It has 1.2 million customers.', '1.2 million').value, 1.2e6);
    assert.equal(figureOf('The damage was put at £4.5m.', '£4.5m').value, 4.5e6);
    assert.equal(figureOf('It lost $2.4 million.', '$2.4 million').value, 2.4e6);
    assert.equal(figureOf('Revenue was $2.4bn.', '$2.4bn').value, 2.4e9);
    const dollars = figureOf('It lost 2.4m dollars.', '2.4m');
    assert.equal(dollars.value, 2.4e6);
    assert.equal(dollars.unit, '$');
  });
  it('reads a bare 4.5m as metres, not millions', () => {
    const f = figureOf('The river peaked at 4.5m on Sunday.', '4.5m');
    assert.equal(f.unit, 'm');
    assert.equal(f.value, 4.5);
  });
  it('reads number words', () => {
    assert.equal(figureOf('Three people died.', 'Three').value, 3);
    assert.equal(figureOf('There were twenty-one candidates.', 'twenty-one').value, 21);
    assert.equal(figureOf('It sent a dozen workers to hospital.', 'dozen').value, 12);
    assert.equal(figureOf('It sent two dozen workers to hospital.', 'two dozen').value, 24);
    assert.equal(figureOf('They hired three hundred staff.', 'three hundred').value, 300);
  });
  it('reads vague plurals as intervals', () => {
    assert.deepEqual(value('Hundreds of homes were flooded.', 'Hundreds'), [200, 999]);
    assert.deepEqual(value('Dozens of workers were evacuated.', 'Dozens'), [24, 143]);
  });
  it('reads fractions as shares and as parts of units', () => {
    const half = figureOf('Half of the staff were evacuated.', 'Half');
    assert.equal(half.unit, '%');
    assert.equal(half.value, 50);
    const third = figureOf('A third of the jobs will go.', 'A third');
    assert.ok(Math.abs((third.value ?? 0) - 100 / 3) < 1e-9);
    const mile = figureOf('Residents within half a mile were moved.', 'half a mile');
    assert.equal(mile.unit, 'mi');
    assert.equal(mile.value, 0.5);
  });
  it('does not read "the lower half of the village" as a share', () => {
    assert.equal(figuresOf('Water ran through the lower half of the village.').filter((f) => f.kind === 'percent').length, 0);
  });
  it('reads ordinals, and keys a finishing place', () => {
    assert.equal(figureOf('They finished seventh last season.', 'seventh').key, 'rank:finish');
    assert.equal(figureOf('It was a seventh-place finish.', 'seventh').key, 'rank:finish');
    assert.equal(figureOf('He came 7th in the race.', '7th').value, 7);
  });
  it('reads percentages and percentage points as different units', () => {
    assert.equal(figureOf('Shares fell 11 percent.', '11').unit, '%');
    assert.equal(figureOf('Shares fell 11 per cent.', '11').unit, '%');
    assert.equal(figureOf('Shares fell 11%.', '11').unit, '%');
    assert.equal(figureOf('Support fell 3 percentage points.', '3').unit, 'points');
  });
  it('does not read labels and years as counts', () => {
    assert.equal(figureOf('He will wear the number 9 shirt.', '9').key, null);
    assert.equal(figuresOf('It was founded in 2019 by engineers.').filter((f) => f.kind === 'count').length, 0);
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
