/**
 * Shapes of attribution met in real US and British news (PolNeAR): a comma set
 * inside the closing mark, a naming verb with a person for its subject, a
 * headline in title case, two people named together, reader quotations each
 * credited on its own line of hard-wrapped copy.
 */
import * as assert from 'node:assert/strict';
import { quotationsOf, speakersOf } from './helpers';
import { speakerFragment } from './speakerFragment';
import { parseArticle } from '../../../../src/core/text/article';
import { pairQuotationMarks } from '../../../../src/core/quotes/marks';
import { buildCast } from '../../../../src/core/quotes/cast';

describe('quotations: a comma inside the closing mark ends the clause', () => {
  it('a partial quotation then "said X" names X', () => {
    assert.deepEqual(speakersOf('The old law was “very assertive and interventionist,” said Gary Orfield, a professor of law.'), [['very assertive and interventionist,', 'Gary Orfield']]);
  });
  it('a participle after a quotation that closes on a comma takes the clause’s subject', () => {
    const speakers = speakersOf('Jennifer Palmieri called the idea a “ridiculous proposition,” adding that the one who “needs to turn the narrative around is Donald Trump.”');
    assert.deepEqual(speakers.map(([, s]) => s), ['Jennifer Palmieri', 'Jennifer Palmieri']);
  });
  it('a quotation that closes without a comma does not open an inverted attribution', () => {
    // No comma: 'said' is the verb of the quoted phrase’s own sentence, whose subject is 'the report'.
    assert.deepEqual(speakersOf('Anna Berg read the report. The “final figures” said nothing new.'), []);
  });
});

describe('quotations: a naming verb with a person for its subject', () => {
  it('"which he called “…”" gives his words', () => {
    const quotes = quotationsOf('Ron DeSantis wants to curb the accreditation bodies, which he called “a cartel for higher education.”');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].speaker?.name, 'Ron DeSantis');
  });
  it('"a dog called “Rex”" stays a name, not a quotation', () => {
    assert.deepEqual(quotationsOf('Anna Berg was walking a dog called “Rex” along the river.'), []);
  });
});

describe('speakers: the fuller form of a name', () => {
  it('is not taken from a headline in title case', () => {
    const text = 'Hillary Clinton Slams Donald Trump On Abortion After Court Ruling.\n\nThe tweet was a dig at Donald Trump. “There has to be some form of punishment,” Trump said in March.';
    assert.deepEqual(speakersOf(text), [['There has to be some form of punishment,', 'Donald Trump']]);
  });
  it('is not two people named together', () => {
    const text = 'Donald Trump spoke first. Later Adelson and Trump met in private. “Sheldon knows that nobody will be better,” Trump added.';
    assert.deepEqual(speakersOf(text), [['Sheldon knows that nobody will be better,', 'Donald Trump']]);
  });
  it('a title-case line inside the copy still names a person', () => {
    const text = 'The inquiry opens today.\n\nInspector: Dr Alun Rees Of Cardiff.\n\nDr Rees said he would walk the ridge. “I will not decide from photographs,” he said.';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Alun Rees']);
  });
});

describe('quotations: reader quotations credited on their own lines of hard-wrapped copy', () => {
  const text = [
    'What readers told us.',
    '',
    '“He has empowered the worst in us. He represents our greatest shame.” ― Sonya Herridge',
    '“During the debate he said we live in hell. He is ignorant of our lives.”\u00a0― Pamela Padilla\u00a0',
    '“He must stop portraying us as gangsters when most of us work hard.” ― Carla Sanchez.',
    '',
    'The debate drew a record audience.',
  ].join('\n');
  it('each line opens a quotation of its own with its own credit', () => {
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Sonya Herridge', 'Pamela Padilla', 'Carla Sanchez']);
  });
  it('a hard-wrapped line that opens inside a running sentence is not a new quotation', () => {
    const wrapped = 'Anna Berg, the mayor, described the flood as\n“catastrophic” for the town.\n\nThe river fell on Sunday.';
    assert.deepEqual(speakersOf(wrapped), [['catastrophic', 'Anna Berg']]);
  });
});

