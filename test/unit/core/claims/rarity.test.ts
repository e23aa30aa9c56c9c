import * as assert from 'node:assert/strict';
import { analysisOf, check, flagged } from './pairs';
import { StoryRarity } from '../../../../src/core/claims/rarity';

describe('claims: rarity-weighted alignment and additive negation', () => {
  it('reports a pair sharing its rare content as a warning', () => {
    const { a } = check('The climber was not wearing crampons when he slipped on the ridge.', 'The climber was wearing crampons when he slipped on the ridge.');
    assert.equal(a.length, 1);
    assert.equal(a[0].severity, 'warning');
  });
  it("reads 'not only' and 'never before' as asserting, not denying", () => {
    assert.deepEqual(flagged('The flaw affects not only Internet Explorer 7 but older versions.', 'The flaw affects Internet Explorer 7.'), []);
    assert.deepEqual(flagged('Never before in league history have three coaches been fired this early.', 'Three coaches have been fired this early in league history.'), []);
  });
});

describe('claims: story rarity', () => {
  it("counts a new version of the article under check with the other articles' counts kept from an earlier group", () => {
    const other = analysisOf('b.txt', 'The sprinklers failed. The sprinklers were old. Crews fought the fire.');
    const before = analysisOf('a.txt', 'Crews fought the fire at the depot.');
    const after = analysisOf('a.txt', 'The sprinklers failed at the depot. The sprinklers were off.');
    new StoryRarity([before, other]).of('c:sprinkler');
    const fresh = new StoryRarity([analysisOf('a.txt', after.article.text), analysisOf('b.txt', other.article.text)]).of('c:sprinkler');
    assert.equal(new StoryRarity([after, other]).of('c:sprinkler'), fresh);
    assert.ok(fresh < new StoryRarity([before, other]).of('c:sprinkler'), 'the new version holds the word twice more: commoner');
  });
});
