import * as assert from 'node:assert/strict';
import { extractClaims } from '../../../../src/core/claims/extractClaims';
import { datelineEnd } from '../../../../src/core/claims/extractClaims';
import { parseArticle } from '../../../../src/core/text/article';
import { tokenize } from '../../../../src/core/text/tokens';
import { flagged } from './pairs';

describe('claims: named bodies doing the same act (active against passive)', () => {
  it('flags a motion tabled by one party against the same motion tabled by another', () => {
    assert.equal(flagged('The Labour group submitted a motion to close the depot.', 'The motion was submitted by the Conservatives at the last meeting.').length, 1);
    assert.equal(flagged('The Independents proposed an amendment to freeze parking charges.', 'The amendment was proposed by the Liberal Democrats and will be debated next month.').length, 1);
  });
  it('stays quiet when the bodies share a name, when one is a person, or when both objects are indefinite', () => {
    assert.deepEqual(flagged('The Green group proposed an amendment to freeze parking charges.', 'The amendment was proposed by Green councillors.'), []);
    assert.deepEqual(flagged('The Labour group proposed the amendment to freeze parking charges.', 'The amendment was proposed by Ann Colley.'), []);
    assert.deepEqual(flagged('The Labour group proposed an amendment on parking.', 'The Conservatives proposed an amendment on parking.'), []);
  });
  it('stays quiet when the acts differ', () => {
    assert.deepEqual(flagged('The Labour group proposed the amendment on parking.', 'The amendment was opposed by the Conservatives.'), []);
  });
});

describe('claims: a coordinated modal predicate and datelines', () => {
  it("does not let '… and will be paid for' hedge the report before it", () => {
    const claims = extractClaims(parseArticle('x.txt', 'The motion was carried by the Conservatives and will take effect in May.'));
    assert.equal(claims[0].text, 'The motion was carried by the Conservatives');
    assert.equal(claims[0].hedge, null);
    assert.equal(claims[1].hedge, 'will');
  });
  it('strips a wire dateline from the subject', () => {
    assert.equal(datelineEnd(tokenize('HOLLINBRIDGE, England - A lorry overturned.')), 4);
    assert.equal(datelineEnd(tokenize('PARIS (AFP) - A lorry overturned.')), 5);
    assert.equal(datelineEnd(tokenize('NEW YORK — A lorry overturned.')), 3);
    assert.equal(datelineEnd(tokenize('The BBC - and others - reported it.')), 0);
    assert.equal(datelineEnd(tokenize('NATO said the drill was over.')), 0);
    const claims = extractClaims(parseArticle('x.txt', 'HOLLINBRIDGE, England - A lorry overturned on the bypass.'));
    assert.equal(claims[0].subject, 'A lorry');
  });
});
