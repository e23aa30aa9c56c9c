import * as assert from 'node:assert/strict';
import { quotationsOf, speakersOf } from './helpers';

const mdSpeakers = (text: string) => quotationsOf(text, 'a.md').map((q) => [q.text, q.speaker?.name ?? null]);

describe('quotations: a passive cue inside someone’s reported clause', () => {
  it('"X said the town had been promised “…”" quotes X, not an unnamed promiser', () => {
    const text = 'Mayor Ruth Okon said the village had been promised a new bridge “since the last flood”.';
    assert.deepEqual(speakersOf(text), [['since the last flood', 'Ruth Okon']]);
  });
  it('a passive cue with no reporter anywhere stays unattributed', () => {
    const text = 'For years the village had been promised a bridge “within months”.';
    assert.deepEqual(speakersOf(text), [['within months', null]]);
  });
});

describe('quotations: "That was how X greeted …" names the quotation before it', () => {
  it('"That was how X, a …, welcomed the news" attributes the quotation to X', () => {
    const text = '“We have finally been heard.” That was how Omar Haddad, a shopkeeper who led the petition, welcomed the news on Friday.';
    assert.deepEqual(speakersOf(text), [['We have finally been heard.', 'Omar Haddad']]);
  });
  it('"That was how the day ended" names no speaker', () => {
    const text = 'The match was abandoned.\n\n“Nobody saw that coming.” That was how the evening ended for Priya Nair and her team.';
    assert.deepEqual(speakersOf(text), [['Nobody saw that coming.', null]]);
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

describe('quotations: verbs of speaking beyond the cue list (WordNet)', () => {
  it('"“…,” X barked" and "“…,” groused X" name X', () => {
    assert.deepEqual(speakersOf('“Go back to your seat,” Omar Vance barked at the reporter.'), [['Go back to your seat,', 'Omar Vance']]);
    assert.deepEqual(speakersOf('“Nobody reads the small print,” groused Dana Pryce, a shop owner.'), [['Nobody reads the small print,', 'Dana Pryce']]);
  });
  it('a partial quotation after such a verb is the subject’s words', () => {
    assert.deepEqual(speakersOf('Lena Ord bemoaned a climate in which people “literally hate each other”.'), [['literally hate each other', 'Lena Ord']]);
  });
  it('stays quiet: a verb of another kind or in the passive makes no quotation of a scare quote', () => {
    assert.deepEqual(speakersOf('Lena Ord walked past the “quiet room” on her way out.'), []);
    assert.deepEqual(speakersOf('The plan was attacked as “reckless” in the debate.'), []);
  });
});

describe('partial quotations after a participle of speaking', () => {
  it('"X shot back, saying he had “…”" is the clause subject’s', () => {
    assert.deepEqual(speakersOf('Ivo Marsh shot back in a statement, saying he had “made a lot of money in down markets.”'), [['made a lot of money in down markets.', 'Ivo Marsh']]);
  });
  it('stays quiet: a participle with no speaker before it leaves the scare quote out', () => {
    assert.deepEqual(speakersOf('Saying “no” is hard.'), []);
  });
});
