import * as assert from 'node:assert/strict';
import { compareFigures } from '../../../../src/core/figures/compareFigures';
import { figureOf } from './helpers';

describe('Figures: a present participle before the count gives its role', () => {
  it("keys 'destroying 11 homes' as 'destroyed nine homes'", () => {
    const a = figureOf('A mudslide swept down the hillside on Sunday, destroying 14 houses.', '14 houses');
    const b = figureOf('The mudslide destroyed 12 houses in Pellow.', '12 houses');
    assert.equal(a.key, 'count:house:destroyed::');
    assert.equal(b.key, a.key);
    assert.equal(a.confidence, 'sure');
    assert.equal(compareFigures(a, b), 'disagree');
  });
  it("keys 'damaging 40 shops' as damaged, not destroyed", () => {
    assert.equal(figureOf('The storm tore through the town, damaging 40 shops.', '40 shops').key, 'count:shop:damaged::');
  });
});

describe('Figures: a past participle before or after the counted noun', () => {
  it("keys 'two parked vans' like 'three vehicles that were parked outside'", () => {
    const a = figureOf('The landslide buried two parked cars on the lane.', 'two');
    const b = figureOf('It crushed three vehicles that were parked outside.', 'three');
    assert.equal(a.key, 'count:parked vehicle:::');
    assert.equal(b.key, a.key);
    assert.equal(compareFigures(a, b), 'disagree');
  });
  it("gives a role to a describing participle: 'nine injured climbers'", () => {
    assert.equal(figureOf('Rescuers reached nine injured climbers before dawn.', 'nine').key, 'count:climber:injured::');
  });
  it("keeps the participle in the key: '40 vaccinated pupils' is not '40 pupils'", () => {
    assert.equal(figureOf('About 40 vaccinated pupils stayed home.', '40').key, 'count:vaccinated pupil:::');
  });
  it('does not read a relative clause that goes on with an object as a description', () => {
    assert.equal(figureOf('The 30 pupils who were tested had fevers.', '30').key, null);
  });
});

describe("Figures: a time noun after the clause's verb is when, not what was counted", () => {
  it("gives no key to 'two died hours later'", () => {
    assert.equal(figureOf('Five walkers were hurt in the rockfall and two died hours later.', 'two').key, null);
  });
  it("gives no key to 'three were killed days after'", () => {
    assert.equal(figureOf('Of the crew, three were killed days after the blast.', 'three').key, null);
  });
  it("still keys 'two people died'", () => {
    assert.equal(figureOf('Two people died in the crash.', 'Two').key, 'count:people:died::');
  });
});