describe('speakers: a pronoun follows the person the copy follows', () => {
  it('a name that only modifies the subject is not the subject ("The Republican incumbent said")', () => {
    const text = '"We will hold the seat," Kelly Ayotte said on Monday.\n\nThe Republican incumbent said her position was genuine.\n\n"I was at every event," she said.';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Kelly Ayotte', 'Kelly Ayotte']);
  });
  it('a word that opens a sentence only because it comes first is no one ("Soon, he …")', () => {
    const text = 'Luay Sami arrived in Clarkston in 2012.\n\nSoon, he found the area welcoming.\n\n"The stereotyping is still strong here," he said.';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Luay Sami']);
  });
  it('a person who reported speech in a clause is followed by "she said"', () => {
    const text = 'Hillary Clinton spoke in Ohio. Her position was supported on Friday by Sen. Dianne Feinstein of California, who said none of the emails originated with Clinton.\n\n"It has never made sense to me," she said.';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Dianne Feinstein']);
  });
  it('must stay quiet: a speech verb inside a name reports nothing ("the Islamic State")', () => {
    const text = 'Hillary Clinton spoke on Sunday about the fight against the Islamic State in Syria.\n\n"I think you will hear that from the president," she said.';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Hillary Clinton']);
  });
  it('must stay quiet: the person a speaker mentions is not the one who spoke ("X, manager, said his leader Y would …")', () => {
    const text = 'Iker Zubeldia, general manager of the team, said his leader Tomás Arregui would need surgery. "We have lost our best climber," he said.';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Iker Zubeldia']);
  });
});

describe('quotations: more attribution shapes of real copy', () => {
  it('a fact-check credits the quotation in a paragraph of its own after a blank line', () => {
    const text = 'The claim needs context.\n\n"Boeing and other multinationals pay zero taxes."\n\n- Sanders.\n\nThis is a complex issue.';
    assert.deepEqual(speakersOf(text), [['Boeing and other multinationals pay zero taxes.', 'Sanders']]);
  });
  it('a conjunction opening the clause is not part of the speaker ("But Sen. X (D-Ill.), noting …, said, “…”")', () => {
    const text = 'But Sen. Richard J. Durbin (D-Ill.), noting the size of the following, said, "He has a heck of an email list."';
    assert.deepEqual(speakersOf(text), [['He has a heck of an email list.', 'Richard J. Durbin']]);
  });
  it('an inverted cue and its speaker run up to the comma before the quotation', () => {
    const text = 'Because of how the calendar was drawn, explained Simon Rosenberg, "with this thing being over by mid-March, it is hard to see."';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Simon Rosenberg']);
  });
});

describe('speakers: initials and generations inside a name', () => {
  it('a middle initial does not stop "X of Place" from naming the person, not the place', () => {
    assert.deepEqual(speakersOf('Representative Charles B. Rangel of New York said the bill was "dead on arrival."'), [['dead on arrival.', 'Charles B. Rangel']]);
  });
  it('the full stop of "Jr." before the cue belongs to the name', () => {
    assert.deepEqual(speakersOf('The vote was close.\n\nRobert Hale Jr. said the plan was "a disgrace."'), [['a disgrace.', 'Robert Hale Jr.']]);
  });
  it('a generation closes a name in apposition, so the name, not the role, speaks', () => {
    assert.deepEqual(speakersOf('"The party has a problem," Vann R. Newkirk II, a writer for the magazine, wrote.').map(([, s]) => s), ['Vann R. Newkirk']);
  });
});

describe('speakers: reported speech names whom "he" follows', () => {
  it('"…, said Wilcox, an Orlando Republican" then "“…,” he said"', () => {
    const text = 'Ron DeSantis spoke first.\n\nFederal mandates are a burden on schools, said Todd Wilcox, an Orlando Republican.\n\n"There is more time spent on compliance than on teaching," he said.';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Todd Wilcox']);
  });
});

describe('speakers: a heading line is not where a name is fullest', () => {
  it('"Chargers WR Jackson will play" does not stand for Vincent Jackson, so his gender is known', () => {
    const text = 'Chargers WR Jackson will play vs. Steelers\n\nThe arrest will not affect wide receiver Vincent Jackson. Officer Brad Baehr said Jackson was cited for driving on probation. Jackson issued a statement through the team. "I was stopped by an officer," he said.';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Vincent Jackson']);
  });
});

describe('speakers: only a person reported speaking is followed by "he"', () => {
  it('must stay quiet: a body misread as a person does not take the "he" of the official quoted after it', () => {
    const text = 'Quake hits Aceh\n\nThe quake struck inland at a depth of 10 kilometres, the US Geological Survey said. In one village a landslide engulfed a coffee plantation, killing one man, said the official who uses one name. "His body was found under a pile of earth," he said.';
    assert.notDeepEqual(speakersOf(text).map(([, s]) => s), ['US Geological Survey']);
  });
});

