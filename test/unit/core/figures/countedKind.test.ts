import * as assert from 'node:assert/strict';
import { countedKind, sameKind } from '../../../../src/core/figures/countedKind';

function kinds(a: string, b: string): boolean {
  const x = countedKind(a);
  const y = countedKind(b);
  return !!x && !!y && sameKind(x, y);
}

describe('countedKind', () => {
  it('meets a noun and the noun directly above it: guests are visitors', () => {
    assert.ok(kinds('count:guest:::', 'count:visitor:::'));
    assert.ok(kinds('count:visitor:::', 'count:guest:::'));
  });
  it('meets two nouns of one sense: posts and jobs', () => {
    assert.ok(kinds('count:post:::', 'count:job:::'));
  });
  it('keeps the rest of the key: the same nouns with different roles are not one count', () => {
    assert.ok(!kinds('count:guest:injured::', 'count:visitor:::'));
  });
  it('does not meet two kinds of one general thing: nurses and patients are both persons', () => {
    assert.ok(!kinds('count:nurse:::', 'count:patient:::'));
  });
  it('gives no kind to a noun too general to say what is counted', () => {
    assert.equal(countedKind('count:people:::'), null);
    assert.equal(countedKind('count:person:::'), null);
  });
  it('gives no kind to a phrase of several words or to another figure', () => {
    assert.equal(countedKind('count:snow leopard:::'), null);
    assert.equal(countedKind('measure:length:is:fence:'), null);
  });
});
