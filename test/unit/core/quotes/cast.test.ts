import * as assert from 'node:assert/strict';
import { speakersOf, quotationsOf } from './helpers';
import { parseArticle } from '../../../../src/core/text/article';
import { frameWords } from '../../../../src/core/quotes/frame';
import { personBeforeWho } from '../../../../src/core/quotes/speakerPhrase';
import { buildCast, castBefore, fullestName, isDescriptorBeforeName, mentionRun } from '../../../../src/core/quotes/cast';

const mdSpeakers = (text: string) => quotationsOf(text, 'a.md').map((q) => [q.text, q.speaker?.name ?? null]);

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

describe('speakers: descriptors, datelines and titles', () => {
  it('"Shopkeeper Maria Lopez" is Maria Lopez', () => {
    const text = 'Shopkeeper Maria Lopez, 52, watched the water rise. “It came in under the door,” she said.';
    assert.deepEqual(speakersOf(text), [['It came in under the door,', 'Maria Lopez']]);
  });
  it('a place in capitals opening the story is never a speaker', () => {
    const text = 'LEEDS, England (Reuters) - A court blocked the plan on Monday.\n\nProtesters who waited outside the court in Leeds cheered as the decision was read.\n\n“This is a good day.”';
    assert.deepEqual(speakersOf(text), [['This is a good day.', null]]);
  });
  it('"the judge" is the person titled Justice', () => {
    const text = 'Mr Justice Alan Firth dismissed the claim.\n\n“The evidence was thin,” the judge said.';
    assert.deepEqual(speakersOf(text), [['The evidence was thin,', 'Alan Firth']]);
  });
  it('"said Station Officer X Y of Z Fire Service" is X Y, not the body', () => {
    const text = '“The stairs had gone,” said Watch Manager Kofi Mensah of Avon & Somerset Fire Service.';
    assert.deepEqual(speakersOf(text), [['The stairs had gone,', 'Kofi Mensah']]);
  });
  it('a passive cue’s agent is not the "by" of a later verb phrase', () => {
    const text = 'The verdict was praised as “a fresh start” and will be read closely by lawyers across the country.';
    assert.deepEqual(speakersOf(text), [['a fresh start', null]]);
  });
});

describe('speakers: "First Last of Body"', () => {
  it('a person named with the body they belong to is the topic for a later pronoun', () => {
    const text = '‘We are ready,’ said Greta Holm, the port director.\n\nAnna Lind of Norvik, a seed merchant, warned that yields would fall. ‘We will see,’ she said.';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Greta Holm', 'Anna Lind']);
  });
  it('an abbreviated title, a name and "of" a place: the person, not the place ("Sen. Tom Carper of Delaware")', () => {
    assert.deepEqual(speakersOf('"We should debate it," said Sen. Tom Carper of Delaware, a Democrat.'), [['We should debate it,', 'Tom Carper']]);
    assert.deepEqual(speakersOf('"We should debate it," Sen. Tom Carper of Delaware said.'), [['We should debate it,', 'Tom Carper']]);
  });
  it('keeps names of bodies with "of" whole', () => {
    assert.deepEqual(speakersOf('‘Rates will hold,’ said the Bank of England.').map(([, s]) => s), ['Bank of England']);
    assert.deepEqual(speakersOf('‘The site is closed,’ the University of Leeds said.').map(([, s]) => s), ['University of Leeds']);
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

describe('speakers: letters after a name', () => {
  it('keeps post-nominals out of the name and still links the surname', () => {
    assert.deepEqual(speakersOf('The defence barrister, Julia Marsh QC, spoke for an hour. "He is no thief," Ms Marsh said.'), [['He is no thief,', 'Julia Marsh']]);
    assert.deepEqual(speakersOf('"We will rebuild," said Owen Price MBE.'), [['We will rebuild,', 'Owen Price']]);
    assert.deepEqual(speakersOf('Local MSP Kirsty Dunn OBE, PhD opened the hall. "It is a fine day," said Dr Dunn.'), [['It is a fine day,', 'Kirsty Dunn']]);
  });
  it('keeps a capitalised surname that only looks like letters in mixed case', () => {
    assert.deepEqual(speakersOf('"We will rebuild," said Owen Ma.'), [['We will rebuild,', 'Owen Ma']]);
  });
});

describe('speakers: role nouns', () => {
  it('resolve to a person introduced with a lower-case role before the name', () => {
    assert.deepEqual(speakersOf('Crews worked all night. Watch commander Ines Dale said the fire was out. "We got lucky," the watch commander said.'), [['We got lucky,', 'Ines Dale']]);
    assert.deepEqual(speakersOf('Harbour master Colm Reidy closed the port. "Nobody sails today," the harbour master said.'), [['Nobody sails today,', 'Colm Reidy']]);
    assert.deepEqual(speakersOf('A statement came from spokeswoman Mina Varga. "We regret the delay," the spokeswoman said.'), [['We regret the delay,', 'Mina Varga']]);
  });
  it('resolve to a person given the role in apposition after other words', () => {
    assert.deepEqual(speakersOf('At the hearing the coroner, Alan Pryde, read the report. "This death was avoidable," the coroner said.'), [['This death was avoidable,', 'Alan Pryde']]);
  });
  it('a fuller role resolves to a person given only its head', () => {
    assert.deepEqual(speakersOf('Manager Tom Ellery arrived at noon. "We lost the shipment," the depot manager said.'), [['We lost the shipment,', 'Tom Ellery']]);
  });
});

describe('cast: fuller names within a run of the mentions', () => {
  const text = 'Graham Tully drove the bus. Tully said little.\n\nLater, Anna Tully arrived. Tully said she had come from Leeds.\n\nMr Tully was charged.';
  const cast = buildCast(parseArticle('a.txt', text), []);
  const laterAnna = text.indexOf('Anna');
  const last = text.lastIndexOf('Tully');

  it('answers for the mentions before a point as an index of those mentions alone would', () => {
    const before = castBefore(cast, laterAnna);
    const copy = { ...before, mentions: [...before.mentions] };
    assert.deepEqual(fullestName(before, ['Tully'], last), ['Graham', 'Tully']);
    assert.deepEqual(fullestName(before, ['Tully'], last), fullestName(copy, ['Tully'], last));
    assert.deepEqual(fullestName(cast, ['Tully'], last), ['Anna', 'Tully']);
  });
  it('answers for a run in the middle (a reading window) as for a copy of it', () => {
    const run = mentionRun(cast.mentions, 2, cast.mentions.length);
    const copy = [...run];
    const inRun = fullestName({ ...cast, mentions: run }, ['Tully'], 0);
    assert.deepEqual(inRun, fullestName({ ...cast, mentions: copy }, ['Tully'], 0));
    assert.deepEqual(fullestName(castBefore({ ...cast, mentions: run }, last), ['Tully'], last), fullestName(castBefore({ ...cast, mentions: copy }, last), ['Tully'], last));
  });
});
