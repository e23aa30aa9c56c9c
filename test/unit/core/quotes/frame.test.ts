import * as assert from 'node:assert/strict';
import { quotationsOf, speakersOf } from './helpers';

const mdSpeakers = (text: string) => quotationsOf(text, 'a.md').map((q) => [q.text, q.speaker?.name ?? null]);

describe('quotations: a cue sentence holding a nickname in marks', () => {
  it('"X, known as “…”, said …. “…" gives the next quotation to X, across a reopened paragraph', () => {
    const text = 'Coach Rita Benson, known in the club as “The Sergeant”, said the pitch was unplayable. “It was frozen solid.\n\n“We could not risk anyone’s ankles.”';
    assert.deepEqual(speakersOf(text), [['It was frozen solid. … We could not risk anyone’s ankles.', 'Rita Benson']]);
  });
  it('a cue sentence with a full quotation of its own still does not lend its cue to the next', () => {
    const text = 'The roof leaked all winter.\n\nTenants were told it was “not urgent” by the agent. “We gave up asking.”';
    assert.deepEqual(speakersOf(text).slice(-1), [['We gave up asking.', null]]);
  });
});

describe('speakers: a nickname in marks inside a name', () => {
  it('is not a quotation, and the speaker keeps first and last names', () => {
    const text = 'Sheriff Ronald “Red” Tully, who led the search, said the trail was cold. “We will keep looking,” Tully said.';
    assert.deepEqual(speakersOf(text), [['We will keep looking,', 'Ronald Tully']]);
  });
  it('works with straight and single marks, and a pronoun finds the person', () => {
    assert.deepEqual(speakersOf('Councillor Jean ‘Jinty’ Baird opened the fete. ‘What a crowd,’ she said.'), [['What a crowd,', 'Jean Baird']]);
    assert.deepEqual(speakersOf('"Bring a coat," said Wilbur "Tex" Haines, the ranger.'), [['Bring a coat,', 'Wilbur Haines']]);
  });
  it('a hyphenated title before the name is left out', () => {
    assert.deepEqual(speakersOf('"The roads are open," said Boone County Judge-Executive Alma Cobb.'), [['The roads are open,', 'Alma Cobb']]);
    assert.deepEqual(speakersOf('"We will appeal," said Attorney-General Raymond Osei.'), [['We will appeal,', 'Raymond Osei']]);
  });
  it('a one-word quotation between lower-case words is still a quotation', () => {
    assert.equal(speakersOf('Asked about the deal, Lena Ord said "never" would be too soon.').length, 1);
  });
});
