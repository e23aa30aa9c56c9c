import * as assert from 'node:assert/strict';
import { compareFigures } from '../../../../src/core/figures/compareFigures';
import { figureOf } from './helpers';

describe('Figures: the depth of a substance is keyed by what it did', () => {
  it('does not compare a depth that buried something with an amount that fell', () => {
    const under = figureOf('The cars were trapped beneath almost three metres of mud.', 'three metres');
    const fell = figureOf('Some 30 centimetres of fresh mud slid down overnight.', '30 centimetres');
    assert.notEqual(under.key, fell.key);
    assert.equal(compareFigures(under, fell), 'incomparable');
  });
  it('still compares two amounts that fell, and two depths that covered', () => {
    const a = figureOf('About 20 inches of fresh snow fell on the pass.', '20 inches');
    const b = figureOf('Nearly 90 cm of snow fell on the pass.', '90 cm');
    assert.equal(a.key, b.key);
    assert.equal(compareFigures(a, b), 'disagree');
    const c = figureOf('The hut lay under 4 metres of ice.', '4 metres');
    const d = figureOf('The hut lay buried beneath about 12 feet of ice.', '12 feet');
    assert.equal(c.key, d.key);
  });
  it('keeps a depth with no such word apart from both', () => {
    const bare = figureOf('Engineers measured 3 metres of silt in the harbour.', '3 metres');
    const under = figureOf('The wreck sits under 5 metres of silt.', '5 metres');
    assert.notEqual(bare.key, under.key);
  });
});

describe('Figures: a share owned by someone is not a share of all', () => {
  it('reads the owner of a share through a relative clause', () => {
    const f = figureOf('Northline Rail, which runs about a third of the services, said it was sorry.', 'a third');
    assert.equal(f.owner, 'rail');
  });
  it('does not compare one operator\'s share with the share of all that were hit', () => {
    const owned = figureOf('Northline Rail, which runs more than half of the services, apologised.', 'half');
    const all = figureOf('Roughly 30 percent of the services were cancelled on Monday.', '30 percent');
    assert.equal(owned.key, all.key);
    assert.equal(all.ofAll, true);
    assert.equal(compareFigures(owned, all), 'incomparable');
  });
  it('still compares a named winner\'s share with a described winner\'s share', () => {
    const named = figureOf('Okoro took 55 percent of the vote.', '55');
    const described = figureOf('The Labour candidate took 41 percent of the vote.', '41');
    assert.equal(compareFigures(named, described), 'disagree');
  });
  it('still compares two shares of all', () => {
    const a = figureOf('About 30 percent of the services were cancelled.', '30');
    const b = figureOf('More than half of the services were cancelled, the operator said.', 'half');
    assert.equal(compareFigures(a, b), 'disagree');
  });
});