describe('quotations: false unattributed flags on real coverage (ECB+)', () => {
  it('an agentless passive before the quotation gives way to the reporting verb after it', () => {
    const text = 'Intro.\n\nThe coaches are accused of acting "contrary to principles of ethical conduct" by failing to report their involvement, the report said.';
    assert.deepEqual(speakersOf(text), [['contrary to principles of ethical conduct', 'the report']]);
  });
  it('words that run past an abbreviation the splitter keeps are still a full quotation, carried into the next paragraph', () => {
    const text = 'Intro.\n\n“I was sitting in my living room,” said Mary John, who lives near Church Ave. “People were standing up on vehicles. They were throwing rocks at the cars.\n\n“I said, ‘Oh my god!’” she continued.';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Mary John', 'Mary John']);
  });
  it('must stay quiet: a chant or a saying inside a running sentence is not a full quotation of its own', () => {
    assert.deepEqual(speakersOf('Intro.\n\nSupporters held signs high. Some chanted “USA! USA!” as they celebrated.'), []);
    assert.deepEqual(speakersOf('Intro.\n\nHe left the court to chants of “ONE MORE YEAR! ONE MORE YEAR! ONE MORE YEAR!”'), []);
  });
  it('a digest credits a quoted passage in brackets after it', () => {
    const text = 'What could halt the disease.\n\n“Stopping brain inflammation may be the key. The trial starts next year.” [Reuters.]\n\nMore news.';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Reuters']);
  });
  it('a verb of saying runs straight into a quotation of several sentences after an opening phrase with no comma', () => {
    const text = 'Intro.\n\nIn a Bloomberg interview Trump declared “I think NATO may be obsolete. Things are different now.”';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Trump']);
  });
  it('must stay quiet: a later verb that reports another clause does not attribute an agentless passive', () => {
    const text = 'Intro.\n\nFamilies were told the changes would be ‘in place within weeks’, but several said they had heard similar promises before.';
    assert.deepEqual(speakersOf(text), [['in place within weeks', null]]);
  });
});

describe('quotations: a transcript quoted turn by turn', () => {
  const text = [
    'Pence said the tweet was only a joke. Partial transcript as follows:',
    '',
    '"WALLACE: Let us start with the debate. Will she be there?',
    '',
    '"PENCE: Well, look, she will not be attending the debate.',
    '',
    '"But the truth is that he speaks his own way.',
    '',
    '"WALLACE: Governor, I do not want to interrupt.',
    '',
    '"PENCE: And that is why he is on his way to the White House."',
  ].join('\n');
  it('each turn is its label’s, the label resolved to the fullest name the article gives', () => {
    const named = 'Mike Pence spoke on Sunday. ' + text;
    assert.deepEqual(speakersOf(named).map(([, s]) => s), ['Wallace', 'Mike Pence', 'Wallace', 'Mike Pence']);
  });
  it('a paragraph with no label goes on with the turn before it', () => {
    const quotes = quotationsOf(text);
    assert.equal(quotes[1].speaker?.name, 'Pence');
    assert.match(quotes[1].text, /But the truth is/);
  });
  it('a full name in title case that the article gives is a label too', () => {
    const quotes = quotationsOf('Chris Matthews asked the question on air. "Chris Matthews: Seriously, who would do that?" the transcript shows.');
    assert.equal(quotes[0].speaker?.name, 'Chris Matthews');
  });
  it('must stay quiet: a surname in title case inside a tweet is what was said, not who quotes it', () => {
    const text2 = 'Clinton spoke first. "Debate recap," tweeted Rubio spokesman Alex Conant. "Clinton: \'I come from the 60s.\' Marco: \'This is about the future.\'"';
    assert.deepEqual(speakersOf(text2).map(([, s]) => s), ['Alex Conant', 'Alex Conant']);
  });
  it('must stay quiet: one label in capitals that names no one is no transcript', () => {
    const quotes = quotationsOf('Intro.\n\n"UPDATE: The road has reopened," the council said.');
    assert.equal(quotes[0].speaker?.name, 'the council');
  });
});

