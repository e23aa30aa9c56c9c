import * as assert from 'node:assert/strict';
import { compareFigures } from '../../../../src/core/figures/compareFigures';
import { figureOf } from './helpers';

const key = (text: string, part: string): string | null => figureOf(text, part).key;
/** A duration's key and the act it times ('duration:act/outage'). */
const what = (text: string, part: string): string | null => {
  const f = figureOf(text, part);
  return f.act ? `${f.key}/${f.act}` : f.key;
};

describe("Figures: how long a thing lasted ('the blackout lasted N hours')", () => {
  it("keys 'the blackout lasted nearly four hours' like 'a two-hour outage'", () => {
    const a = figureOf('The blackout lasted nearly four hours, the utility said.', 'four hours');
    const b = figureOf('Residents endured a two-hour outage.', 'two-hour');
    assert.equal(`${a.key}/${a.act}`, 'duration:act/outage');
    assert.equal(`${b.key}/${b.act}`, `${a.key}/${a.act}`);
    assert.equal(a.confidence, 'unsure');
    assert.equal(compareFigures(a, b), 'disagree');
  });
  it("reads 'lasted for' the same way", () => {
    assert.equal(what('The walkout lasted for six days.', 'six days'), 'duration:act/strike');
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
    assert.equal(what('The network was restored after about 80 minutes, the company said.', '80 minutes'), 'duration:act/outage');
    assert.equal(`${b.key}/${b.act}`, `${a.key}/${a.act}`);
    assert.equal(a.confidence, 'unsure');
    assert.equal(compareFigures(a, b), 'disagree');
  });
  it("reads 'came back online after N'", () => {
    assert.equal(what('The servers came back online after six hours.', 'six hours'), 'duration:act/outage');
  });
  it('does not key a restoration of something that is not a supply as an outage', () => {
    assert.equal(what('Order was restored after two hours of clashes.', 'two hours'), 'duration:act/clashes');
  });
  it('does not key a supply inside a prepositional phrase of another subject', () => {
    assert.equal(figureOf('The crews working on the lines were restored after four hours.', 'four hours').key, null);
  });
});

describe('Figures: events and durations named by verbs', () => {
  it('keys how long an action lasted by the lemma of its verb', () => {
    const a = figureOf('The panel ruled after deliberating for six hours.', 'six hours');
    assert.equal(`${a.key}/${a.act}`, 'duration:act/deliberate');
    assert.equal(a.confidence, 'unsure');
    assert.equal(what('The panel had deliberated for about eight hours.', 'eight'), 'duration:act/deliberate');
    assert.equal(what('The panel waited for six hours.', 'six'), 'duration:act/wait');
    assert.equal(key('The panel sat for six hours.', 'six'), null);
  });
  it("reads a phrasal verb WordNet knows: 'walked out for eight days'", () => {
    assert.equal(what('Staff walked out for eight days.', 'eight days'), 'duration:act/walk out');
    assert.equal(key('Staff went in for eight days.', 'eight days'), null);
  });
  it("keys 'three days of talks' by the noun as written", () => {
    assert.equal(what('After three days of talks, the union agreed.', 'three days'), 'duration:act/talks');
    assert.equal(key('It was three days of May.', 'three days'), null);
  });
});

describe('Figures: how long something was in a state', () => {
  it("keys 'after N hours on the run' as a stay", () => {
    const a = figureOf('The prisoner was caught after nearly 30 hours on the run.', '30 hours');
    const b = figureOf('He was recaptured after about 12 hours on the run, police said.', '12 hours');
    assert.equal(a.key, 'duration:stay:on run');
    assert.equal(b.key, a.key);
    assert.equal(compareFigures(a, b), 'disagree');
  });
  it('gives no stay key without the leading preposition or the article', () => {
    assert.notEqual(key('It took 30 hours on the run to reach the coast.', '30 hours'), 'duration:stay:on run');
    assert.notEqual(key('He was caught after 30 hours on patrol.', '30 hours'), 'duration:stay:on patrol');
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

describe('Durations: a share of one unit', () => {
  it("reads 'three-quarters of an hour' as 45 minutes, written apart or hyphenated", () => {
    for (const [text, part] of [['The lockdown lasted roughly three-quarters of an hour.', 'three'], ['Staff described a three-quarters-of-an-hour lockdown.', 'three']]) {
      const f = figureOf(text, part);
      assert.equal(f.kind, 'duration', text);
      assert.equal(f.unit, 'h', text);
      assert.equal(f.value, 0.75, text);
    }
  });
  it('still reads a share of a group as a share', () => {
    assert.equal(figureOf('Half of the staff left.', 'Half').kind, 'percent');
  });
});
