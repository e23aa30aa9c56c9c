import * as assert from 'node:assert/strict';
import { flagged } from './pairs';

describe('claims: appeals and plans ruled out', () => {
  it("reads appealing against a decision as challenging it", () => {
    assert.equal(flagged('The Ferring club said it would appeal against the fine.', 'The Ferring club said it would not challenge the fine.').length, 1);
  });

  it('stays quiet when the appeal is only possible, or about another thing', () => {
    assert.deepEqual(flagged('The Ferring club said it may appeal against the fine.', 'The Ferring club said it would not challenge the fine.'), []);
    assert.deepEqual(flagged('The Ferring club said it would appeal against the fine.', 'The Ferring club said it would not challenge the points deduction.'), []);
  });

  it("flags 'X was not being considered' against X being planned ('demolition' is 'demolished')", () => {
    assert.equal(flagged('The Ferring council said the old library would be demolished.', 'A Ferring council officer said demolition was not being considered.').length, 1);
  });

  it('stays quiet when the plan is considered, or another plan is ruled out', () => {
    assert.deepEqual(flagged('The Ferring council said the old library would be demolished.', 'A Ferring council officer said demolition was being considered.'), []);
    assert.deepEqual(flagged('The Ferring council said the old library would be demolished.', 'A Ferring council officer said a sale was not being considered.'), []);
  });
});

describe('claims: gone from a post or still in it', () => {
  it("flags 'left his post' / 'resigned' against 'remains in charge' of one person", () => {
    assert.equal(flagged('The Ferring head teacher, Tom Adair, left his post in March.', 'Tom Adair, the Ferring head teacher, remains in charge.').length, 1);
    assert.equal(flagged('Tom Adair, the Ferring head teacher, resigned last week.', 'Tom Adair, the Ferring head teacher, is still in post.').length, 1);
  });

  it('stays quiet for two different people', () => {
    assert.deepEqual(flagged('The Ferring head teacher, Tom Adair, left his post in March.', 'Rosa Lintott, the Ferring deputy head teacher, remains in charge.'), []);
  });
});
