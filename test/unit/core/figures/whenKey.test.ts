import * as assert from 'node:assert/strict';
import { figureOf, figuresOf } from './helpers';
import { compareFigures } from '../../../../src/core/figures/compareFigures';
import { Corpus } from '../../../../src/core/corpus/corpus';

const key = (text: string, part: string): string | null => figureOf(text, part).key;

const dateOf = (text: string) => figuresOf(text).find((f) => f.kind === 'date')!;

function inArticleFindings(text: string) {
  const corpus = new Corpus();
  corpus.set('a.txt', text);
  return corpus.check('a.txt').filter((f) => f.rule === 'inconsistent-figure');
}

describe('Figures: events worded by a verb phrase date their times', () => {
  const key = (text: string, part: string): string | null => figureOf(text, part).key;
  it("keys 'ran aground' and 'went aground' as the grounding", () => {
    assert.equal(key('The trawler ran aground near the harbour at 6.15pm.', '6.15pm'), 'time:event:grounding');
    assert.equal(key('The yacht went aground at about 9:20 p.m. near the point.', '9:20'), 'time:event:grounding');
  });
  it("keys 'the systems went down' and 'the network failed' as the outage", () => {
    assert.equal(key('The booking systems went down at 6:10 a.m.', '6:10'), 'time:event:outage');
    assert.equal(key('The network failed at 7:05 a.m. local time.', '7:05'), 'time:event:outage');
  });
  it("keys 'hit a reef' and a system subject before a preposition", () => {
    assert.equal(key('The yacht hit a reef at 11pm.', '11pm'), 'time:event:grounding');
    assert.equal(key('Servers at the data centre failed at 2:10 a.m. overnight.', '2:10'), 'time:event:outage');
    assert.notEqual(key('Backers of the power plant failed at 4 p.m. to win the vote.', '4 p.m.'), 'time:event:outage');
  });
  it('must not key a year of an earlier grounding, a clause closed by a comma, or a player going down', () => {
    assert.notEqual(key('The ferry, which ran aground in 2019, sank on Monday.', '2019'), 'year:event:grounding');
    assert.notEqual(key('The ferry, which ran aground in 2019, sank on Monday.', 'Monday'), 'when:event:grounding');
    assert.notEqual(key('The striker went down at 3pm in the box.', '3pm'), 'time:event:outage');
  });
});

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

describe('Figures: the verb a date belongs to, however worded', () => {
  it("dates 'will close … from Friday 3 May' by the verb after the modal, and a clinic that shuts closes", () => {
    const a = dateOf('The clinic will close to visitors from Friday 3 May, managers said.');
    const b = dateOf('Last orders before the clinic shuts on Friday, May 10.');
    assert.equal(a.key, 'when:close:clinic:');
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

describe('Figures: events and durations named by verbs', () => {
  it('dates a verdict alike however it is worded', () => {
    const a = key('A teacher from the village of Marl was found guilty on Monday of fraud.', 'Monday');
    assert.equal(a, 'when:event:verdict');
    assert.equal(key('Mr Pike was convicted at Marl Crown Court on Tuesday after a short trial.', 'Tuesday'), a);
    assert.equal(key('The jury reached its verdict on Tuesday.', 'Tuesday'), a);
  });
  it('does not take any finding for a verdict', () => {
    assert.notEqual(key('The dog was found on Monday in a field.', 'Monday'), 'when:event:verdict');
    assert.notEqual(key('He was jailed on Friday.', 'Friday'), 'when:event:verdict');
  });
});

describe('Figures: arrests are not one event', () => {
  it('keeps arrests on different days apart', () => {
    assert.notEqual(key('Police arrested 12 people on Saturday.', 'Saturday'), 'when:event:arrest');
  });
});

describe('Figures: a possessive weekday dates the noun it governs', () => {
  it('still dates an event noun after it', () => {
    assert.equal(figureOf("Crews were still damping down after Tuesday's warehouse fire in Dunmere.", "Tuesday's").key, 'when:event:fire');
    assert.equal(figureOf("Residents recalled Sunday night's blaze at the mill.", 'Sunday').key, 'when:event:fire');
  });
  it('does not date the clause event by a stage, session or match named with a weekday', () => {
    assert.equal(figureOf("A pile-up of six cars halted Sunday's second qualifying session at the circuit.", "Sunday's").key, null);
    assert.equal(figureOf('The champion avoided the collision and leads the field into Monday\'s final round.', "Monday's").key, null);
    assert.equal(figureOf("Stewards will meet the teams before Saturday's start to review the accident.", "Saturday's").key, null);
  });
});

describe('Figures: the date of an act done to an event is a sub-event', () => {
  it("keys 'reported the fire at 3:33' and 'the fire was knocked down by 6:40' apart from the fire's own time", () => {
    assert.equal(key('A 911 caller reported the fire at 3:33 a.m.', '3:33'), 'time:event:fire:report');
    assert.equal(key('The fire was knocked down by 6:40 a.m.', '6:40'), 'time:event:fire:knock');
    assert.equal(key('Firefighters battled the blaze until 7 a.m.', '7 a.m.'), 'time:event:fire:battle');
  });
  it('keeps the event itself as the event', () => {
    assert.equal(key('The fire broke out at 3:30 a.m.', '3:30'), 'time:event:fire');
    assert.equal(key('The crash happened at 9:40 p.m. on the A1.', '9:40'), 'time:event:crash');
  });
  it("keys a verb by its lemma, not a stem ('met' → 'meet')", () => {
    assert.equal(key('The council met on 3 May.', '3 May'), 'when:meet:council:');
  });
});
