import * as assert from 'node:assert/strict';
import { figureOf } from './helpers';

describe('Figures: qualifiers become intervals', () => {
  const interval = (text: string, part: string) => {
    const f = figureOf(text, part);
    return { low: Math.round((f.low ?? NaN) * 1000) / 1000, high: f.high, lowOpen: f.lowOpen, highOpen: f.highOpen, qualifier: f.qualifier };
  };
  it('about, approximately, around, roughly and some widen both ways', () => {
    for (const q of ['about', 'approximately', 'around', 'roughly', 'some']) {
      const i = interval(`There were ${q} 200 volunteers.`, '200');
      assert.equal(i.qualifier, 'about', q);
      assert.equal(i.low, 180, q);
      assert.ok(Math.abs((i.high ?? 0) - 220) < 1e-9, q);
    }
  });
  it('nearly and almost reach up to the number', () => {
    for (const q of ['nearly', 'almost']) {
      const i = interval(`There were ${q} 10,000 staff.`, '10,000');
      assert.equal(i.low, 9000);
      assert.equal(i.high, 10000);
    }
  });
  it('more than and over are open lower bounds; at least is closed', () => {
    assert.deepEqual(interval('There were more than 300 volunteers.', '300'), { low: 300, high: Infinity, lowOpen: true, highOpen: false, qualifier: 'more than' });
    assert.equal(interval('There were over 300 volunteers.', '300').lowOpen, true);
    assert.deepEqual(interval('There were at least 300 volunteers.', '300'), { low: 300, high: Infinity, lowOpen: false, highOpen: false, qualifier: 'at least' });
  });
  it('up to, at most, fewer than and under are upper bounds', () => {
    assert.equal(interval('Up to 50 workers were evacuated.', '50').high, 50);
    assert.equal(interval('At most 50 workers were evacuated.', '50').high, 50);
    const fewer = interval('Fewer than 50 workers were evacuated.', '50');
    assert.equal(fewer.high, 50);
    assert.equal(fewer.highOpen, true);
    assert.equal(interval('Under 50 workers were evacuated.', '50').highOpen, true);
  });
  it('"over" before a number word is a preposition, not a qualifier', () => {
    assert.equal(figureOf('There was a dispute over two ballot boxes.', 'two').qualifier, null);
  });
  it('reads ranges', () => {
    assert.deepEqual([figureOf('Between 10 and 12 people were hurt.', '10').low, figureOf('Between 10 and 12 people were hurt.', '10').high], [10, 12]);
    const dash = figureOf('It sent 10-12 workers to hospital.', '10');
    assert.deepEqual([dash.low, dash.high, dash.qualifier], [10, 12, 'range']);
    const scaled = figureOf('It will cost $4.5 to $5 million.', '4.5');
    assert.deepEqual([scaled.low, scaled.high], [4.5e6, 5e6]);
  });
  it('a 3-1 score is not a range', () => {
    assert.notEqual(figureOf('They won 3-1 at home.', '3').qualifier, 'range');
  });
});
