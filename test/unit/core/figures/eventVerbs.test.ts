import * as assert from 'node:assert/strict';
import { compareFigures } from '../../../../src/core/figures/compareFigures';
import { figureOf } from './helpers';

const key = (text: string, part: string): string | null => figureOf(text, part).key;

describe('Figures: the time of an event worded with different verbs', () => {
  it('times a derailment alike however the story words it', () => {
    const a = figureOf('Nine wagons derailed at about 4:20 a.m. near the depot.', '4:20');
    const b = figureOf('The freight train left the rails shortly after 6 a.m. near the depot.', '6 a.m.');
    const c = figureOf('The last coach came off the tracks at 5 a.m.', '5 a.m.');
    assert.equal(a.key, 'time:event:crash');
    assert.equal(b.key, a.key);
    assert.equal(c.key, a.key);
    assert.equal(compareFigures(a, b), 'disagree');
  });
  it('times a break-in alike however the story words it', () => {
    const a = key('Burglars forced open a side door at about 2am.', '2am');
    assert.equal(a, 'time:event:break-in');
    assert.equal(key('The burglars got in through a vent at 4am.', '4am'), a);
    assert.equal(key('The gang broke in shortly before 1am.', '1am'), a);
  });
  it('dates a closure alike when a road is shut or barriers go up', () => {
    const a = key('Highways officials shut the flyover at 9pm on Monday.', '9pm');
    assert.equal(a, 'when:event:closure');
    assert.equal(key('Barriers went up at 7pm on Monday, officials said.', '7pm'), a);
  });
  it('does not take a reopening or an unrelated verb for the event', () => {
    assert.notEqual(key('Highways officials reopened the flyover at 9pm on Monday.', '9pm'), 'when:event:closure');
    assert.notEqual(key('The guard left the station at 6 a.m.', '6 a.m.'), 'time:event:crash');
    assert.notEqual(key('The manager got the keys at 6 a.m.', '6 a.m.'), 'time:event:break-in');
  });
});
