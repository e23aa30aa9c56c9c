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

describe('quotations: asides between the quotation and the speaker', () => {
  it('a nested quotation closed before the outer mark with a space between them', () => {
    assert.deepEqual(speakersOf(`"They ask why they should not vote for 'Clinton,' " said Bree Maxwell, a volunteer.`), [["They ask why they should not vote for 'Clinton,'", 'Bree Maxwell']]);
  });
  it('a bracket after the name: "“…,” Sen. Ann Fox (D-N.Y.) said"', () => {
    assert.deepEqual(speakersOf('"They have nothing to worry about," Sen. Ann Fox (D-N.Y.) said Tuesday.'), [['They have nothing to worry about,', 'Ann Fox']]);
  });
  it('a long apposition between commas before the cue', () => {
    const text = '"The ruling recognizes that freedom can be kept," Rob Dufay, attorney for one of four groups to file suit over the law, said in a statement.';
    assert.deepEqual(speakersOf(text), [['The ruling recognizes that freedom can be kept,', 'Rob Dufay']]);
  });
  it('stays quiet: a comma clause that is not followed by a cue names no one', () => {
    assert.deepEqual(speakersOf('Nothing was settled.\n\n"We will be back," the banner read, as the march, which had started at noon, ended.'), [['We will be back,', 'the banner']]);
    assert.deepEqual(speakersOf('Nothing was settled.\n\n"We will be back." The march, which had started at noon, ended at the square.'), [['We will be back.', null]]);
  });
});

describe('quotations: a colon after the speaker', () => {
  it('an inverted cue before the colon: "Continued Stone: “…”"', () => {
    assert.deepEqual(speakersOf('Continued Stone: "So I think it is a very real problem."'), [['So I think it is a very real problem.', 'Stone']]);
    assert.deepEqual(speakersOf('In other words, explained moderator Nancy Cordes: "What does that have to do with it?"'), [['What does that have to do with it?', 'Nancy Cordes']]);
  });
  it('a name closing a clause whose subject names no one', () => {
    const text = 'The timing does not surprise Republican pollster Daron Shaw: "Lesser-known candidates get the boost."';
    assert.deepEqual(speakersOf(text), [['Lesser-known candidates get the boost.', 'Daron Shaw']]);
  });
  it('stays quiet: a place after a preposition before the colon is not a speaker', () => {
    assert.deepEqual(speakersOf('The crowd gathered in Leeds: "We want answers."'), [['We want answers.', null]]);
  });
});

describe('quotations: the name inside an apposition', () => {
  it('a bracket closing the name chunk: "Rep. Ann Fox (D-Md.), chair of the committee, said"', () => {
    const text = 'Rep. Ann Fox (D-Md.), chair of the Platform Committee, said that it was "open to every viewpoint".';
    assert.deepEqual(speakersOf(text), [['open to every viewpoint', 'Ann Fox']]);
  });
  it('a role noun before the appositive name: "…, actress Jamie Lee Curtis"', () => {
    assert.deepEqual(speakersOf('"It is about time," exhorted her introducer, actress Jamie Lee Curtis.'), [['It is about time,', 'Jamie Lee Curtis']]);
  });
  it('stays quiet: an apposition that is a description keeps the described speaker', () => {
    assert.deepEqual(speakersOf('"It is about time," said her introducer, a local actress.'), [['It is about time,', 'her introducer']]);
  });
});
