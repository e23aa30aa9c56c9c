import * as assert from 'node:assert/strict';
import { quotationsOf, speakersOf } from './helpers';

describe('quotations: titles in apposition', () => {
  it('a Title Case title after a noun for a work is not a quotation', () => {
    assert.deepEqual(quotationsOf('Members of the club’s magazine, ‘Morning Tide’, heard of the move in June.'), []);
    assert.deepEqual(quotationsOf('The city’s new strategy, “Harbour 2040: Growing Together”, was launched on Friday.'), []);
    assert.deepEqual(quotationsOf('Her second album, "Paper Lanterns", sold well.'), []);
  });
  it('still reads a sentence after a work noun as a quotation when it is not Title Case', () => {
    const found = speakersOf('He read out the report, "nobody checked the valves," said Tom Hale.');
    assert.equal(found.length, 1);
  });
  it('a passive cue with no subject of its own does not attach to a quotation before it', () => {
    // The quoted words sit inside the subject; nothing was "told" in them.
    const [q] = quotationsOf('Readers of the parish bulletin, "a quiet scandal", were later told of the theft.');
    assert.equal(q.cue, null);
  });
  it('a passive with its own subject still marks the quotation unattributed', () => {
    assert.deepEqual(speakersOf('"Leave by noon," staff were told.'), [['Leave by noon,', null]]);
  });
});

describe('quotations: a next sentence that points back at the quotation', () => {
  it('"Those were the words of X"', () => {
    assert.deepEqual(speakersOf('"Nobody here wants a fight." Those were the words of Dr Ana Pell, the club chair, at the meeting.'), [['Nobody here wants a fight.', 'Ana Pell']]);
  });
  it('"That was the verdict of X" and "Such was the message from X"', () => {
    assert.deepEqual(speakersOf('"The road is finished." That was the blunt verdict of Karl Omond.'), [['The road is finished.', 'Karl Omond']]);
    assert.deepEqual(speakersOf('"Stay at home." Such was the message from Lena Voss.'), [['Stay at home.', 'Lena Voss']]);
  });
  it('"So said X"', () => {
    assert.deepEqual(speakersOf('"The tide turns for no one." So said Harriet Dunmore, the harbour master.'), [['The tide turns for no one.', 'Harriet Dunmore']]);
  });
  it('from the start of the next paragraph', () => {
    assert.deepEqual(speakersOf('"We did everything we could."\n\nThose were the words of Peter Lusk.'), [['We did everything we could.', 'Peter Lusk']]);
  });
  it('not a sentence that points at something else', () => {
    assert.deepEqual(speakersOf('"We did everything we could." Those were the days of plenty for Peter Lusk.'), [['We did everything we could.', null]]);
  });
  it('a pronoun after it takes that speaker', () => {
    assert.deepEqual(speakersOf('"Nothing is settled." Those were the words of Cllr Ruth Amble as she rose. "We start again," she said.'), [
      ['Nothing is settled.', 'Ruth Amble'],
      ['We start again,', 'Ruth Amble'],
    ]);
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

describe('speakers: pronouns never reported as names', () => {
  it('a pronoun resolves through a name inside a phrase of the sentence before', () => {
    assert.deepEqual(speakersOf('Reporters waited outside for a word from Tom Vale, the club owner. "We have nothing to add," he said.'), [['We have nothing to add,', 'Tom Vale']]);
  });
  it('prefers a gender match among earlier mentions', () => {
    assert.deepEqual(speakersOf('The letter came from Mrs Joan Reed, with a note from Mr Peter Quill. "We had no choice," she said.'), [['We had no choice,', 'Joan Reed']]);
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

describe('partial quotations after verbs that judge', () => {
  it('"called X …", "branded X …" are the subject’s words', () => {
    assert.deepEqual(speakersOf('The shadow minister, Dara Quinn, called the scheme “an insult to every commuter”.'), [['an insult to every commuter', 'Dara Quinn']]);
    assert.deepEqual(speakersOf('Ivo Marsh branded it "a shambles from start to finish".'), [['a shambles from start to finish', 'Ivo Marsh']]);
  });
  it('"described X as …", "dismissed X as …" are the subject’s words', () => {
    assert.deepEqual(speakersOf('Lena Ord described the ruling as "deeply unfair".'), [['deeply unfair', 'Lena Ord']]);
    assert.deepEqual(speakersOf('Lena Ord dismissed the claims as "pure fantasy".'), [['pure fantasy', 'Lena Ord']]);
  });
  it('a name after "called" is still not a quotation', () => {
    assert.deepEqual(quotationsOf('They adopted a dog called "Biscuit".'), []);
    assert.deepEqual(quotationsOf('Officers launched an operation called "Clean Sweep".'), []);
    assert.deepEqual(quotationsOf('Locals called it "the Lantern House".'), []);
  });
});
