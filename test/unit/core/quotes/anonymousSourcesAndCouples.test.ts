import * as assert from 'node:assert/strict';
import { speakersOf } from './helpers';
import { parseArticle } from '../../../../src/core/text/article';
import { frameWords } from '../../../../src/core/quotes/frame';
import { personBeforeWho } from '../../../../src/core/quotes/speakerPhrase';
import { isDescriptorBeforeName } from '../../../../src/core/quotes/cast';

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

describe('speakers: descriptors before a name', () => {
  it('"Cyclist Dev Sandhu" (a person noun before an unknown first name and a surname) is Dev Sandhu', () => {
    const text = 'Cyclist Dev Sandhu, who has run the inn since 2010, closed early. “We had no staff left,” he said.';
    assert.deepEqual(speakersOf(text), [['We had no staff left,', 'Dev Sandhu']]);
  });
  it('"Father-of-three Owen Pryce" (a hyphenated descriptor) is Owen Pryce', () => {
    const text = 'Father-of-three Owen Pryce waited outside the school. “Nobody told us anything,” he said.';
    assert.deepEqual(speakersOf(text), [['Nobody told us anything,', 'Owen Pryce']]);
  });
  it('a first word the lexicon knows as a name stays in the name ("Taylor Ann Brooks")', () => {
    const text = 'Taylor Ann Brooks left the hall early. “It was too loud,” she said.';
    assert.deepEqual(speakersOf(text), [['It was too loud,', 'Taylor Ann Brooks']]);
  });
  it('a plural or a body is never a descriptor; a person noun before a first name and surname is', () => {
    assert.equal(isDescriptorBeforeName(['Farmers', 'Union', 'Wales']), false);
    assert.equal(isDescriptorBeforeName(['Cyclist', 'Union', 'Group']), false);
    assert.equal(isDescriptorBeforeName(['Carter', 'Lee', 'Jones']), false);
    assert.equal(isDescriptorBeforeName(['Shopkeeper', 'Dev', 'Sandhu']), true);
  });
});

describe('speakers: a couple sharing a surname', () => {
  it('"Ian and Carol Whitby’s farm … Carol Whitby said … “…,” she said" is Carol Whitby, not a body', () => {
    const text = 'The council chief, Alan Reeve, spoke first. “We are doing all we can,” Reeve said.\n\nIan and Carol Whitby’s farm was flooded. Carol Whitby said she had lost the flock. “We had nowhere to move them,” she said.';
    assert.deepEqual(speakersOf(text).slice(-1), [['We had nowhere to move them,', 'Carol Whitby']]);
  });
  it('"Marks and Spencer" stays one body', () => {
    const text = 'Marks and Spencer said sales had fallen. “Trading was tough,” it said.';
    assert.deepEqual(speakersOf(text), [['Trading was tough,', 'Marks and Spencer']]);
  });
});

describe('speakers: "the <nationality>" is a person named before', () => {
  it('"X, the winner, … “…,” the Brazilian said" is X', () => {
    const text = 'The winner, Lucas Ferreira, crossed the line alone. “My legs were gone,” the Brazilian said.';
    assert.deepEqual(speakersOf(text), [['My legs were gone,', 'Lucas Ferreira']]);
  });
  it('with no one named before, "the Kenyan" stays a description, not a name', () => {
    const text = 'The rain stopped at noon.\n\n“We ran in the mud,” the Kenyan said.';
    assert.deepEqual(speakersOf(text), [['We ran in the mud,', 'the Kenyan']]);
  });
  it('a nationality met as a name ("The Italian government") is not taken as the person', () => {
    const text = 'The Italian government said it would act.\n\n“We are ready,” the Italian said.';
    assert.deepEqual(speakersOf(text), [['We are ready,', 'the Italian']]);
  });
});
