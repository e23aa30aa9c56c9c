import * as assert from 'node:assert/strict';
import type { ArticleAnalysis } from '../../../../src/core/corpus/analysis';
import type { Finding } from '../../../../src/core/findings';
import { placeContradictions } from '../../../../src/core/geo/placeContradictions';
import { parseArticle } from '../../../../src/core/text/article';

function analysisOf(id: string, text: string): ArticleAnalysis {
  return { article: parseArticle(id, text), quotations: [], figures: [], claims: [] };
}

/** Two articles checked both ways; a clash must be reported at both or neither. */
function check(first: string, second: string): { a: Finding[]; b: Finding[] } {
  const a = analysisOf('a.txt', first);
  const b = analysisOf('b.txt', second);
  return {
    a: placeContradictions({ self: a, others: () => [b] }),
    b: placeContradictions({ self: b, others: () => [a] }),
  };
}

function clashes(first: string, second: string): Finding[] {
  const { a, b } = check(first, second);
  const pairA = a.filter((f) => f.severity === 'warning');
  const pairB = b.filter((f) => f.severity === 'warning');
  assert.equal(pairA.length, pairB.length, 'reported at both sides');
  return pairA;
}

describe('geo: place contradictions', () => {
  it('flags a distance and direction against a place near another town', () => {
    const found = clashes('Thornby lies 20 miles north of Leeds.', 'Thornby, a village outside Sheffield, was flooded.');
    assert.equal(found.length, 1);
    assert.equal(found[0].related[0].articleId, 'b.txt');
    assert.match(found[0].message, /\d+ km apart/);
  });
  it('flags a region put near a border it is far from (the samples)', () => {
    const found = clashes(
      'Drones fell in the Kaluga region, which lies approximately 150 kilometers southwest of Moscow.',
      'Drones fell over Kaluga Oblast, a region strategically positioned near the Russian-Ukrainian border.',
    );
    assert.equal(found.length, 1);
    assert.match(found[0].message, /Kaluga is 1\d\d km south-west of Moscow/);
    assert.match(found[0].message, /\d{3} km from the Russia–Ukraine border/);
  });
  it('links at most 12 clashing statements and counts the rest (a long article repeats them)', () => {
    const repeated = Array.from({ length: 15 }, () => 'Thornby, a village outside Sheffield, was flooded.').join('\n\n');
    const { a } = check('Thornby lies 20 miles north of Leeds.', repeated);
    const found = a.filter((f) => f.severity === 'warning');
    assert.equal(found.length, 1);
    assert.equal(found[0].related.length, 12);
    assert.match(found[0].message, / 3 more statements disagree too\.$/);
  });

  it('links every clashing statement when there are 12 or fewer, without a count', () => {
    const repeated = Array.from({ length: 3 }, () => 'Thornby, a village outside Sheffield, was flooded.').join('\n\n');
    const found = check('Thornby lies 20 miles north of Leeds.', repeated).a.filter((f) => f.severity === 'warning');
    assert.equal(found[0].related.length, 3);
    assert.doesNotMatch(found[0].message, /more statements? disagrees?/);
  });

  it('flags two sentences of one article', () => {
    const a = analysisOf('a.txt', 'Thornby lies 20 miles north of Leeds. Thornby, a village outside Sheffield, was flooded.');
    const found = placeContradictions({ self: a, others: () => [] }).filter((f) => f.severity === 'warning');
    assert.equal(found.length, 2);
  });
  it('stays quiet for consistent statements', () => {
    assert.deepEqual(clashes('Kresno is 150 km south-west of Moscow.', 'Kresno, about 90 miles from Moscow, was hit.'), []);
    assert.deepEqual(clashes('Fretin is in northern France.', 'Fretin, near Lille, was hit.'), []);
    assert.deepEqual(clashes('Thornby lies 20 miles north of Leeds.', 'Thornby is an hour’s drive from Sheffield.'), []);
  });
  it('stays quiet for an unknown or ambiguous anchor', () => {
    assert.deepEqual(clashes('Thornby lies 20 miles north of Xqwerton.', 'Thornby, a village outside Sheffield, was flooded.'), []);
    assert.deepEqual(clashes('Oakdale lies 300 miles north of Springfield.', 'Oakdale, a village outside Springfield, was flooded.'), []);
  });
  it('stays quiet when the statements are about different places', () => {
    assert.deepEqual(clashes('Thornby lies 20 miles north of Leeds.', 'Ashby, a village outside Sheffield, was flooded.'), []);
  });
  it('resolves an ambiguous name by the country the story names', () => {
    assert.deepEqual(clashes('Fretin is in northern France.', 'Fretin, near Lille, was hit.'), []);
    assert.equal(clashes('Fretin is in southern France.', 'Fretin, near Lille, was hit.').length, 1);
  });
});

describe('geo: statements the map contradicts', () => {
  it('reports at Information a region put near a border it is far from, naming the distance', () => {
    const a = analysisOf('a.txt', 'Drones fell over Kaluga Oblast, a region strategically positioned near the Russian-Ukrainian border.');
    const found = placeContradictions({ self: a, others: () => [] });
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'information');
    assert.match(found[0].message, /Kaluga \d{3} km from the Russia–Ukraine border/);
  });
  it('stays quiet where the map agrees', () => {
    for (const text of [
      'Belgorod, a city near the Ukrainian border, was shelled.',
      'Sheffield lies about 50 km south of Leeds.',
      'Lille, in northern France, was hit.',
    ]) assert.deepEqual(placeContradictions({ self: analysisOf('a.txt', text), others: () => [] }), [], text);
  });
  it('reports a city put in the wrong part of its country', () => {
    const found = placeContradictions({ self: analysisOf('a.txt', 'Marseille, in northern France, was hit.'), others: () => [] });
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'information');
  });
});