describe('speakers: a noun of saying after its modifiers is no verb', () => {
  it('"a new and more personal campaign message:" is the subject’s message', () => {
    assert.deepEqual(speakersOf('President Obama is rolling out a new and more personal campaign message: "It\'s about me."').map(([, s]) => s), ['Obama']);
  });
  it('"made the following comment:" is the subject’s comment', () => {
    assert.deepEqual(speakersOf('On July 6, Sanders made the following comment: "The rate is 51 percent."').map(([, s]) => s), ['Sanders']);
  });
  it('must stay quiet: a document that is the subject of "read" keeps its verb', () => {
    assert.deepEqual(speakersOf('"Leaders in New York honored Donald J. Trump yesterday," the article read.').map(([, s]) => s), ['the article']);
  });
});

describe('speakers: a phrase after "by" stops before a clause', () => {
  it('"by fellow physicians for promoting “quack” cures" is the physicians', () => {
    const speakers = speakersOf('Mehmet Oz has been called a charlatan by fellow physicians for promoting "quack" medical cures.').map(([, s]) => s);
    assert.equal(speakers.length, 1);
    assert.equal(speakerFragment(speakers[0]!), undefined);
    assert.doesNotMatch(speakers[0]!, /promoting/);
  });
});

describe('speakers: a name with its affiliation or a title before it', () => {
  it('"wrote Cameron Easley for Morning Consult" is Cameron Easley', () => {
    assert.deepEqual(speakersOf('"The impact is still small," wrote Cameron Easley for Morning Consult.').map(([, s]) => s), ['Cameron Easley']);
  });
  it('after an abbreviated title a role word is the given name: "Gov. Earl Ray Tomblin"', () => {
    assert.deepEqual(speakersOf('In January, Gov. Earl Ray Tomblin of West Virginia praised his "new and innovative ideas."').map(([, s]) => s), ['Earl Ray Tomblin']);
  });
  it('but a title after a title stays out: "Texas Lt. Gov. Dan Patrick"', () => {
    assert.deepEqual(speakersOf('Texas Lt. Gov. Dan Patrick said the state was "standing tall."').map(([, s]) => s), ['Dan Patrick']);
  });
  it('a past participle opening a sentence is no one a pronoun can mean: "Chastened by the analyses, Trump …"', () => {
    const text = 'Chastened by the analyses, Trump revised his plan.\n\n"The tax relief will be concentrated on the middle class," he said last month.';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Trump']);
  });
});

describe('speakers: the reporting verb of a clause that a weaker verb heads', () => {
  it('a verb only WordNet makes one of speaking, inside what a person said, is that person’s report', () => {
    const text = 'Intro.\n\nSen. Claire McCaskill said Sanders has pushed Clinton to be a "more aggressive" candidate.';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Claire McCaskill']);
  });
  it('must stay quiet: what a document reveals someone threatened stays that person’s words', () => {
    const text = 'Intro.\n\nGraham Tulley owed rent. Text messages shown to the jury revealed that Tulley had threatened to "sort him out" a week before.';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Graham Tulley']);
  });
});

describe('speakers: a wish to say something is no cue', () => {
  it('a split infinitive ("to further explain") is passed over for the verb that reports the clause', () => {
    const text = 'Intro.\n\nPenny Nance said she would like Trump to further explain his stance but backs him because there is "no question" he is right.';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Penny Nance']);
  });
});

describe('speakers: an opening adverbial led by an adverb', () => {
  it('"Even before X spoke, his campaign sent a text message saying: …" is the campaign’s', () => {
    const text = 'Intro.\n\nEven before Sanders took the stage, his campaign sent out a text message to supporters saying: "We were just declared the winner!"';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['his campaign']);
  });
});

describe('speakers: a body named after a person is not the person', () => {
  it('"Ready for Trump" in the opening line is no fuller form of "Trump"', () => {
    const text = 'Ready for Trump vs. Clinton?\n\nDonald Trump brags about his debates. Trump said he won "every single debate" in the primaries.';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Donald Trump']);
  });
});

