import * as assert from 'node:assert/strict';
import { compareFigures } from '../../../../src/core/figures/compareFigures';
import { figureOf } from './helpers';

const key = (text: string, part: string): string | null => figureOf(text, part).key;

describe('Figures: the speed at the moment of a crash', () => {
  it('keys a speed when something crashed, however the crash is worded', () => {
    const a = figureOf('Police said the coach was travelling at 62 mph when it overturned.', '62');
    const b = figureOf('Data showed it had been moving at 70 mph when the coach hit the barrier.', '70');
    assert.equal(a.key, 'measure:speed:at:crash');
    assert.equal(b.key, a.key);
    assert.equal(a.confidence, 'sure');
    assert.equal(compareFigures(a, b), 'disagree');
  });
  it('gives no such key to a limit or a speed at no named moment', () => {
    assert.notEqual(key('The limit on that road is 50 mph.', '50'), 'measure:speed:at:crash');
    assert.notEqual(key('The coach was travelling at 62 mph on the motorway.', '62'), 'measure:speed:at:crash');
  });
});

describe('Figures: how long someone stayed somewhere', () => {
  it('keys a stay by where it was', () => {
    const a = figureOf('The raiders spent less than five minutes inside the shop.', 'five minutes');
    const b = figureOf('Cameras show the pair spent about 20 minutes inside.', '20 minutes');
    assert.equal(a.key, 'duration:stay:inside');
    assert.equal(b.key, a.key);
    assert.equal(a.confidence, 'unsure');
    assert.equal(compareFigures(a, b), 'disagree');
  });
  it('keeps stays in different places apart, and a stay with no place unkeyed', () => {
    assert.equal(key('She spent three weeks in hospital.', 'three weeks'), 'duration:stay:in hospital');
    assert.notEqual(key('She spent three weeks in prison.', 'three weeks'), key('She spent three weeks in hospital.', 'three weeks'));
    assert.equal(key('She spent three weeks preparing.', 'three weeks'), null);
  });
});
