import * as assert from 'node:assert/strict';
import { parseArticle } from '../../../../src/core/text/article';
import { tagSentence } from '../../../../src/core/text/tagging';

function sentences(text: string, id = 'a.txt'): string[] {
  const a = parseArticle(id, text);
  return a.sentences.map((s) => a.text.slice(s.start, s.end));
}

describe('Article', () => {
  describe('sentences', () => {
    it('splits at full stops followed by a capital', () => {
      assert.deepEqual(sentences('The fire spread. Crews arrived.'), ['The fire spread.', 'Crews arrived.']);
    });
    it('keeps honorifics, initials and abbreviations inside the sentence', () => {
      for (const text of [
        'Dr. Elena Kovalenko spoke.',
        'Gov. Shapsha spoke.',
        'Mr Farrant and Mrs. Ellery spoke.',
        'The U.S. Army said so.',
        'It began on Jan. 5 at dawn.',
        'He lives on St. Mark Street.',
        'J. R. Smith spoke.',
      ]) {
        assert.deepEqual(sentences(text), [text], text);
      }
    });
    it('ends a sentence after a.m. only when a capital follows', () => {
      assert.deepEqual(sentences('It began at 2 a.m. on Tuesday.'), ['It began at 2 a.m. on Tuesday.']);
      assert.deepEqual(sentences('It began at 2 a.m. Crews came.'), ['It began at 2 a.m.', 'Crews came.']);
      assert.deepEqual(sentences('It ran aground at 8:40 p.m. Monday, the coast guard said.'), ['It ran aground at 8:40 p.m. Monday, the coast guard said.']);
    });
    it('ends a sentence after a closing quotation mark', () => {
      assert.deepEqual(sentences('‘It was terrifying.’ She left.'), ['‘It was terrifying.’', 'She left.']);
      assert.deepEqual(sentences('"Go," she said. "Now."'), ['"Go," she said.', '"Now."']);
    });
    it('does not end a sentence at a question mark followed by lower case', () => {
      assert.deepEqual(sentences('"Why?" she asked.'), ['"Why?" she asked.']);
    });
    it('keeps a sentence whose line breaks after an honorific', () => {
      const a = parseArticle('a.txt', 'One line here.\n‘This is a worrying trend,’ said Dr.\nElena Kovalenko, an expert.\nNext paragraph.');
      assert.equal(a.paragraphs.length, 3);
      assert.equal(a.sentences[1].text, '‘This is a worrying trend,’ said Dr. Elena Kovalenko, an expert.');
    });
  });

  describe('paragraphs', () => {
    it('takes one paragraph a line when the copy has no blank lines', () => {
      const a = parseArticle('a.txt', 'First paragraph.\nSecond paragraph.\n');
      assert.equal(a.paragraphs.length, 2);
    });
    it('joins hard-wrapped lines when paragraphs are separated by blank lines', () => {
      const a = parseArticle('a.txt', 'First paragraph goes\non here.\n\nSecond paragraph.\n');
      assert.equal(a.paragraphs.length, 2);
      assert.equal(a.sentences[0].text, 'First paragraph goes on here.');
    });
    it('keeps one paragraph a line when a blank line only sets off the headline of unwrapped copy', () => {
      const long = 'The former secretary of state said on Tuesday that she wanted to speak directly to voters about the shooting in Tulsa.';
      const a = parseArticle('a.txt', `Clinton speaks on shooting\n\n${long}\n${long}\n`);
      assert.equal(a.paragraphs.length, 3);
    });
    it('still joins wrapped lines of blank-separated copy where a line happens to end a sentence', () => {
      const a = parseArticle('a.txt', 'The council met on Tuesday.\nIt was the third meeting this year.\n\nSecond paragraph.\n');
      assert.equal(a.paragraphs.length, 2);
    });
    it('marks an unpunctuated first line as a headline', () => {
      const a = parseArticle('a.txt', 'Fire guts plant\nA fire swept through a plant.\n');
      assert.equal(a.paragraphs[0].kind, 'heading');
      assert.equal(a.paragraphs[1].kind, 'prose');
    });
  });

  describe('offsets', () => {
    it('points into the original text with CRLF and a BOM', () => {
      const text = '\uFEFFFirst one.\r\nSecond one.\r\n';
      const a = parseArticle('a.txt', text);
      assert.deepEqual(a.sentences.map((s) => text.slice(s.start, s.end)), ['First one.', 'Second one.']);
    });
    it('gives the same sentences for CRLF as for LF', () => {
      const lf = 'A fire. Crews came.\nThey left.\n';
      assert.deepEqual(sentences(lf.replace(/\n/g, '\r\n')), sentences(lf));
    });
    it('tokenizes with offsets and keeps apostrophes inside words', () => {
      const a = parseArticle('a.txt', 'It’s the town’s 1,200 residents.');
      const words = a.sentences[0].tokens.map((t) => t.text);
      assert.deepEqual(words, ['It’s', 'the', 'town’s', '1,200', 'residents', '.']);
      for (const t of a.sentences[0].tokens) assert.equal(a.text.slice(t.start, t.end), t.text);
    });
    it('tags terms with compromise at article offsets', () => {
      const a = parseArticle('a.txt', 'Intro here.\nSaid Dr.\nElena Kovalenko today.');
      const terms = a.sentences.flatMap(tagSentence);
      const elena = terms.find((t) => t.normal === 'elena')!;
      assert.equal(a.text.slice(elena.start, elena.end), 'Elena');
      assert.ok(elena.tags.has('Person'));
    });
  });

  describe('Markdown', () => {
    const md = [
      '---',
      'title: "A draft"',
      '---',
      '# Fire at the *plant*',
      '',
      'A **fire** swept through [the plant](https://example.com/x "t") at `2am`.',
      'It was put out.',
      '',
      '```',
      '"not a quote" here.',
      '```',
      '',
      '- First item said "hello".',
      '- Second item.',
      '',
      '<!-- a comment -->',
    ].join('\n');
    const a = parseArticle('a.md', md);
    it('masks markup and keeps offsets into the original file', () => {
      const texts = a.sentences.map((s) => s.text.replace(/\s+/g, ' ').trim());
      assert.deepEqual(texts, [
        'Fire at the plant',
        'A fire swept through the plant at .',
        'It was put out.',
        'First item said "hello".',
        'Second item.',
      ]);
      const fire = a.sentences[1].tokens.find((t) => t.text === 'fire')!;
      assert.equal(md.slice(fire.start, fire.end), 'fire');
    });
    it('gives headings and list items their own paragraphs', () => {
      assert.deepEqual(a.paragraphs.map((p) => p.kind), ['heading', 'prose', 'list-item', 'list-item']);
    });
    it('keeps code blocks out of the prose', () => {
      assert.ok(!a.prose.includes('not a quote'));
    });
  });
});
