import * as assert from 'node:assert/strict';
import { quotationsOf, speakersOf } from './helpers';
import { parseArticle } from '../../../../src/core/text/article';
import { frameWords } from '../../../../src/core/quotes/frame';
import { personBeforeWho } from '../../../../src/core/quotes/speakerPhrase';
import { isDescriptorBeforeName } from '../../../../src/core/quotes/cast';
import { personNameStart } from '../../../../src/core/quotes/personName';
import { speakerFragment } from './speakerFragment';

describe('quotations: more nouns for bodies', () => {
  it('"the branch said … its inspectors would “…”" resolves to the body named before', () => {
    const text = 'Inspectors from the Rail Safety Branch visited the depot on Monday.\n\nThe branch said in a statement that its staff would “check every signal on the line.”';
    assert.deepEqual(speakersOf(text), [['check every signal on the line.', 'Rail Safety Branch']]);
  });
});

describe('quotations: who issued a statement', () => {
  it('"according to a statement from X … the statement said" is X, not the sentence’s subject', () => {
    const text = 'The umpire, Carl Dent, disqualified the bowler, according to a statement from the Oakfield Cricket Club.\n\n“The laws of the game are clear,” the statement said.';
    assert.deepEqual(speakersOf(text), [['The laws of the game are clear,', 'Oakfield Cricket Club']]);
  });
  it('"It said in a statement" after "the ride’s manufacturer, X." makes X the body the statement came from', () => {
    const text = 'The ride had been shut since noon, according to the ride’s manufacturer, Vintry Leisure. It said in a statement that staff had followed procedure.\n\n“We are reviewing what happened,” the statement said.';
    assert.deepEqual(speakersOf(text), [['We are reviewing what happened,', 'Vintry Leisure']]);
  });
  it('a person heading a body is not the body: "X, head of the union" stays a person', () => {
    const text = 'The strike went ahead, according to Jo Marr, head of the union. “We had no choice,” she said.';
    assert.deepEqual(speakersOf(text), [['We had no choice,', 'Jo Marr']]);
  });
});

