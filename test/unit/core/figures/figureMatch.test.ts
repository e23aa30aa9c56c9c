import * as assert from 'node:assert/strict';
import { Corpus } from '../../../../src/core/corpus/corpus';
import { sameHolder } from '../../../../src/core/figures/figureMatch';

function figureFindings(files: Record<string, string>, id: string) {
  const corpus = new Corpus();
  for (const [name, text] of Object.entries(files)) corpus.set(name, text);
  return corpus.check(id).filter((f) => f.rule === 'inconsistent-figure');
}

const story = (sentence: string) => `${sentence} The Aceh disaster agency spokesman Sutopo Nugroho said rescuers in Bener Meriah were still searching.`;

describe('Figure matching: what the attachment tells apart', () => {
  it("does not compare two windows of a series ('their first five drives' / 'their first two drives')", () => {
    const found = figureFindings({ 'a.txt': story('The Jaguars scored on four of their first five drives.'), 'b.txt': story('The Jaguars scored touchdowns on their first two drives.') }, 'a.txt');
    assert.equal(found.length, 0);
  });
  it('still compares the story’s own magnitude told two ways', () => {
    const found = figureFindings({ 'a.txt': story('The 6.1-magnitude quake struck Bener Meriah on Tuesday.'), 'b.txt': story('The 6.4-magnitude quake struck Bener Meriah on Tuesday.') }, 'a.txt');
    assert.equal(found.length, 1);
  });
});

describe('sameHolder', () => {
  it('meets a surname and the full name, and an unstated holder with any', () => {
    assert.ok(sameHolder('lund', 'peter lund'));
    assert.ok(sameHolder('peter lund', 'lund'));
    assert.ok(sameHolder(null, 'harwood bank'));
  });
  it('keeps two names that share only their last word apart', () => {
    assert.ok(!sameHolder('harwood bank', 'kestrel bank'));
    assert.ok(!sameHolder('karen lund', 'peter lund'));
  });
});
