import * as assert from 'node:assert/strict';
import { superlativeOf } from '../../../../src/core/claims/superlative';
import { claimWords } from '../../../../src/core/claims/terms';
import { tokenize } from '../../../../src/core/text/tokens';
import { flagged } from './pairs';

describe('claims: one superlative title given to two places', () => {
  it('reads the holder in predicate, appositive and "the N of X" forms', () => {
    const of = (s: string) => superlativeOf(claimWords(tokenize(s), 0, tokenize(s).length, new Set(['tregarth', 'porthcarn'])));
    assert.deepEqual(of('The hamlet of Porthcarn was the worst hit')?.place, ['porthcarn']);
    assert.equal(of('The hamlet of Porthcarn was the worst hit')?.kind, 'hamlet');
    assert.deepEqual(of('In Tregarth, the hardest-hit hamlet, the river burst its banks')?.place, ['tregarth']);
    assert.deepEqual(of('The worst-affected hamlet was Tregarth')?.place, ['tregarth']);
    assert.equal(of('The storm was the worst in years'), undefined);
  });
  it('flags two different places as the worst hit of one kind', () => {
    assert.equal(flagged('The hamlet of Porthcarn was the worst hit, with roofs torn off.', 'In Tregarth, the worst-hit hamlet, the river burst its banks.').length, 1);
    assert.equal(flagged('Locals said Porthcarn was the hardest-hit hamlet.', 'The worst-affected hamlet was Tregarth.').length, 1);
  });
  it('stays quiet for the same place, different kinds, or different scopes', () => {
    assert.deepEqual(flagged('Locals said Porthcarn was the worst-hit hamlet.', 'In Porthcarn, the worst-hit hamlet, the river burst its banks.'), []);
    assert.deepEqual(flagged('Locals said Porthcarn was the worst-hit hamlet.', 'Locals said Tregarth was the worst-hit parish.'), []);
    assert.deepEqual(flagged('Porthcarn was the worst-hit hamlet in Cornwall.', 'Tregarth was the worst-hit hamlet in Devon.'), []);
  });
});
