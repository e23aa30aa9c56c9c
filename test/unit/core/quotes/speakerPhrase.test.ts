import * as assert from 'node:assert/strict';
import { speakersOf } from './helpers';
import { parseArticle } from '../../../../src/core/text/article';
import { frameWords } from '../../../../src/core/quotes/frame';
import { personBeforeWho } from '../../../../src/core/quotes/speakerPhrase';
import { isDescriptorBeforeName } from '../../../../src/core/quotes/cast';
import { personNameStart } from '../../../../src/core/quotes/personName';
import { speakerFragment } from './speakerFragment';

describe('quotations: an anonymous source with a "who" clause and a colon', () => {
  it('"One X, who asked not to be named, said: “…”" is attributed to the description, whatever the noun', () => {
    const text = 'The café has been quiet for months.\n\nOne stallholder-to-be, who asked not to be named, said: “Nobody comes in after six any more.”';
    assert.deepEqual(speakersOf(text), [['Nobody comes in after six any more.', 'One stallholder-to-be']]);
  });
  it('"A regular, who …, said: “…”" is attributed', () => {
    const text = 'A regular, who did not want to be identified, said: “The prices went up twice this year.”';
    assert.deepEqual(speakersOf(text), [['The prices went up twice this year.', 'A regular']]);
  });
  it('only a "who" clause after a determiner and a plain noun makes the person (not "which", not a name)', () => {
    const a = parseArticle('a.txt', 'One banner, which hung there, fell. One Harper, who knew, left. One regular, who knew, left.');
    const words = a.sentences.map((s) => frameWords(a, s, s, []));
    assert.equal(personBeforeWho(words[0], 0, 2), null);
    assert.equal(personBeforeWho(words[1], 0, 2), null);
    assert.deepEqual(personBeforeWho(words[2], 0, 2)?.words.map((w) => w.text), ['One', 'regular']);
  });
});

describe('speaker fragments', () => {
  it('names, roles and descriptions are not fragments', () => {
    for (const s of ['Priya Okafor', 'Robert Hale Jr.', 'the spokesman', "the Herald's editorial board", 'One person familiar with the plans', 'Ludwig van Aken']) assert.equal(speakerFragment(s), undefined, s);
  });
  it('a clause or a time expression in the speaker is a fragment', () => {
    assert.ok(speakerFragment('Governor Ana Ruiz on Tuesday'));
    assert.ok(speakerFragment('Democrat Lena Fox of failing'));
    assert.ok(speakerFragment('The paper took note of the senator\'s'));
    assert.ok(speakerFragment('Already'));
  });
  it('no speaker found in the real-news kinds above is a fragment', () => {
    const text = 'Governor Ana Ruiz on Tuesday said the plan was "dead on arrival." "It is early," said Priya Nair, head of research in Singapore at a regional brokerage.';
    for (const [, s] of speakersOf(text)) assert.equal(s && speakerFragment(s), undefined, String(s));
  });
});
