import * as assert from 'node:assert/strict';
import { Corpus } from '../../../../src/core/corpus/corpus';
import { figureOf } from './helpers';

function flagged(a: string, b: string): string[] {
  const corpus = new Corpus();
  corpus.set('dir/a.txt', a);
  corpus.set('dir/b.txt', b);
  return corpus.check('dir/a.txt').filter((f) => f.rule === 'inconsistent-figure').map((f) => `${f.severity} ${a.slice(f.start, f.end)}`);
}

describe('Figures: a magnitude', () => {
  it('reads a magnitude written before or after the number, joined or not', () => {
    for (const [text, part] of [['The magnitude 2.8 seismic event struck early.', '2.8'], ['It was a magnitude-3.2 seismic event.', '3.2'], ['A 3.2-magnitude quake hit.', '3.2'], ['A 6.1 magnitude earthquake hit.', '6.1'], ['The quake had a magnitude of 6.1.', '6.1']]) {
      const f = figureOf(text, part);
      assert.equal(f.key, 'magnitude', text);
      assert.equal(f.kind, 'measure', text);
    }
    assert.equal(figureOf('It was a magnitude-3.2 seismic event.', '3.2').act, 'event');
    // 'magnitude-3.2' is not a label like 'Covid-19'.
    assert.equal(figureOf('It was a magnitude-3.2 seismic event.', '3.2').value, 3.2);
  });
  it('reads the noun back through a verb, unsure; with no noun there is no key', () => {
    assert.equal(figureOf('The quake had a magnitude of 6.1.', '6.1').act, 'quake');
    assert.equal(figureOf('The quake had a magnitude of 6.1.', '6.1').confidence, 'unsure');
    assert.equal(figureOf('Officials recorded 42 aftershocks, the strongest of magnitude 4.6.', '4.6').key, null);
    // One shock of a series.
    assert.equal(figureOf('One 7.3-magnitude tremor was felt in Australia.', '7.3').key, null);
    assert.equal(figureOf('People fled after the first 7.6-magnitude quake struck.', '7.6').key, null);
  });
});

describe('inconsistent-figure: magnitudes', () => {
  it('does not compare a magnitude in a sentence that dates or recalls another occasion', () => {
    const now = 'A strong 6.1-magnitude earthquake struck Aceh province in Indonesia on Tuesday, the US Geological Survey said.';
    assert.deepEqual(flagged(now, 'In 2004, a magnitude-9.1 earthquake struck Aceh province in Indonesia, the US Geological Survey said.'), []);
    assert.deepEqual(flagged(now, 'Last year an 8.6-magnitude earthquake struck Aceh province in Indonesia, the US Geological Survey said.'), []);
    // Must stay loud: the story's own quake told two ways.
    assert.deepEqual(flagged(now, 'A magnitude-6.4 earthquake struck Aceh province in Indonesia on Tuesday, the US Geological Survey said.'), ['warning 6.1-magnitude earthquake']);
  });
  it('does not compare two magnitudes of one article: two shocks', () => {
    const corpus = new Corpus();
    corpus.set('a.txt', 'A magnitude 6.1 earthquake struck Napa in California on Sunday.\nResidents said a magnitude 5.2 earthquake shook Napa again an hour later.');
    assert.deepEqual(corpus.check('a.txt').filter((f) => f.rule === 'inconsistent-figure'), []);
  });
  const a = 'The magnitude 2.8 seismic event struck the Kestrel Lake mine in Ontario early on Thursday.';
  it('compares two magnitudes of one event', () => {
    // Likely, not sure: the other article does not say where the event was, only where the mine is.
    assert.deepEqual(flagged(a, 'Northcape suspended work at the Kestrel Lake mine in Ontario after a magnitude-3.2 seismic event.'), ['information 2.8 seismic event']);
  });
  it('does not compare a quake with an aftershock, nor with an unnamed shock', () => {
    assert.deepEqual(flagged('A magnitude 5.9 earthquake struck Elazig in Turkey on Sunday.', 'Officials in Elazig said 42 aftershocks had been recorded, the strongest of magnitude 4.6.'), []);
    assert.deepEqual(flagged('A magnitude 6.1 earthquake struck Napa in California early on Sunday.', 'A magnitude 3.6 aftershock struck Napa in California on Sunday.'), []);
  });
});
