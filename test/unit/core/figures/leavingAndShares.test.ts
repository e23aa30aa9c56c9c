import * as assert from 'node:assert/strict';
import { compareFigures } from '../../../../src/core/figures/compareFigures';
import { figureOf } from './helpers';

const key = (text: string, part: string): string | null => figureOf(text, part).key;

describe('Figures: people made to leave their homes', () => {
  it('keys leaving, fleeing or being forced from a dwelling as an evacuation', () => {
    const a = figureOf('The flood forced 140 tenants from their homes overnight.', '140');
    const b = figureOf('About 95 tenants had to leave the estate on Friday.', '95');
    const c = figureOf('Nearly 300 families left their houses as the lava advanced.', '300');
    assert.equal(a.key, 'count:tenant:evacuated::');
    assert.equal(b.key, a.key);
    assert.equal(c.key, 'count:family:evacuated::');
    assert.equal(a.confidence, 'sure');
    assert.equal(compareFigures(a, b), 'disagree');
  });
  it('does not read where people came from as leaving', () => {
    assert.equal(key('Some 40 volunteers from the town searched the woods.', '40')?.includes('evacuated') ?? false, false);
    assert.equal(key('The 12 players left the pitch in protest.', '12')?.includes('evacuated') ?? false, false);
  });
  it('does not date a count by the year of a participle describing another noun', () => {
    assert.equal(key('A fire gutted the mill, a landmark built in 1902, and forced 60 workers from their homes.', '60'), 'count:worker:evacuated::');
    assert.equal(key('The last flood, in 2009, forced 60 workers from their homes.', '60'), 'count:worker:evacuated::in 2009');
  });
});

describe('Figures: a share of a group whose size is given', () => {
  it('keys the share by the group noun past a possessive and the group size', () => {
    assert.equal(key("Only 62 percent of Westbrook's roughly 900 pupils passed the test.", '62'), 'percent:%:of:student::');
    assert.equal(key('About 30 percent of the 1,200 nurses voted.', '30'), 'percent:%:of:nurse::');
  });
  it('treats pupils and students as one group, and a fraction as a share', () => {
    const a = figureOf("Only 81 percent of Westbrook's 700 students are vaccinated.", '81');
    const b = figureOf('Fewer than half of pupils at the academy are vaccinated.', 'half');
    assert.equal(a.key, b.key);
    assert.equal(compareFigures(a, b), 'disagree');
    const c = figureOf('More than three-quarters of pupils at the academy are vaccinated.', 'three-quarters');
    assert.equal(compareFigures(a, c), 'agree');
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
