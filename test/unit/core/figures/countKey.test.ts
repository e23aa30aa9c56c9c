import * as assert from 'node:assert/strict';
import { compareFigures } from '../../../../src/core/figures/compareFigures';
import { figureOf } from './helpers';

const key = (text: string, part: string): string | null => figureOf(text, part).key;

describe('Figures: what a counted group is made of', () => {
  it('gives no key to a count listed in the make-up of a whole', () => {
    assert.equal(key('The convoy, with three tankers and 40 lorries, left at dawn.', '40'), null);
    assert.equal(key('The convoy had 40 lorries and three tankers.', '40'), null);
  });
  it('keys a count told something: after a verb of telling, "that" opens what they were told', () => {
    assert.equal(key('The health system began notifying roughly 184,000 patients that their records were taken.', '184,000'), 'count:patient:::');
    assert.equal(key('Managers told 40 drivers that the depot would close.', '40'), 'count:driver:::');
  });
  it('gives no key to a count restricted by a "that" clause after any other verb', () => {
    assert.equal(key('Inspectors counted 300 patients that the council housed in May.', '300'), null);
  });
  it('keys the part of a partitive as its whole when the whole\'s clause says what happened to it', () => {
    assert.equal(key('Five of the town\'s 14 libraries will close next year.', 'Five'), key('Four libraries will close next year.', 'Four'));
    assert.notEqual(key('Five of the town\'s 14 libraries will close next year.', 'Five'), null);
    // No role: the part may be any subset of the whole.
    assert.equal(key('Five of the town\'s 14 libraries are listed buildings.', 'Five'), null);
    assert.equal(key('Three of its 900 staff spoke to reporters.', 'Three'), null);
  });
  it('gives no key to a count restricted by a relative clause with no relative word', () => {
    assert.equal(key('In the five games he played, Hansbrough averaged 22 points.', 'five'), null);
    assert.equal(key('Of the 40 passes they threw, most fell short.', '40'), null);
    // A pronoun that starts the next clause after a comma restricts nothing.
    assert.equal(key('He missed four games, he said.', 'four'), 'count:game:::');
  });
  it('gives no key to the second number of a score', () => {
    assert.equal(key('Friday night\'s 88-72 loss in Cleveland was the last straw.', '72'), null);
    assert.notEqual(key('The 76ers have 72 losses in Cleveland.', '72'), null);
  });
  it('keeps the key of a count that is not in a list', () => {
    assert.equal(key('Forty lorries overturned on the bypass.', 'Forty'), 'count:lorry:::');
  });
  it('keys a noun before the head as part of what is counted', () => {
    assert.equal(key('Two fuel lorries were leaking.', 'Two'), 'count:fuel lorry:::');
    assert.notEqual(key('Two fuel lorries were leaking.', 'Two'), key('Nine lorries overturned.', 'Nine'));
  });
  it('does not take a word that may be an adjective (by its ending) for a kind of the head', () => {
    assert.equal(key('Nine empty lorries overturned.', 'Nine'), 'count:lorry:::');
    assert.equal(key('Nine delivery lorries overturned.', 'Nine'), 'count:lorry:::');
  });
});

describe('Figures: what a counted group is', () => {
  it('does not take a role from a word of a place name', () => {
    assert.equal(key('Four nurses at Riverside General Hospital have been diagnosed with flu.', 'Four'), 'count:nurse:infected::');
    assert.notEqual(key('Ten nurses at Riverside General Hospital signed the letter.', 'Ten'), 'count:nurse:hospital::');
  });
  it('keys people diagnosed with or contracting a disease alike', () => {
    assert.equal(key('Six pupils contracted measles.', 'Six'), key('Eight pupils were diagnosed with measles.', 'Eight'));
  });
  it('gives no key to a group restricted by a clause with no known role', () => {
    assert.equal(key('The school wrote to 30 pupils who were absent on Friday.', '30'), null);
    assert.equal(key('The school wrote to 30 pupils that had left early.', '30'), null);
    assert.notEqual(key('The school wrote to 30 pupils who were absent on Friday.', '30'), key('Twelve pupils visited the farm.', 'Twelve'));
  });
});

describe('Figures: nouns counted and measured', () => {
  it('counts nouns whose plural is their singular, past an adjective', () => {
    assert.equal(key('The fire killed 40 deer.', '40'), 'count:deer:died::');
    assert.equal(key('About 60 dead deer were found.', '60'), 'count:deer:died::');
    assert.equal(key('Two aircraft were damaged in the hangar.', 'Two'), 'count:aircraft:damaged::');
  });
});

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

