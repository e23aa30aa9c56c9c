import * as assert from 'node:assert/strict';
import { speakersOf } from './helpers';

describe('quotations: an echo sentence beats continuation', () => {
  it('"That was the verdict of X" after a paragraph-opening quotation names X, not the previous speaker', () => {
    const text = '“We are closing the pool,” said Nora Fell.\n\n“The pool kept us sane. My kids learned to swim there.” That was the verdict of Ivan Rusk, who runs the café.';
    assert.deepEqual(speakersOf(text), [
      ['We are closing the pool,', 'Nora Fell'],
      ['The pool kept us sane. My kids learned to swim there.', 'Ivan Rusk'],
    ]);
  });
  it('"Those were the words of her neighbour, X" takes the named appositive', () => {
    const text = 'Ada Crane said she was angry. “I waited all day,” she said.\n\n“I have shopped there for years.” Those were the words of Mrs Crane’s cousin, Pearl Hume.';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Ada Crane', 'Pearl Hume']);
  });
  it('a paragraph-opening quotation with no echo still continues a named speaker', () => {
    const text = '“We lost everything,” said Tom Vale.\n\n“Nobody came to help.”';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Tom Vale', 'Tom Vale']);
  });
});

describe('quotations: no carry-over from an unnamed source', () => {
  it('a closed quotation by an anonymous source does not make the next paragraph’s quotation its own', () => {
    const text = 'A worker at the depot said the lorries were late. ‘We saw it coming,’ the worker said.\n\n‘Lock your doors at night.’ The warning spread quickly through the estate.';
    assert.deepEqual(speakersOf(text), [
      ['We saw it coming,', 'the worker'],
      ['Lock your doors at night.', null],
    ]);
  });
  it('an anonymous source still speaks on within its own paragraph', () => {
    const text = '‘We saw it coming,’ one driver said. ‘Nobody listened.’';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['one driver', 'one driver']);
  });
});

describe('speakers: "First Last of Body"', () => {
  it('a person named with the body they belong to is the topic for a later pronoun', () => {
    const text = '‘We are ready,’ said Greta Holm, the port director.\n\nAnna Lind of Norvik, a seed merchant, warned that yields would fall. ‘We will see,’ she said.';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Greta Holm', 'Anna Lind']);
  });
  it('keeps names of bodies with "of" whole', () => {
    assert.deepEqual(speakersOf('‘Rates will hold,’ said the Bank of England.').map(([, s]) => s), ['Bank of England']);
    assert.deepEqual(speakersOf('‘The site is closed,’ the University of Leeds said.').map(([, s]) => s), ['University of Leeds']);
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

describe('speakers: cue words used as nouns, and names that stop at the verb', () => {
  it('"that state police were …" does not read "state" as a cue', () => {
    const text = 'Sen. Laura Ives said on the radio that state troopers were "doing everything they can."';
    assert.deepEqual(speakersOf(text), [['doing everything they can.', 'Laura Ives']]);
  });
  it('a speaker phrase never runs across a verb into the sentence', () => {
    const text = 'Mayor Ruth Kane said in a post on Facebook that crews were "working through the night."';
    assert.deepEqual(speakersOf(text), [['working through the night.', 'Ruth Kane']]);
  });
});

describe('speakers: a possessive inside a body’s name', () => {
  it('"Commissioner’s Office" is one body, and "the regulator" resolves to it', () => {
    const text = 'The Charity Commissioner’s Office, which oversees trusts, said it had opened a case. In a statement, the regulator said: “We take this seriously.”';
    assert.deepEqual(speakersOf(text), [['We take this seriously.', 'Charity Commissioner’s Office']]);
  });
  it('a possessive before a person’s name still ends the body’s name', () => {
    const text = 'Harbour Trust’s Tom Reyes spoke first. “The pier is safe,” Reyes said.';
    assert.deepEqual(speakersOf(text), [['The pier is safe,', 'Tom Reyes']]);
  });
});

describe('speakers: "it said" after "the <body> said"', () => {
  it('resolves to the body the noun stands for, named before', () => {
    const text = '“Roads are shut,” said Brack County Council. Two wagons left the rails, according to Tarrow Valley Railway. The railway said in a statement that a signal had failed. “Our engineers are on site,” it said.';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Brack County Council', 'Tarrow Valley Railway']);
  });
  it('a pronoun’s antecedent keeps the form read so far, not a fuller one given later', () => {
    const text = 'ELMFORD — Two wagons left the rails. “Our engineers are on site,” it said. Pupils were sent home from Elmford Grammar School.';
    assert.notEqual(speakersOf(text)[0][1], 'Elmford Grammar School');
  });
  it('"the company … it said" takes the company, not a body named after the quotation', () => {
    const text = 'Mill Lane Bakery was fined on Monday. The company said it would appeal. “We followed every rule,” it said. The case was brought by Hollin District Council.';
    assert.deepEqual(speakersOf(text), [['We followed every rule,', 'Mill Lane Bakery']]);
  });
});
