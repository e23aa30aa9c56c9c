import * as assert from 'node:assert/strict';
import { compareFigures } from '../../../../src/core/figures/compareFigures';
import { figureOf } from './helpers';

describe("Figures: how long a thing lasted ('the blackout lasted N hours')", () => {
  it("keys 'the blackout lasted nearly four hours' like 'a two-hour outage'", () => {
    const a = figureOf('The blackout lasted nearly four hours, the utility said.', 'four hours');
    const b = figureOf('Residents endured a two-hour outage.', 'two-hour');
    assert.equal(a.key, 'duration:outage');
    assert.equal(b.key, a.key);
    assert.equal(a.confidence, 'unsure');
    assert.equal(compareFigures(a, b), 'disagree');
  });
  it("reads 'lasted for' the same way", () => {
    assert.equal(figureOf('The walkout lasted for six days.', 'six days').key, 'duration:strike');
  });
  it("does not read 'over the last three days' as a length", () => {
    assert.equal(figureOf('Prices rose over the last three days.', 'three days').key, null);
  });
  it('gives no key when the subject is a pronoun or a name', () => {
    assert.equal(figureOf('It lasted 40 minutes.', '40 minutes').key, null);
    assert.equal(figureOf('The sitting at Marlow Crown Court lasted 40 minutes.', '40 minutes').key, null);
  });
});