describe('Figures: counts in a list of who was on board', () => {
  const key = (text: string, part: string): string | null => figureOf(text, part).key;
  it('keys each count of a carried list by its own noun', () => {
    assert.equal(key('A coach carrying 41 pupils and three teachers overturned on the bypass.', '41'), 'count:pupil:aboard::');
    assert.equal(key('A coach carrying 41 pupils and three teachers overturned on the bypass.', 'three'), 'count:teacher:aboard::');
  });
  it("keys a list after 'with' only when it is on board", () => {
    assert.equal(key('The jet landed safely with 212 passengers and nine crew on board.', '212'), 'count:passenger:aboard::');
    assert.equal(key('The jet landed safely with 212 passengers and nine crew on board.', 'nine'), 'count:crew:aboard::');
    assert.equal(key('The jet landed with 212 passengers and nine crew members aboard.', '212'), 'count:passenger:aboard::');
  });
  it("must not key a town's population or a plain 'with'", () => {
    assert.equal(key('Arnley is a village with 900 residents and two shops.', '900'), null);
    assert.notEqual(key('The minibus, with 14 pupils, arrived late.', '14'), 'count:pupil:aboard::');
  });
});

describe('Figures: a number joined to a noun counts the parts of a whole', () => {
  const key = (text: string, part: string): string | null => figureOf(text, part).key;
  it("keys 'a 22-pylon power line' like 'erect 18 pylons'", () => {
    assert.equal(key('Planners approved a 22-pylon power line across the moor.', '22'), 'count:pylon:whole::');
    assert.equal(key('The utility wants to erect 18 pylons across the moor.', '18'), 'count:pylon:whole::');
    assert.equal(key('Builders plan a 120-bed care home.', '120'), 'count:bed:whole::');
  });
  it('leaves a crowd size, a score and a moved part unkeyed as a whole', () => {
    assert.equal(key('A 4,000-strong crowd watched the match.', '4,000'), null);
    assert.notEqual(key('The board agreed to move three pylons away from the lake.', 'three'), 'count:pylon:whole::');
    assert.notEqual(key('They celebrated a 12-year record.', '12'), 'count:year:whole::');
  });
  it('keeps the making verb unsure, so one article may give several parts', () => {
    assert.equal(figureOf('The utility wants to erect 18 pylons across the moor.', '18').confidence, 'unsure');
  });
});

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

describe('Figures: the size of a workforce', () => {
  it('keys workers, employees and staff alike, and a possessed or whole count as the workforce', () => {
    const a = figureOf('The mill’s 250 workers were sent home.', '250');
    const b = figureOf('Managers said they would pay all 520 employees until spring.', '520');
    assert.equal(a.key, 'count:worker:workforce::');
    assert.equal(b.key, a.key);
    assert.equal(a.confidence, 'sure');
    assert.equal(compareFigures(a, b), 'disagree');
  });
  it('leaves a count of workers with no possessive or whole unsure', () => {
    const f = figureOf('About 60 staff joined the picket.', '60');
    assert.equal(f.key, 'count:worker:::');
    assert.equal(f.confidence, 'unsure');
  });
});

describe('Figures: a plural that is spelled like a function word', () => {
  it('keys a count of cans', () => {
    assert.equal(figureOf('The brewery bought 9,000 cans of lager.', '9,000').key, 'count:can:::');
  });
});

describe("Figures: a count after the noun of an act ('the closure of six branches')", () => {
  it('gives the count the role of the act, as the verb would', () => {
    assert.equal(figureOf('Northbank confirmed the closure of six branches.', 'six branches').key, figureOf('Northbank will shut five branches.', 'five branches').key);
    assert.equal(figureOf('The evacuation of 300 residents began.', '300 residents').key, 'count:people:evacuated::');
    assert.equal(figureOf('The university confirmed the loss of 170 jobs.', '170 jobs').key, 'count:job:cut::');
  });
  it("gives no role through a noun that names no act ('a group of 40 workers')", () => {
    assert.notEqual(figureOf('A group of 40 workers gathered.', '40 workers').key, 'count:worker:cut::');
    assert.equal(figureOf('A group of 40 climbers gathered.', '40 climbers').key, 'count:climber:::');
  });
});

describe("Figures: a role read from an act's noun is unsure", () => {
  it("keys 'the closure of six branches' unsurely (compared across articles only), 'will shut five branches' surely", () => {
    assert.equal(figureOf('Northbank confirmed the closure of six branches.', 'six branches').confidence, 'unsure');
    assert.equal(figureOf('Northbank will shut five branches.', 'five branches').confidence, 'sure');
  });
});
