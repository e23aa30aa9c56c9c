import * as assert from 'node:assert/strict';
import { compareFigures } from '../../../../src/core/figures/compareFigures';
import { figureOf, figuresOf } from './helpers';

const dateOf = (text: string) => figuresOf(text).find((f) => f.kind === 'date')!;

describe('Figures: the verb a date belongs to, however worded', () => {
  it("dates 'will close … from Friday 3 May' by the verb after the modal, and a clinic that shuts closes", () => {
    const a = dateOf('The clinic will close to visitors from Friday 3 May, managers said.');
    const b = dateOf('Last orders before the clinic shuts on Friday, May 10.');
    assert.equal(a.key, 'when:clos:clinic:');
    assert.equal(b.key, a.key);
    assert.equal(compareFigures(a, b), 'disagree');
  });
  it('gives no key to a bare modal', () => {
    assert.equal(dateOf('The clinic will on Friday 3 May.').key, null);
  });
  it('reads a vessel that returned to port and one that docked as one arrival', () => {
    const a = figureOf('A ferry returned to Dover on Tuesday after the storm.', 'Tuesday');
    const b = figureOf('The vessel docked in Dover on Monday evening.', 'Monday');
    assert.equal(a.key, 'when:dock:ship:');
    assert.equal(b.key, a.key);
  });
  it('does not read a vessel that left port as its arrival', () => {
    assert.notEqual(figureOf('The ferry left Dover on Tuesday.', 'Tuesday').key, 'when:dock:ship:');
  });
  it('does not read people who returned as a docking', () => {
    assert.notEqual(figureOf('The climbers returned to the camp on Tuesday.', 'Tuesday').key, 'when:dock:ship:');
  });
});
