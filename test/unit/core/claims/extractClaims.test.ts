import * as assert from 'node:assert/strict';
import { extractClaims } from '../../../../src/core/claims/extractClaims';
import { splitClauses } from '../../../../src/core/claims/clauses';
import { hedgeCue } from '../../../../src/core/claims/hedging';
import { claimWords } from '../../../../src/core/claims/terms';
import { concept, stem } from '../../../../src/core/claims/lemma';
import { parseArticle } from '../../../../src/core/text/article';
import { tokenize } from '../../../../src/core/text/tokens';

function clauses(text: string): string[] {
  const tokens = tokenize(text);
  return splitClauses(tokens).map((r) => text.slice(tokens[r.first].start, tokens[r.last - 1].end));
}

describe('claims: extraction', () => {
  it('splits clauses at although, a participle, a dash and a new subject after and', () => {
    assert.deepEqual(clauses('The fire started in a cabinet, although it was too early to rule anything out.'), ['The fire started in a cabinet', 'although it was too early to rule anything out.']);
    assert.deepEqual(clauses('The river fell, giving residents a look.'), ['The river fell', 'giving residents a look.']);
    assert.deepEqual(clauses('Roads were closed on Sunday, and the railway was suspended.'), ['Roads were closed on Sunday', 'and the railway was suspended.']);
    assert.deepEqual(clauses('The Greens, who last held the seat, won.'), ['The Greens, who last held the seat, won.']);
  });
  it('finds hedges but not a firm possibility', () => {
    const cue = (s: string) => hedgeCue(tokenize(s))?.normal;
    assert.equal(cue('The fire may have started in a cabinet'), 'may');
    assert.equal(cue('The man is believed to have died'), 'believed');
    assert.equal(cue('It was reportedly switched off'), 'reportedly');
    assert.equal(cue('It was too early to say'), 'too');
    assert.equal(cue('Arson could not be ruled out'), undefined);
    assert.equal(cue('Investigators believe the fire started in a cabinet'), undefined);
  });
  it('merges synonyms into concepts', () => {
    assert.equal(concept(stem('blaze')), concept(stem('fire')));
    assert.equal(concept(stem('hurt')), concept(stem('injured')));
    assert.equal(concept(stem('began')), concept(stem('started')));
    assert.equal(stem('approved'), stem('approves'));
    assert.equal(stem('casualties'), stem('casualty'));
  });
  it('extracts one claim per clause with polarity, hedge, source, subject and predicate, skipping the headline', () => {
    const article = parseArticle('a.txt', 'Fire guts plant\nNo firefighters were hurt. Fire officials said the blaze may have started in a cabinet.');
    const claims = extractClaims(article);
    assert.equal(claims.length, 2);
    assert.equal(claims[0].text, 'No firefighters were hurt.');
    assert.equal(claims[0].polarity, 'negative');
    assert.equal(claims[0].negation, 'No');
    assert.equal(claims[0].subject, 'No firefighters');
    assert.equal(claims[0].predicate, 'were hurt');
    assert.equal(claims[1].polarity, 'positive');
    assert.equal(claims[1].hedge, 'may');
    assert.equal(claims[1].source, 'Fire officials');
    assert.ok(claims[1].terms.includes('fire'));
  });
  it('keeps names for the index, counting a sentence-initial name that the article capitalises elsewhere', () => {
    const claims = extractClaims(parseArticle('a.txt', 'Caddock denied it. A spokesman for Caddock spoke in Hollinbridge. Volunteers came.'));
    assert.deepEqual(claims[0].entities, ['caddock']);
    assert.deepEqual(claims[1].entities, ['caddock', 'hollinbridge']);
    assert.deepEqual(claims[2].entities, []);
    assert.deepEqual(claims[1].places, ['Hollinbridge']);
  });
});