describe('speakers: never a clause', () => {
  it('a described source is cut before its verb: "A spokesman for Platte River declined …"', () => {
    const text = 'Intro.\n\nThe utility called the ruling "deeply flawed." A spokesman for Platte River declined to say more about the "next steps" it would take.';
    for (const [, s] of speakersOf(text)) assert.equal(speakerFragment(s ?? ''), undefined, String(s));
  });
  it('a name is cut before the time it spoke and the link after it: "Reid caucused in Nevada on Saturday and …"', () => {
    const text = 'Intro.\n\nHarry Reid spoke first. Reid caucused in Nevada on Saturday and called the result "a big win."';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Harry Reid']);
  });
  it('an irregular past is a verb too: "Adelson met with Trump in December and called him …"', () => {
    const text = 'Intro.\n\nSheldon Adelson backs the party. Adelson met with Trump in December and called him "very charming."';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Sheldon Adelson']);
  });
  it('must stay quiet: nothing before the verb names anyone, so the name after it stays ("That prompted Rubio to call Trump …")', () => {
    const text = 'Intro.\n\nMarco Rubio was on stage. That prompted Rubio to make a joke and call Trump "very flexible."';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Marco Rubio']);
  });
  it('must stay quiet: a cut never leaves a place for the head, nor takes an -ing modifier for a verb', () => {
    const pupils = 'Intro.\n\nPupils leaving one school in Canterbury on Tuesday afternoon said rumours had spread.\n\n‘Half the year had seen it before we went in.’';
    assert.notDeepEqual(speakersOf(pupils).map(([, s]) => s), ['Canterbury']);
    const director = 'Intro.\n\nSeverside managing director Peter Lanyon said the offer was "fair and affordable" and urged a vote.';
    assert.deepEqual(speakersOf(director).map(([, s]) => s), ['Peter Lanyon']);
  });
});

describe('quotations: a partial quotation in the predicate of a person’s clause', () => {
  it('with a verb that is no verb of saying, the clause’s subject owns the words', () => {
    assert.deepEqual(speakersOf('Senate leader Harry Reid has been steadily pounding Trump as a “con artist” for weeks.'), [['con artist', 'Harry Reid']]);
  });
  it('a list of quoted phrases shares the subject', () => {
    const speakers = speakersOf('In recent weeks, Reid has gone after Trump as a “human leech” and a “spoiled brat.”');
    assert.deepEqual(speakers.map(([, s]) => s), ['Reid', 'Reid']);
  });
  it('a thing as the subject owns no words: the marks stay a scare quote', () => {
    assert.deepEqual(speakersOf('The plan promises “a new dawn” for the town.'), []);
  });
  it('a noun of saying with a possessive owner gives the words to the owner, not to the sentence’s subject', () => {
    assert.deepEqual(speakersOf('Politifact did a fact-check on Donald Trump’s claim that there have been “thousands of shootings” in Chicago.'), [['thousands of shootings', 'Donald Trump']]);
  });
  it('a pronoun with its auxiliary written on is the subject ("He’s claiming")', () => {
    const speakers = speakersOf('Donald Trump spoke in Ohio. He’s claiming that voting fraud is “a big, big problem in this country” now.');
    assert.deepEqual(speakers, [['a big, big problem in this country', 'Donald Trump']]);
  });
});

describe('speakers: names that look like something else', () => {
  it('"Del." before a name is a title, and does not end the sentence', () => {
    assert.deepEqual(speakersOf('“This is a waste of money,” said Del. Stacey Plaskett, who represents the islands.'), [['This is a waste of money,', 'Stacey Plaskett']]);
  });
  it('a given name no name list knows, before a middle name and a surname, is kept', () => {
    assert.deepEqual(speakersOf('“We need people of substance,” said Cornell William Brooks, president of the NAACP.'), [['We need people of substance,', 'Cornell William Brooks']]);
  });
  it('a role written as one compound word before a name is no given name ("Lifeguard Kayla Thunderchild")', () => {
    assert.deepEqual(speakersOf('“We found out from the news,” said Lifeguard Kayla Thunderchild, 19.'), [['We found out from the news,', 'Kayla Thunderchild']]);
  });
  it('"Coun." before a name is a title', () => {
    assert.deepEqual(speakersOf('“Nobody wanted to make this decision,” said Coun. Zach Delorme, who chairs the committee.'), [['Nobody wanted to make this decision,', 'Zach Delorme']]);
  });
  it('a descriptor WordNet knows before a name is still dropped', () => {
    assert.deepEqual(speakersOf('“We need people of substance,” said Republican Donald Trump.'), [['We need people of substance,', 'Donald Trump']]);
  });
  it('a number before one singular name word begins the name ("Zero Hedge")', () => {
    assert.deepEqual(speakersOf('The site is popular. Zero Hedge asked, “Wait, now it is 18.7%?”'), [['Wait, now it is 18.7%?', 'Zero Hedge']]);
  });
  it('a number before a plural counts people: no name', () => {
    assert.deepEqual(speakersOf('The vote was close. Two Democrats said, “We will not back it.”').map(([, s]) => s === 'Two Democrats'), [false]);
  });
});

