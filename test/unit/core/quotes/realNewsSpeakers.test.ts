import * as assert from 'node:assert/strict';
import { speakersOf } from './helpers';
import { personNameStart } from '../../../../src/core/quotes/personName';
import { speakerFragment } from './speakerFragment';

describe('speakers in real news copy', () => {
  it('an honorific with a full stop and a surname is the person named earlier', () => {
    const text = 'Priya Okafor opened the meeting on Monday.\n\n"It\'s a land grab," Mr. Okafor said.';
    assert.deepEqual(speakersOf(text), [["It's a land grab,", 'Priya Okafor']]);
  });
  it('a titled name with a full stop after the quotation is its speaker ("the Rev. Tom Kerr said")', () => {
    assert.deepEqual(speakersOf('"Pray for them," the Rev. Tom Kerr said.'), [['Pray for them,', 'Tom Kerr']]);
  });
  it('an age before the description and the name ("said 32-year-old protester Ana Silva")', () => {
    assert.deepEqual(speakersOf('"We are ready," said 32-year-old protester Ana Silva.'), [['We are ready,', 'Ana Silva']]);
  });
  it('a generation suffix stays in the name, and the surname alone still finds it', () => {
    assert.deepEqual(speakersOf('"Nothing changes," said Robert Hale Jr., a retired judge.'), [['Nothing changes,', 'Robert Hale Jr.']]);
    const text = 'Robert Hale Jr. chaired the panel.\n\n"We are done," Hale said.';
    assert.deepEqual(speakersOf(text), [['We are done,', 'Robert Hale Jr.']]);
  });
  it('middle initials and particles are kept', () => {
    assert.deepEqual(speakersOf('"Fine," said Mary T. Okonjo.'), [['Fine,', 'Mary T. Okonjo']]);
    assert.deepEqual(speakersOf('"Good," said J. R. Whitfield.'), [['Good,', 'J. R. Whitfield']]);
    assert.deepEqual(speakersOf('"Done," said Ludwig van Aken.'), [['Done,', 'Ludwig van Aken']]);
  });
  it('an abbreviated title, a name and "of" a place: the person, not the place ("Sen. Tom Carper of Delaware")', () => {
    assert.deepEqual(speakersOf('"We should debate it," said Sen. Tom Carper of Delaware, a Democrat.'), [['We should debate it,', 'Tom Carper']]);
    assert.deepEqual(speakersOf('"We should debate it," Sen. Tom Carper of Delaware said.'), [['We should debate it,', 'Tom Carper']]);
    // Must stay whole: a body named with "of" is its own speaker.
    assert.deepEqual(speakersOf('"Rates will rise," said the Bank of England.'), [['Rates will rise,', 'Bank of England']]);
  });
  it('a time adverbial between the speaker and the cue is not part of the name', () => {
    assert.deepEqual(speakersOf('Governor Ana Ruiz on Tuesday said the plan was "dead on arrival."'), [['dead on arrival.', 'Ana Ruiz']]);
    assert.deepEqual(speakersOf('Tom Fox last week said the bill was "a fraud."'), [['a fraud.', 'Tom Fox']]);
  });
  it('a long apposition after the speaker is cut off', () => {
    assert.deepEqual(speakersOf('"It is early," said Priya Nair, head of research in Singapore at a regional brokerage.'), [['It is early,', 'Priya Nair']]);
    assert.deepEqual(speakersOf('The race is "over," according to Tom Reilly, a Democratic pollster who has advised three campaigns.'), [['over,', 'Tom Reilly']]);
  });
  it('two people joined by "and" are two names: a surname goes to its own person', () => {
    const text = 'Cruz and Rubio clashed on Tuesday. Rubio is young.\n\n"It is over," Rubio said.';
    assert.deepEqual(speakersOf(text), [['It is over,', 'Rubio']]);
  });
  it('a body named "X and Y" stays whole', () => {
    const text = 'Marks and Spencer said profits fell. "We are sorry," the company said.';
    assert.deepEqual(speakersOf(text), [['We are sorry,', 'Marks and Spencer']]);
  });
  it('a party, an office or a sentence opener before a name is not part of it', () => {
    const text = 'House Speaker Paul Ryan spoke first. Though Kaine agreed, Republican Donald Trump did not.\n\n"It is over," Ryan said. "No," said Trump. "Yes," Kaine said.';
    assert.deepEqual(speakersOf(text), [['It is over,', 'Paul Ryan'], ['No,', 'Donald Trump'], ['Yes,', 'Kaine']]);
  });
  it('a capitalised adverb or number opening a sentence is not a speaker', () => {
    assert.deepEqual(speakersOf('Already, "the roof is leaking," Smith said.'), [['the roof is leaking,', 'Smith']]);
    assert.deepEqual(speakersOf('Wait, it gets better:\n\n"By law, the president sets the number."'), [['By law, the president sets the number.', null]]);
  });
  it('a surname that only looks like an adverb is still a name', () => {
    assert.deepEqual(speakersOf('"We are careful," Halbrook\'s chief executive, Martin Edgerly, said.'), [['We are careful,', 'Martin Edgerly']]);
  });
  it('"he" goes on with the speaker of the paragraph before, not a man named further back', () => {
    const text = 'Mr. Trump spoke in Ohio on Monday.\n\n"Conservatives are wrong," Gorka declared.\n\n"Let us boil it down," he continued.';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Gorka', 'Gorka']);
  });
  it('an organisation or its body speaks', () => {
    assert.deepEqual(speakersOf('"It is a scandal," the Herald\'s editorial board wrote.'), [['It is a scandal,', "the Herald's editorial board"]]);
  });
  it('must stay quiet: a split quotation does not run into the next paragraph', () => {
    const text = '"We will appeal," Ms. Lindgren said of the ruling.\n\nAlready, "the roof is leaking," said Tom Reilly.';
    assert.deepEqual(speakersOf(text), [['We will appeal,', 'Lindgren'], ['the roof is leaking,', 'Tom Reilly']]);
  });
});

describe('personNameStart', () => {
  it('finds where the name begins after descriptors', () => {
    assert.equal(personNameStart(['Republican', 'Donald', 'Trump']), 1);
    assert.equal(personNameStart(['Though', 'Kaine']), 1);
    assert.equal(personNameStart(['Instead', 'of', 'Cardin']), 2);
  });
  it('keeps whole names, including ones whose later word is also a first name', () => {
    assert.equal(personNameStart(['Lindsey', 'Graham']), 0);
    assert.equal(personNameStart(['Taylor', 'Ann', 'Brooks']), 0);
    assert.equal(personNameStart(['Stephen', 'F.', 'Hayes']), 0);
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
