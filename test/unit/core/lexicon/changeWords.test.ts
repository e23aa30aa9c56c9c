/** Each detector sees the change words change.json marks for its use, in file order. */
import * as assert from 'node:assert/strict';
import { changeWords } from '../../../../src/core/lexicon/changeWords';

describe('changeWords', () => {
  it('the opposed forms keep their order (the antonym rule tries the forms in lexicon order)', () => {
    assert.deepEqual(changeWords('rise', 'opposed').slice(0, 3), ['rose', 'rise', 'rises']);
    assert.ok(changeWords('fall', 'opposed').includes('went down'));
  });
  it('a use sees only its own words', () => {
    assert.ok(!changeWords('fall', 'percent').includes('went down'));
    assert.ok(changeWords('fall', 'percent').includes('slashed'));
    assert.ok(!changeWords('rise', 'range').includes('soared'));
    assert.deepEqual(changeWords('either', 'range'), ['went']);
  });
});
