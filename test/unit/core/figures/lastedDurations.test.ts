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

describe("Figures: an outage's length told by its end ('power was restored after N hours')", () => {
  it("keys 'the network was restored after about 80 minutes' like 'the blackout lasted three hours'", () => {
    const a = figureOf('The network was restored after about 80 minutes, the company said.', '80 minutes');
    const b = figureOf('The blackout lasted three hours.', 'three hours');
    assert.equal(a.key, 'duration:outage');
    assert.equal(b.key, a.key);
    assert.equal(a.confidence, 'unsure');
    assert.equal(compareFigures(a, b), 'disagree');
  });
  it("reads 'came back online after N'", () => {
    assert.equal(figureOf('The servers came back online after six hours.', 'six hours').key, 'duration:outage');
  });
  it('does not key a restoration of something that is not a supply', () => {
    assert.equal(figureOf('Order was restored after two hours of clashes.', 'two hours').key, null);
  });
  it('does not key a supply inside a prepositional phrase of another subject', () => {
    assert.equal(figureOf('The crews working on the lines were restored after four hours.', 'four hours').key, null);
  });
});
