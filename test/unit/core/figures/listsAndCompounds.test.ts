import * as assert from 'node:assert/strict';
import { figureOf } from './helpers';

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
