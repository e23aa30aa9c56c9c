import * as assert from 'node:assert/strict';
import type { ArticleAnalysis } from '../../../../src/core/corpus/analysis';
import { placeNoteAt } from '../../../../src/core/geo/placeHover';
import { parseArticle } from '../../../../src/core/text/article';

function analysisOf(id: string, text: string): ArticleAnalysis {
  return { article: parseArticle(id, text), quotations: [], figures: [], claims: [] };
}

describe('geo: place hover', () => {
  const text = 'Drones fell in the Kaluga region, which lies approximately 150 kilometers southwest of Moscow.';
  it('places a name the story locates, with distance and bearing to the others', () => {
    const a = analysisOf('a.txt', text);
    const note = placeNoteAt({ self: a, others: () => [] }, text.indexOf('Kaluga') + 2);
    assert.ok(note);
    assert.equal(note.town.country, 'RU');
    assert.deepEqual(note.others.map((o) => [o.name, o.bearing]), [['Moscow', 'south-west']]);
    assert.ok(Math.abs(note.others[0].km - 160) < 10);
  });
  it('says nothing on a word that is no place of the story', () => {
    const a = analysisOf('a.txt', text);
    assert.equal(placeNoteAt({ self: a, others: () => [] }, text.indexOf('Drones') + 1), null);
  });
});