describe('speakers: the speaker a reader follows', () => {
  it('a full name closing an inverted attribution takes the "he" of the next paragraphs, and keeps it', () => {
    const text = [
      '“People know who Hillary is,” said Sean Spicer, chief strategist for the party.',
      'However debates are not likely to alter the campaign, noted NBC’s Dante Chinni.',
      '“Considering the high-stakes moments, one might expect them to matter more,” he wrote.',
      '“By the time those candidates hit the stage most voters have seen them,” he added.',
    ].join('\n\n');
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Sean Spicer', 'Dante Chinni', 'Dante Chinni']);
  });
});

describe('quotation marks: the same curly marks nested', () => {
  it('an opening mark after a word inside a quotation opens a nested one, and the outer closes after it', () => {
    const text = '“As a young woman I would rather live in what he calls “hell” than live in a world where he is president.” ― Adriana Rodarte';
    const quotes = quotationsOf(text);
    assert.equal(quotes.length, 1);
    assert.match(quotes[0].text, /president\.$/);
  });
  it('a stray opening mark before a title in marks nests nothing: no quotation runs to the paragraph’s end', () => {
    assert.deepEqual(speakersOf('May 2, 2013.\n\n“The “Mean Girls” star fooled a judge, a prosecutor and her own lawyer.'), []);
  });
  it('a stray opening mark whose paragraph opens another quotation before closing nests nothing', () => {
    const text = 'May 2.\n\n“The “Mean Girls” star fooled a judge, where her lawyer said she was “ensconced” at the clinic. “I hear she is flying home,” the prosecutor said.';
    assert.ok(!quotationsOf(text).some((q) => q.speaker === null && q.text.includes('star fooled')));
  });
  it('an opening mark at a line’s start still opens a new quotation when the last one was left open', () => {
    const text = 'Rep. Ann Fox said Friday. “If indeed this is legitimate, how can you feel good about yourself.\n“I have been doing a lot of thinking,” added Rep. Jim Clyburn.';
    assert.ok(quotationsOf(text).some((q) => q.text.startsWith('I have been doing') || q.text.includes('… I have been doing')));
  });
});

describe('speakers: a surname that is also a weak verb of saying', () => {
  it('"Alasdair Grant" keeps its surname', () => {
    assert.deepEqual(speakersOf('“We will refund every passenger,” said Alasdair Grant.'), [['We will refund every passenger,', 'Alasdair Grant']]);
  });
  it('a place before a given name after "Member for" is no given name', () => {
    const speakers = speakersOf('Member for Wendouree Lisa Kavanagh said she would write to the state. “It happened here,” she said.');
    assert.deepEqual(speakers.map(([, s]) => s), ['Lisa Kavanagh']);
  });
});

describe('speakers: who a reader takes "he" or "she" for', () => {
  it('the one person the sentence before names, in any place, over a speaker met further back', () => {
    const text = 'Fiona Cameron said, “Every one of these boys grew up here.” Among the faithful was Peggy MacLeod, aged seventy-two, who has not missed a final since 1974. “I thought I would never see it again,” she said.';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Fiona Cameron', 'Peggy MacLeod']);
  });
  it('a place after "at" in that sentence is no second person', () => {
    const text = 'Commissioner Michael Seddon had a message: “Hang up.” Hemi Walker, 67, had a hip replacement at Kahikatea in 2019. “I found out from the news,” he said.';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Michael Seddon', 'Hemi Walker']);
  });
  it('two people in the sentence before leave the choice to the usual rules', () => {
    const text = '“We will appeal,” said Tom Reilly. Then Tom Reilly met Dan Ferreira in Boston. “It went well,” he said.';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Tom Reilly', 'Tom Reilly']);
  });
  it('a common noun opening the sentence before "he said" is nobody ("Demolition, he said, …")', () => {
    const text = 'Koen Verstraete, the alderman for mobility, was more cautious. Demolition, he said, “could not be excluded” if the girders proved to be beyond repair.';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Koen Verstraete']);
  });
  it('a role named in an inverted attribution’s apposition resolves to the name ("said Els Peeters, a spokeswoman")', () => {
    const text = 'Trams will continue to cross, said Els Peeters, a spokeswoman for the department. “The tram deck is a different structure,” the spokeswoman said.';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Els Peeters']);
  });
});

