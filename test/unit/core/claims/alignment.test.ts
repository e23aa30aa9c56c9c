import * as assert from 'node:assert/strict';
import { alignedClaims, claimIndexKeys, relatedArticles } from '../../../../src/core/claims/alignment';
import { claimCorroborations, contradictions } from '../../../../src/core/claims/contradictions';
import { Corpus } from '../../../../src/core/corpus/corpus';
import { analysisOf, contextOf } from './pairs';

describe('claims: alignment and corroboration', () => {
  it("keys articles by the names they mention, namespaced 'claim:'", () => {
    const keys = claimIndexKeys(analysisOf('a.txt', 'The fire at the Caddock plant in Hollinbridge spread.'));
    assert.deepEqual(keys.sort(), ['claim:caddock', 'claim:hollinbridge']);
  });
  it("does not key an article by a capitalised pronoun's contraction ('I'm', 'It's', 'We've')", () => {
    const keys = claimIndexKeys(analysisOf('a.txt', `"The Caddock plant is shut, I'm angry and we've waited, and now it's late," said a resident of Hollinbridge.`));
    assert.deepEqual(keys.sort(), ['claim:caddock', 'claim:hollinbridge']);
  });
  it('never compares articles about unrelated events', () => {
    const a = analysisOf('a.txt', 'The River Aske rose overnight in Ferring.');
    const b = analysisOf('b.txt', 'The River Don fell overnight in Kaluga.');
    assert.deepEqual(relatedArticles(contextOf(a, b)), []);
    assert.deepEqual(contradictions(contextOf(a, b)), []);
  });
  it('aligns claims that share content and not others', () => {
    const a = analysisOf('a.txt', 'The River Aske rose overnight in Ferring.');
    const b = analysisOf('b.txt', 'Insurers met in Ferring. The River Aske fell overnight in Ferring.');
    const aligned = alignedClaims(a.claims[0], a, b);
    assert.equal(aligned.length, 1);
    assert.equal(aligned[0].claim.text, 'The River Aske fell overnight in Ferring.');
  });
  it('gives agreeing paraphrases as corroborations, not conflicting claims', () => {
    const a = analysisOf('a.txt', 'The roof of the packing hall at Caddock in Hollinbridge had partly collapsed before the first crews arrived.');
    const b = analysisOf('b.txt', 'Part of the packing hall roof at Caddock in Hollinbridge caved in before the first crews arrived.');
    const found = claimCorroborations(contextOf(a, b), a.claims[0]);
    assert.equal(found.length, 1);
    assert.equal(found[0].articleId, 'b.txt');
    const c = analysisOf('c.txt', 'The River Aske in Ferring and Coldham fell overnight.');
    const d = analysisOf('d.txt', 'The River Aske in Ferring and Coldham rose overnight.');
    assert.deepEqual(claimCorroborations(contextOf(c, d), c.claims[0]), []);
  });
  it('never shows a passage as corroborated when it conflicts with another article', () => {
    const a = analysisOf('a.txt', 'The Caddock plant in Hollinbridge burned. No firefighters were hurt at the Caddock plant.');
    const b = analysisOf('b.txt', 'The Caddock plant in Hollinbridge burned. No firefighters were hurt at the Caddock plant.');
    const c = analysisOf('c.txt', 'The Caddock plant in Hollinbridge burned. Two firefighters were hurt at the Caddock plant.');
    const claim = a.claims.find((x) => x.polarity === 'negative')!;
    assert.equal(claimCorroborations(contextOf(a, b), claim).length, 1);
    assert.equal(contradictions(contextOf(a, b, c)).length, 1);
    assert.deepEqual(claimCorroborations(contextOf(a, b, c), claim), []);
  });
  it('runs through the corpus index, reporting at both articles', () => {
    const corpus = new Corpus();
    corpus.set('a.txt', 'In Ferring, the Caddock plant burned. No firefighters were hurt.');
    corpus.set('b.txt', 'In Ferring, the Caddock plant burned. Two firefighters were treated for smoke inhalation.');
    corpus.set('c.txt', 'In Kaluga, drones were shot down. Two firefighters were treated for smoke inhalation.');
    const a = corpus.check('a.txt').filter((f) => f.rule === 'contradiction');
    const c = corpus.check('c.txt').filter((f) => f.rule === 'contradiction');
    assert.equal(a.length, 1);
    assert.deepEqual(a[0].related.map((r) => r.articleId), ['b.txt']);
    assert.deepEqual(c, []);
  });
});
