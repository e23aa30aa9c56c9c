import * as assert from 'node:assert/strict';
import { castNoteAt } from '../../../../src/core/story/castNote';
import { extractFigures } from '../../../../src/core/figures/extractFigures';
import { parseArticle } from '../../../../src/core/text/article';

function analysed(id: string, text: string) {
  const article = parseArticle(id, text);
  return { article, figures: extractFigures(article) };
}

describe('Story model: what the hover says of a name', () => {
  const a = analysed('a.txt', 'The driver, Graham Tully, was arrested on Monday. Mr Tully denies wrongdoing.');
  const b = analysed('b.txt', 'Tully, 52, appeared in court on Tuesday.');
  const c = analysed('c.txt', 'Anna Berg, a nurse, saw the crash.');

  it('names the person across the articles that mention them, with their other names and what each article says', () => {
    const at = a.article.text.indexOf('Mr Tully') + 4;
    const note = castNoteAt(a, [b, c], at);
    assert.ok(note);
    assert.equal(note.name, 'Graham Tully');
    assert.deepEqual(note.articleIds, ['a.txt', 'b.txt']);
    assert.ok(note.aliases.includes('the driver'), note.aliases.join('; '));
    assert.equal(a.article.text.slice(note.start, note.end), 'Tully');
    const said = note.attributes.map((x) => `${x.kind} ${x.value} ${x.passage.articleId}`);
    assert.ok(said.includes('role driver a.txt'), said.join('; '));
    assert.ok(said.includes('age 52 b.txt'), said.join('; '));
  });

  it('says nothing away from a name, and nothing of a name the articles say nothing more about', () => {
    assert.equal(castNoteAt(a, [b, c], a.article.text.indexOf('arrested')), null);
    const lone = analysed('d.txt', 'Lena Fox opened the meeting.');
    assert.equal(castNoteAt(lone, [c], 2), null);
  });

  it('gives a surname alone the full name another article writes', () => {
    const note = castNoteAt(b, [a, c], 2);
    assert.ok(note);
    assert.equal(note.name, 'Graham Tully');
    assert.deepEqual(note.articleIds, ['b.txt', 'a.txt']);
  });

  it('leaves a place to the place hover', () => {
    const d = analysed('d.txt', 'Flooding closed roads in Leeds on Monday.');
    const e = analysed('e.txt', 'Water rose in Leeds overnight, and Anna Berg of Leeds said she left.');
    assert.equal(castNoteAt(d, [e], d.article.text.indexOf('Leeds') + 1), null);
  });
});