describe('quotations: the words a naming verb’s person uses', () => {
  it('a name as the object of "called" leaves the words a quotation', () => {
    assert.deepEqual(speakersOf('Culture Minister Helena Bergqvist, who watched the lift, called Svärdfisken “a ship that belongs to every Swede”.'), [['a ship that belongs to every Swede', 'Helena Bergqvist']]);
  });
  it('a speaker with a post-modifier and a relative clause before the verb', () => {
    assert.deepEqual(speakersOf('Attorney Rachel Kim of the firm Hale & Ostrow, who was not involved in the case, called the ruling “a very big deal for anyone.”').map(([, s]) => s), ['Rachel Kim']);
  });
  it('a subordinate clause after the words names nobody: no passive attribution, no speaker after them', () => {
    assert.deepEqual(speakersOf('Northline has marketed the townhouses as “starter homes,” though prices have not been announced.'), [['starter homes,', 'Northline']]);
  });
});

describe('speakers: a word before the name that is not part of it', () => {
  it('a focusing word before a body’s name ("Even China, its only ally, said")', () => {
    assert.deepEqual(speakersOf('Even China, Pyongyang’s only ally, said it was “resolutely opposed” to the test.'), [['resolutely opposed', 'China']]);
  });
  it('a preposition opening the topic is not skipped into a name ("Of Carson, Levine, who …, said")', () => {
    const speakers = speakersOf('Of Carson, Eric Levine, who has given money to Rubio, said, “He’s flat-out scary.”');
    assert.deepEqual(speakers.map(([, s]) => s), ['Eric Levine']);
  });
  it('"what it called “…”" makes the words a body’s quotation, not a name', () => {
    const quotes = quotationsOf('The Security Council met on Friday. It pledged sanctions to deter what it called “a clear threat to peace.”');
    assert.equal(quotes.length, 1);
    assert.notEqual(quotes[0].speaker, null);
  });
});

describe('quotations: copy with a paragraph a line and a blank line under its headline', () => {
  it('a quotation opening the next line after a quoted fragment takes the name after it, not the fragment’s speaker', () => {
    const text = 'Clinton Speaks After Shooting\n\nOn Tuesday the former secretary of state and current presidential nominee said she wanted to speak “directly to white people” about the shooting.\n“How many times do we have to see this in our country?” Clinton said.\n';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['current presidential nominee', 'Clinton']);
  });
});

describe('quotations: a title whose comma stands inside its marks', () => {
  it('"the documentary, “13th,” below" is a title, not an unattributed quotation', () => {
    assert.deepEqual(quotationsOf('Check out the full trailer for DuVernay’s documentary, “13th,” below.'), []);
  });
  it('a quotation after a comma that is no title stays a quotation', () => {
    assert.equal(quotationsOf('Check out the trailer, “it will change how you see prisons,” she said.').length, 1);
  });
});

describe('speakers: a noun whose commonest sense is no person but that names one when it speaks', () => {
  it('"the moderator said" (a reactor’s moderator first in WordNet) names the moderator', () => {
    assert.deepEqual(speakersOf('“There are many who argue it,” the moderator said.'), [['There are many who argue it,', 'the moderator']]);
  });
  it('an agent-shaped word with no person sense names no one ("the water said" is no source)', () => {
    assert.deepEqual(speakersOf('“It was over,” the water said.'), [['It was over,', null]]);
  });
});

describe('quotations: a comma inside the marks, then a person and any verb', () => {
  it('"“…,” Trump shot back." gives Trump the words, and the next quotation in the paragraph', () => {
    assert.deepEqual(speakersOf('“Jeb wants to be a tough guy tonight,” Trump shot back. “Let me talk.”').map(([, s]) => s), ['Trump', 'Trump']);
  });
  it('a present tense tag ("he mocks")', () => {
    assert.deepEqual(speakersOf('Jonathan Chait read it. “The marketplace has not failed them,” he mocks.').map(([, s]) => s), ['Jonathan Chait']);
  });
  it('no person before the verb tags nothing ("“…,” the rain fell")', () => {
    assert.deepEqual(speakersOf('“It was over,” the rain fell.'), [['It was over,', null]]);
  });
  it('a verb that goes on to an object is no tag ("“…,” Trump won the state")', () => {
    assert.deepEqual(speakersOf('“It was over,” Trump won the state.'), [['It was over,', null]]);
  });
});

