import * as assert from 'node:assert/strict';
import { extractClaims } from '../../../../src/core/claims/extractClaims';
import { parseArticle } from '../../../../src/core/text/article';
import { flagged } from './pairs';

function resolved(text: string): string | undefined {
  const article = parseArticle('a.txt', text);
  return extractClaims(article).find((c) => c.pronounEvent)?.causeEvent;
}

describe("claims: 'it' before an origin verb stands for the previous sentence's event", () => {
  it("reads 'it started from' after a sentence about the blaze", () => {
    assert.equal(resolved('The blaze broke out on Sunday near the quarry. Rangers think it started from a discarded cigarette.'), 'fire');
  });
  it("reads 'it was caused by' after a sentence about the outage", () => {
    assert.equal(resolved('The outage hit the whole district for hours. Engineers say it was caused by a tripped breaker at the substation.'), 'outage');
  });
  it('leaves the pronoun alone when the previous sentence names two kinds of event', () => {
    assert.equal(resolved('The crash came hours after the fire at the depot. Police say it started from a faulty heater.'), undefined);
  });
  it('leaves the pronoun alone across a paragraph break', () => {
    assert.equal(resolved('The blaze broke out on Sunday near the quarry.\n\nRangers think it started from a discarded cigarette.'), undefined);
  });
  it("leaves 'it' alone when no origin verb follows it", () => {
    assert.equal(resolved('The blaze broke out on Sunday near the quarry. Rangers said it was under control by night.'), undefined);
  });
  it('flags the resolved cause against a different cause of the same fire', () => {
    assert.equal(
      flagged('The Ferring blaze spread fast on Sunday. Rangers believe it started from a discarded cigarette.', 'Rangers believe the Ferring blaze was started from a lightning strike.').length,
      1,
    );
  });
  it('stays quiet when the resolved cause agrees with the other account', () => {
    assert.deepEqual(
      flagged('The Ferring blaze spread fast on Sunday. Rangers believe it started from a discarded cigarette.', 'The Ferring blaze was started by a discarded cigarette, rangers said.'),
      [],
    );
  });
});

describe('claims: a date after an origin verb is a time, not a cause', () => {
  it("stays quiet on 'broke out on the Fourth of July' against a cause of the same fire", () => {
    assert.deepEqual(
      flagged('The Ferring blaze spread fast on Sunday. Rangers believe it started from a discarded cigarette.', 'The Ferring blaze that broke out on the first of August had burned 200 acres by Monday.'),
      [],
    );
  });
});
