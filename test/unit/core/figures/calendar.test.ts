import * as assert from 'node:assert/strict';
import { figureOf, figuresOf } from './helpers';
import { Corpus } from '../../../../src/core/corpus/corpus';

describe('Figures: dates, weekdays and times', () => {
  it('reads a weekday as a window of the week', () => {
    const f = figureOf('A fire swept through the plant on Tuesday.', 'Tuesday');
    assert.equal(f.kind, 'weekday');
    assert.deepEqual(f.when, { weekday: 2, fromHour: 48, toHour: 72 });
  });
  it('narrows a weekday by a time or a part of the day', () => {
    assert.deepEqual(figureOf('A fire broke out shortly after 2 a.m. on Tuesday.', 'Tuesday').when, { weekday: 2, fromHour: 50, toHour: 51 });
    assert.equal(figureOf('A fire broke out in the early hours of Wednesday.', 'Wednesday').text, 'the early hours of Wednesday');
    assert.deepEqual(figureOf('The bridge was swept away on Saturday night.', 'Saturday').when, { weekday: 6, fromHour: 162, toHour: 174 });
  });
  it('reads times of day with qualifiers', () => {
    const f = figureOf('The count ended at 4:40 a.m. after a recount.', '4:40');
    assert.equal(f.kind, 'time');
    assert.deepEqual([f.low, f.high], [280, 280]);
    const around = figureOf('At around 3 a.m. the party asked for a recount.', '3 a.m.');
    assert.deepEqual([around.low, around.high], [150, 210]);
    assert.equal(figureOf('He conceded at 11pm.', '11pm').low, 23 * 60);
  });
  it('reads dates with and without year and day', () => {
    assert.deepEqual(figureOf('The cuts will be completed by the end of March.', 'March').when, { year: undefined, month: 3, day: undefined });
    assert.deepEqual(figureOf('The plant opened on 12 March 2024 after delays.', 'March').when, { year: 2024, month: 3, day: 12 });
    assert.deepEqual(figureOf('The plant opened on March 12, 2024 after delays.', 'March').when, { year: 2024, month: 3, day: 12 });
  });
  it('does not read the modal "may" as a month', () => {
    assert.equal(figuresOf('Residents may return home soon.').length, 0);
  });
  it('reads durations', () => {
    const f = figureOf('She has lived there for 30 years.', '30');
    assert.equal(f.kind, 'duration');
    assert.equal(f.unit, 'years');
  });
  it('keys a weekday by the event it dates, and not the day a thing was said', () => {
    assert.equal(figureOf('A fire swept through a factory on the edge of town on Tuesday, sending workers to hospital.', 'Tuesday').key, 'when:event:fire');
    assert.equal(figureOf('Crews battled through the night after a blaze ripped through the factory in the early hours of Wednesday.', 'Wednesday').key, 'when:event:fire');
    assert.equal(figureOf('Three people died, emergency services said on Sunday.', 'Sunday').key, null);
  });
  it('does not date the event of another clause', () => {
    const f = figureOf('Peter Lund, who died when the storm flooded the valley at the weekend, was remembered on Monday.', 'Monday');
    assert.notEqual(f.key, 'when:event:storm');
  });
  it('keys a date by its verb and subject', () => {
    const a = figureOf('The company expects the cuts to be completed by the end of March.', 'March');
    const b = figureOf('She said the job cuts would be completed by the end of June.', 'June');
    assert.ok(a.key);
    assert.equal(a.key, b.key);
  });
});

describe('Figures: the day of one event, not of a series or of another clause (real-news families)', () => {
  it("a plural event noun dates a series ('Sunday's quakes', 'rallies on Monday'), which is compared with nothing", () => {
    assert.equal(figureOf("Thousands have lived in tents since Sunday's quakes.", 'Sunday').series, true);
    assert.equal(figureOf('Pamphlets announced rallies in front of the police headquarters on Monday.', 'Monday').series, true);
    assert.equal(figureOf("Wednesday's shallow quake hit just off the coast.", 'Wednesday').series, undefined);
    const corpus = new Corpus();
    corpus.set('a.txt', "Wednesday's shallow quake hit just off the coast of Manokwari, Papua agency chief Manrosan said. Thousands have lived in tents in Manokwari since Sunday's quakes.");
    corpus.set('b.txt', 'A series of powerful quakes rocked Manokwari in Papua on Sunday, Papua agency chief Manrosan said.');
    assert.deepEqual(corpus.check('a.txt').filter((f) => f.rule === 'inconsistent-figure'), []);
  });
  it('must stay loud: one quake dated two ways', () => {
    const corpus = new Corpus();
    corpus.set('a.txt', "Wednesday's shallow quake hit just off the coast of Manokwari, Papua agency chief Manrosan said.");
    corpus.set('b.txt', 'A shallow quake struck Manokwari on Tuesday, Papua agency chief Manrosan said.');
    assert.equal(corpus.check('a.txt').filter((f) => f.rule === 'inconsistent-figure').length, 1);
  });
  it('an event noun in a phrase a comma closes is not what the day dates', () => {
    assert.notEqual(figureOf('Ms. Palin, who was not at the church at the time of the fire, stopped by Saturday.', 'Saturday').key, 'when:event:fire');
    // Must stay: a clause that the event noun opens.
    assert.equal(figureOf('Crews battled through the night after a blaze ripped through the factory on Wednesday.', 'Wednesday').key, 'when:event:fire');
  });
  it("'an overnight fire Friday' runs into the early hours of Saturday", () => {
    const f = figureOf('An overnight fire Friday destroyed the church.', 'Friday');
    assert.deepEqual([f.when?.fromHour, f.when?.toHour], [5 * 24 + 18, 5 * 24 + 30]);
  });
});