describe('speakers: a role noun, a name and the body after "of"', () => {
  it('"Auctioneer Declan Moran of Moran & Hegarty … said …. “…,” he said" gives Declan Moran, not a place', () => {
    const text = 'Auctioneer Declan Moran of Moran & Hegarty, who ran the sale in Dublin, said interest had come from Germany. “People were bidding on a dream,” he said.';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Declan Moran']);
  });
});

describe('speakers: a colon after the last of coordinated clauses', () => {
  it('"X does this, and its director, Arild Berg, was blunt: “…”" gives the second clause’s subject', () => {
    const text = 'Salmon processor Nordkyst Sjomat flies fish south three times a week, and its operations director, Arild Berg, was blunt: “We will truck it to Evenes.”';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Arild Berg']);
  });
  it('a list of names before the colon has no verb and stays the subject', () => {
    assert.deepEqual(speakersOf('Ann Fox, Tom Lee, and Mary Tan: “We are done.”').map(([, s]) => s), ['Ann Fox']);
  });
});

describe('speakers: a verb whose subject ends in a complement of "of"', () => {
  it('"X said the recent spate of shootings and protests demands that all engage in “more listening”" gives X', () => {
    const text = 'House Speaker Paul Ryan said the recent spate of police shootings and protests demands that all Americans engage in “more listening.”';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Paul Ryan']);
  });
  it('a person as the verb’s own subject still speaks ("X said the mayor branded it “…”")', () => {
    assert.deepEqual(speakersOf('Critics of the plan said the mayor branded it “a disgrace.”').map(([, s]) => s), ['the mayor']);
  });
});

describe('speakers: what a naming verb’s subject calls a possessed utterance, and a cited "it"', () => {
  it('"X called Mr. Obama’s remarks “…”" gives X, not Obama', () => {
    const text = 'Minyon Moore, a senior adviser to the campaign, called Mr. Obama’s remarks “a true wake-up call” to his coalition.';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Minyon Moore']);
  });
  it('"She says it underscores that Trump is “…”" gives her the words, not "it"', () => {
    const text = 'Hillary Clinton spoke on Friday. She says it underscores that Trump is “temperamentally unfit to be commander-in-chief.”';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Hillary Clinton']);
  });
});

describe('speakers: a weak verb of speaking with its particle', () => {
  it('"as Trump went on about “…”" gives Trump, not the speaker earlier in the sentence', () => {
    const text = '“You winning?” she said, but Kevin was drifting off, and as Trump went on about “how the system is rigged,” Melanie said yes.';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['she', 'Trump']);
  });
  it('"went on" for a thing that lasted is no cue ("The protest went on for hours as crowds chanted “…”")', () => {
    assert.deepEqual(speakersOf('The protest went on for hours as crowds chanted “lock him up.”').map(([, s]) => s), ['crowds']);
  });
});

describe('speakers: two people named together', () => {
  it('"Tyresha McClenney and Bryan Anderson" are two people: "Anderson … he said" gives Bryan Anderson', () => {
    const text = 'The campaign’s trouble showed in two voters, Tyresha McClenney and Bryan Anderson, who saw the ad. Anderson largely agreed. “A lot of her attempts come across as pandering,” he said.';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Bryan Anderson']);
  });
  it('a body named for two words joined by "and" stays one name in the cast ("Marks and Spencer")', () => {
    const article = parseArticle('a.txt', 'Shares in Marks and Spencer fell on Tuesday.');
    const cast = buildCast(article, pairQuotationMarks(article));
    assert.deepEqual(cast.mentions.map((m) => m.name.join(' ')), ['Marks and Spencer']);
  });
});

describe('quotations: a question mark closing the words, then the attribution', () => {
  it('"“Why is this clear?” Vitter demanded." after another senator’s quotation gives Vitter', () => {
    const text = 'It led Jon Tester and David Vitter to invoke it.\n“Every time you say that,” Tester said.\n“Why is this clear?” Vitter demanded.\n';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Jon Tester', 'David Vitter']);
  });
  it('a full stop inside the marks ends the sentence: the next one is no attribution of it', () => {
    const text = 'Jon Tester spoke first.\n“It is over.” Vitter arrived later.\n';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Jon Tester']);
  });
});
