import * as assert from 'node:assert/strict';
import { antonyms, derivations, entailments, hypernyms, isKindOf, lemmaOf, lemmasOf, relatedness, sameWordSense, synonyms } from '../../../../src/core/lexicon/wordnet';
import { isNegativeImplicative, negativeImplicatives } from '../../../../src/core/lexicon/negativeImplicatives';
import { wordNetLoadMs } from '../../../../src/core/lexicon/wordnetTable';

describe('lexicon: compiled WordNet', () => {
  it('lemmatises by part of speech with detachment rules and irregular forms', () => {
    assert.equal(lemmaOf('negotiated', 'v'), 'negotiate');
    assert.equal(lemmaOf('stopped', 'v'), 'stop');
    assert.equal(lemmaOf('threw', 'v'), 'throw');
    assert.equal(lemmaOf('struck', 'v'), 'strike');
    // A verb the tagger reads alone as a noun ('a shoot') still gets its past form.
    assert.equal(lemmaOf('shot', 'v'), 'shoot');
    // A rare noun for a person named for what they do is kept ('auctioneer', from 'auction').
    assert.deepEqual(lemmasOf('auctioneer', 'n'), ['auctioneer']);
    assert.equal(lemmaOf('closures', 'n'), 'closure');
    assert.equal(lemmaOf('policemen', 'n'), 'policeman');
    assert.equal(lemmaOf('children', 'n'), 'child');
    assert.deepEqual(lemmasOf('qwertyish', 'n'), []);
  });
  it('holds the antonyms claims use, direct and through synonyms of the antonym', () => {
    assert.ok(antonyms('acquit', 'v').has('convict'));
    assert.ok(antonyms('convict', 'v').has('acquit'));
    assert.ok(antonyms('approve', 'v').has('reject'));
    assert.ok(antonyms('open', 'v').has('close'));
    assert.ok(!antonyms('approve', 'v').has('endorse'));
  });
  it('widens the negative-implicative seed through the senses seed verbs share, not through their other senses', () => {
    const verbs = negativeImplicatives();
    assert.ok(verbs.has('refuse') && verbs.has('reject') && verbs.has('omit'));
    assert.ok(!verbs.has('worsen'), "'decline' as 'worsen' is another meaning");
    assert.ok(!verbs.has('miscarry'), "'fail' as 'go wrong' is another meaning");
    assert.ok(isNegativeImplicative('refused') && isNegativeImplicative('fails') && !isNegativeImplicative('agreed'));
  });
  it('reaches indirect antonyms of adjectives through similar-to clusters', () => {
    assert.ok(antonyms('soggy', 'a').has('dry'));
  });
  it('holds derivations and synonyms', () => {
    assert.ok(derivations('close', 'v').some(([l, p]) => l === 'closure' && p === 'n'));
    assert.ok(derivations('negotiate', 'v').some(([l, p]) => l === 'negotiation' && p === 'n'));
    assert.ok(synonyms('deficit', 'n').has('shortfall'));
  });
  it('holds noun hypernyms and verb entailments', () => {
    assert.ok(hypernyms('arson', 'n').includes('burning'));
    assert.ok(isKindOf('heater', 'device'));
    assert.ok(!isKindOf('kitchen', 'device'));
    assert.ok(entailments('snore').has('sleep'));
  });
  it('names the strongest relation between two word forms', () => {
    assert.deepEqual(relatedness('acquitted', 'convicted'), { kind: 'antonym', strength: 0.8 });
    assert.equal(relatedness('approved', 'rejected')?.kind, 'antonym');
    assert.equal(relatedness('closed', 'closure')?.kind, 'derivation');
    assert.equal(relatedness('negotiating', 'negotiations')?.kind, 'derivation');
    assert.equal(relatedness('deficit', 'shortfall')?.kind, 'synonym');
    assert.equal(relatedness('threw', 'rejected')?.kind ?? null, null);
    assert.equal(relatedness('kitchen', 'verdict'), null);
  });
  it('covers newsroom senses WordNet lacks from the reviewed list', () => {
    assert.equal(lemmaOf('threw out', 'v'), 'reject');
    assert.equal(relatedness('talks', 'negotiation')?.kind, 'same');
    assert.equal(relatedness('threw out', 'approved')?.kind, 'antonym');
  });
  it('indexes the table within the activation budget', () => {
    synonyms('fire', 'n');
    assert.ok(wordNetLoadMs() < 150, `loaded in ${wordNetLoadMs().toFixed(0)} ms`);
  });
  it('sameWordSense: one lemma, a derivation, or a synonym in the commonest sense of both, not a rarer sense (extend is cover in neither first sense)', () => {
    assert.ok(sameWordSense('sanctioned', 'approved'));
    assert.ok(sameWordSense('compensation', 'compensated'));
    assert.ok(sameWordSense('required', 'needed'));
    assert.ok(!sameWordSense('extending', 'cover'));
    assert.ok(!sameWordSense('arrests', 'halt'));
  });
});