describe('quotations: a pronoun in the paragraph of the person it follows', () => {
  const text = 'Ruvo Tadesse of Eritrea finished second.\n\n“The judges got it wrong,” said Mr Holt, the coach.\n\nTadesse, who ran the race last year, said he had seen the fall. “It was nobody’s fault,” he said.';
  it('"X said he had … “…,” he said" is X even when a man of known gender spoke in the paragraph before', () => {
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Holt', 'Ruvo Tadesse']);
  });
  it('a gendered speaker in the same paragraph still wins over no one', () => {
    const text2 = '“The judges got it wrong,” said Mr Holt, the coach.\n\n“We will appeal,” he said.';
    assert.deepEqual(speakersOf(text2).map(([, s]) => s), ['Holt', 'Holt']);
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

describe('speakers: "the company", "the union", "the council"', () => {
  it('resolve to the body named before, never one named later', () => {
    const text = 'Tarrow Haulage said in a statement that it regretted the crash. "We will pay for the repairs," the company said.\n\nLater, the Kessel Rowing Association met at Kessel.';
    assert.deepEqual(speakersOf(text), [['We will pay for the repairs,', 'Tarrow Haulage']]);
  });
  it('a place name is not read as the fuller body named only later', () => {
    const text = 'A lorry crashed in Kessel on Monday. Dunmore said in a statement that it was sorry. "We are sorry," the company said.\n\nThe Kessel Rowing Association was angry.';
    assert.deepEqual(speakersOf(text), [['We are sorry,', 'Dunmore']]);
  });
  it('prefer a body typed by the noun in front of its name', () => {
    const text = 'Hallam City Council approved the cuts. The Hallam branch of the union Allied Staff said members were angry. "Nobody asked us," the union said.';
    assert.deepEqual(speakersOf(text), [['Nobody asked us,', 'Allied Staff']]);
  });
  it('prefer a body whose name holds the noun', () => {
    const text = 'Brenham District Council met on Tuesday. Ferro Steel said it would cut jobs. "The budget is balanced," the council said.';
    assert.deepEqual(speakersOf(text), [['The budget is balanced,', 'Brenham District Council']]);
  });
});

describe('speakers: pronouns never reported as names', () => {
  it('a pronoun resolves through a name inside a phrase of the sentence before', () => {
    assert.deepEqual(speakersOf('Reporters waited outside for a word from Tom Vale, the club owner. "We have nothing to add," he said.'), [['We have nothing to add,', 'Tom Vale']]);
  });
  it('prefers a gender match among earlier mentions', () => {
    assert.deepEqual(speakersOf('The letter came from Mrs Joan Reed, with a note from Mr Peter Quill. "We had no choice," she said.'), [['We had no choice,', 'Joan Reed']]);
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

describe('quotations: pronouns after a subject with a place', () => {
  it('"Rep. Tolu Okafor of New York … he said" is the person, never the place after "of"', () => {
    const text = 'Rep. Tolu Okafor of New York, a council member, said the plan would help. "It is not do or die," he said outside.';
    assert.deepEqual(speakersOf(text), [['It is not do or die,', 'Tolu Okafor']]);
  });
});

describe('quotations: a pronoun after reported speech', () => {
  it('"X said he …" makes X the one "he said" means, over someone of known gender named before', () => {
    const text = 'Troy Jackson backed the senator.\n\nDevine said he does not think the contest will hurt the party.\n\n"We can do a lot of good things," he said.';
    assert.deepEqual(speakersOf(text), [['We can do a lot of good things,', 'Devine']]);
  });
});

describe('quotations: the speaker phrase stops where the clause goes on', () => {
  it('a verb after the name ends the subject ("Netanyahu rallied supporters, warning …")', () => {
    assert.deepEqual(speakersOf('Ana Ruiz rallied supporters on Monday, warning that "the plan is in danger."'), [['the plan is in danger.', 'Ana Ruiz']]);
  });
  it('a party and role before the name are not a clause ("Democratic presidential candidate X")', () => {
    assert.deepEqual(speakersOf('"We will win," said Democratic presidential candidate Ana Ruiz.'), [['We will win,', 'Ana Ruiz']]);
  });
  it('a word ending like an agent that WordNet knows as something else is no speaker ("after")', () => {
    assert.deepEqual(speakersOf('Ana Ruiz resigned her post, after hinting at "personnel changes" for weeks.'), [['personnel changes', 'Ana Ruiz']]);
  });
  it('an adverb made from an adjective opening a sentence is never a speaker ("Typically")', () => {
    assert.deepEqual(speakersOf('He never finishes. Typically interrupts, "bu, bu, bu," and moves on.'), [['bu, bu, bu,', null]]);
  });
});

describe('quotations: roles and organisations before a name', () => {
  it('a role noun WordNet knows as a person is stripped before the name ("Republican U.S. House Speaker X")', () => {
    assert.deepEqual(speakersOf('"We will win," said Republican U.S. House Speaker Ana Ruiz.'), [['We will win,', 'Ana Ruiz']]);
  });
  it('the name follows its organisation\'s possessive ("The Washington Post\'s X")', () => {
    assert.deepEqual(speakersOf('"We will win," The Daily Courier\'s Ana Ruiz wrote.'), [['We will win,', 'Ana Ruiz']]);
  });
  it('must stay whole: a person noun after a first name ("Mary Baker Eddy"), a body with a possessive ("Tenants\' Association")', () => {
    assert.deepEqual(speakersOf('"We will win," said Mary Baker Eddy.'), [['We will win,', 'Mary Baker Eddy']]);
    assert.deepEqual(speakersOf('"We were ignored," the Kestrel House Tenants\' Association said.'), [['We were ignored,', 'Kestrel House Tenants\' Association']]);
  });
});
