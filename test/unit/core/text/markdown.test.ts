import * as assert from 'node:assert/strict';
import { maskMarkdown } from '../../../../src/core/text/markdown';

describe('maskMarkdown', () => {
  // [Markdown, the prose left after masking (same length, markup blanked), the blocks as [kind, source text]]
  const cases: Array<[string, string, Array<[string, string]>]> = [
    ['# Floods hit Ferring\n\nThe river rose.', '  Floods hit Ferring\n\nThe river rose.', [['heading', '# Floods hit Ferring'], ['prose', 'The river rose.']]],
    ['Title\n=====\n\nText.', 'Title\n     \n\nText.', [['heading', 'Title'], ['prose', 'Text.']]],
    ['The **river** rose _fast_.', 'The   river   rose  fast .', [['prose', 'The **river** rose _fast_.']]],
    ['See [the report](https://example.org/r) now.', 'See  the report                         now.', [['prose', 'See [the report](https://example.org/r) now.']]],
    ['![a photo](p.jpg) Caption.', '                  Caption.', [['prose', '![a photo](p.jpg) Caption.']]],
    ['Run `make` first.', 'Run        first.', [['prose', 'Run `make` first.']]],
    ['<b>bold</b> text', '   bold     text', [['prose', '<b>bold</b> text']]],
    ['---\ntitle: x\n---\nBody text.', '   \n        \n   \nBody text.', [['prose', 'Body text.']]],
    ['```\ncode\n```\nAfter.', '   \n    \n   \nAfter.', [['prose', 'After.']]],
    ['> "We are safe," she said.', '  "We are safe," she said.', [['blockquote', '"We are safe," she said.']]],
    ['- first item\n- second', '  first item\n  second', [['list-item', 'first item'], ['list-item', 'second']]],
    // Plain prose is left as it is, trailing spaces and all.
    ['Line one  \nLine two', 'Line one  \nLine two', [['prose', 'Line one  \nLine two']]],
  ];
  for (const [markdown, prose, blocks] of cases) {
    it(JSON.stringify(markdown), () => {
      const masked = maskMarkdown(markdown);
      assert.equal(masked.prose, prose);
      assert.equal(masked.prose.length, markdown.length, 'offsets must point into the original');
      assert.deepEqual(masked.blocks.map((b) => [b.kind, markdown.slice(b.start, b.end)]), blocks);
    });
  }
});
