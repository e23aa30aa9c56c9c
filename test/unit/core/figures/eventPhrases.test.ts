import * as assert from 'node:assert/strict';
import { figureOf } from './helpers';

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
