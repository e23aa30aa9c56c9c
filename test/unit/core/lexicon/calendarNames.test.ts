/** Weekday and month names come from calendar.json; the modal month is left out only where asked. */
import * as assert from 'node:assert/strict';
import { CALENDAR_NAMES, MONTH_ABBREVIATIONS, MONTH_NAMES, MONTH_NAMES_NOT_MODAL, WEEKDAY_NAMES } from '../../../../src/core/lexicon/calendarNames';

describe('calendarNames', () => {
  it('twelve months, seven weekdays, the modal month left out where asked', () => {
    assert.equal(MONTH_NAMES.length, 12);
    assert.equal(WEEKDAY_NAMES.length, 7);
    assert.ok(MONTH_NAMES.includes('may'));
    assert.ok(!MONTH_NAMES_NOT_MODAL.includes('may'));
    assert.equal(MONTH_NAMES_NOT_MODAL.length, 11);
    assert.ok(CALENDAR_NAMES.has('tuesday') && CALENDAR_NAMES.has('march') && !CALENDAR_NAMES.has('tues'));
    assert.ok(MONTH_ABBREVIATIONS.includes('sept') && !MONTH_ABBREVIATIONS.includes('may'));
  });
});
