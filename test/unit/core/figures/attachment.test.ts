import * as assert from 'node:assert/strict';
import { Corpus } from '../../../../src/core/corpus/corpus';
import { extractFigures } from '../../../../src/core/figures/extractFigures';
import { parseArticle } from '../../../../src/core/text/article';

/** The figure findings of article a against article b, as '<text here>' strings. */
function flagged(a: string, b: string): string[] {
  const corpus = new Corpus();
  corpus.set('dir/a.txt', a);
  corpus.set('dir/b.txt', b);
  return corpus.check('dir/a.txt').filter((f) => f.rule === 'inconsistent-figure').map((f) => a.slice(f.start, f.end));
}

function attachmentOf(text: string, figure: string) {
  const f = extractFigures(parseArticle('a.txt', text)).find((x) => x.text.startsWith(figure));
  assert.ok(f, `no figure '${figure}'`);
  return f.attachment!;
}

describe('what a figure is attached to', () => {
  it('the named subject of its clause holds it, through a relative clause and a pronoun', () => {
    // A lone capitalised opener is a name when the article capitalises it inside a sentence too, or when it is no word of the language.
    assert.equal(attachmentOf('Hansbrough, who also grabbed nine rebounds, led the side. Fans cheered Hansbrough.', 'nine rebounds').holder, 'hansbrough');
    assert.equal(attachmentOf('Hansbrough, who also grabbed nine rebounds, led the side.', 'nine rebounds').holder, 'hansbrough');
    assert.equal(attachmentOf('Reserves, who also grabbed nine rebounds, led the side.', 'nine rebounds').holder, null);
    assert.equal(attachmentOf('Reyes finished with eight rebounds.', 'eight rebounds').holder, 'reyes');
    assert.equal(attachmentOf('Mac Koshwal pulled down 13 rebounds.', '13 rebounds').holder, 'mac koshwal');
    assert.equal(attachmentOf('Tyler Hansbrough scored early. He had nine rebounds.', 'nine rebounds').holder, 'tyler hansbrough');
  });

  it('a count that is its own clause subject, or reported after a cue verb, has no holder', () => {
    assert.equal(attachmentOf('Nugroho said 24 people died in the quake.', '24 people').holder, null);
    assert.equal(attachmentOf('Nugroho added 24 people were missing.', '24 people').holder, null);
    assert.equal(attachmentOf('Five people died in the quake.', 'Five people').holder, null);
  });

  it('a past year or "last season" sets another occasion', () => {
    assert.equal(attachmentOf('The 2013 quake killed five people. In 2004 a tsunami killed 230,000 people.', '230,000 people').occasion, 'past:2004');
    assert.equal(attachmentOf('Last season he caught 40 passes.', '40 passes').occasion, 'past');
  });

  it('reads a part of the whole, a window of a series and the ends of a range', () => {
    assert.equal(attachmentOf('The tsunami killed 230,000 people across Asia.', '230,000 people').part, 'across asia');
    assert.equal(attachmentOf('Manning completed his first 17 passes.', '17 passes').selector, 'first');
    assert.equal(attachmentOf('He had convictions from 1990 to 1991.', '1990').rangeEnd, true);
  });

  it('a verb that is also a reporting verb holds its object for the subject', () => {
    assert.equal(attachmentOf('Marcus Adams added six rebounds and scored 14 points.', 'six rebounds').holder, 'marcus adams');
    assert.equal(attachmentOf('Kyle Singler added six rebounds for Duke.', 'six rebounds').holder, 'kyle singler');
  });

  it('marks a figure set on another thing of the story’s kind', () => {
    assert.equal(attachmentOf('Three people also died in an air strike on another UN school.', 'Three people').another, true);
    assert.equal(attachmentOf('Another climber, Duncan Rait, died after falling about 200 feet.', 'about 200').another, true);
    assert.equal(attachmentOf('Forty people were killed at the school.', 'Forty people').another, false);
    // 'another 20 people' adds to a count, and 'one another' is no second thing.
    assert.equal(attachmentOf('Another 20 people were injured.', '20').another, false);
    assert.equal(attachmentOf('The 12 climbers helped one another down.', '12 climbers').another, false);
    // Beyond a clause stop, another thing is not the figure's.
    assert.equal(attachmentOf('Forty people were killed at the school; another school was shelled.', 'Forty people').another, false);
  });

  it('marks a measure that names a point on a scale, not a length', () => {
    assert.equal(attachmentOf('He was tackled at the 14-yard line by Indy.', '14-yard').mark, true);
    assert.equal(attachmentOf('Wylie returned the kick from the 10-yard line.', '10-yard').mark, true);
    assert.equal(attachmentOf('Luck capped a 73-yard drive with a touchdown.', '73-yard').mark, false);
    assert.equal(attachmentOf('The bus left the road on the 30 miles to Oban.', '30 miles').mark, false);
  });

  it('a page metadata line dates the page, not the story', () => {
    assert.equal(extractFigures(parseArticle('a.txt', 'UPDATED: Tuesday, March 12, 2013, 9:36 AM')).filter((f) => f.key).length, 0);
  });
});

describe('figures the story model tells apart are not compared', () => {
  it('two players’ rebounds', () => {
    assert.deepEqual(flagged('Hansbrough grabbed nine rebounds in the win.', 'Koshwal pulled down 13 rebounds in the win.'), []);
  });

  it('a toll of a past disaster against the story’s toll', () => {
    assert.deepEqual(flagged('The quake on 2 July 2013 killed five people. In 2004, a tsunami killed 230,000 people.', 'The quake on 2 July 2013 killed five people. The 2004 tsunami killed 170,000 people in the province.'), []);
  });

  it('two players’ rebounds when one of them is the subject of a reporting verb (‘added’)', () => {
    const a = 'Tyler Reyes had 10 rebounds as Carolina beat Duke. Marcus Adams added six rebounds for Carolina.';
    const b = 'Carolina beat Duke. Marcus Adams added six rebounds and Tyler Reyes had 10 rebounds for Carolina.';
    assert.deepEqual(flagged(a, b), []);
    assert.deepEqual(flagged('Tyler Reyes had 10 rebounds as Carolina beat Duke at Chapel Hill.', 'Carolina beat Duke at Chapel Hill. Marcus Adams added six rebounds for Carolina.'), []);
  });

  it('the story’s toll against a toll of another thing of its kind', () => {
    const a = 'Forty people were killed at the Jabaliya school in Gaza on Tuesday, the United Nations said.';
    const b = 'At least 42 people were killed at the Jabaliya school in Gaza on Tuesday, the United Nations said. Three people also died in an air strike on another UN school.';
    assert.deepEqual(flagged(b, a), ['At least 42 people']);
    assert.deepEqual(flagged('Hours earlier, three young men died when Israeli jets bombed another UN school in Gaza on Tuesday, the United Nations said.', a), []);
  });

  it('two points of a field, not two lengths of one thing', () => {
    assert.deepEqual(flagged('Quinn was intercepted with the ball at the Indy 14-yard line.', 'The Chiefs handed the ball over at the 27-yard line.'), []);
    assert.deepEqual(flagged('Wylie was tackled at the 10-yard line.', 'Charles lost a fumble on the Colts 16-yard line.'), []);
  });

  it('must stay loud: one player’s rebounds told two ways', () => {
    const a = 'Tyler Reyes had 10 rebounds as Carolina beat Duke at Chapel Hill.';
    const b = 'Carolina beat Duke at Chapel Hill. Reyes finished with eight rebounds.';
    assert.deepEqual(flagged(a, b), ['10 rebounds']);
  });

  it('a total across the region against one province alone', () => {
    assert.deepEqual(flagged('The floods killed 230 people across the region.', 'The floods killed 170 people in one province alone.'), []);
  });

  it('the whole of a partitive is another set than its part, told elsewhere alone', () => {
    assert.equal(attachmentOf('Flights were cancelled at 38 of the 41 airports.', '41').part, 'of:total');
    assert.equal(attachmentOf('Four of the borough\'s 14 libraries will close.', '14').part, 'of:total');
    assert.equal(attachmentOf('Flights were cancelled at 41 airports.', '41').part, null);
    const whole = 'The Skyvale outage disrupted flights at 38 of the 41 airports Skyvale serves, Mark Hunter of Skyvale Air said.';
    assert.deepEqual(flagged(whole, 'The Skyvale outage disrupted flights at 38 airports, Mark Hunter of Skyvale Air said.'), []);
    assert.deepEqual(flagged('The Skyvale outage disrupted flights at 41 airports, Mark Hunter of Skyvale Air said.', whole), []);
  });

  it('must stay loud: two wholes of one owner, one a partitive\'s and one a universal\'s', () => {
    const part = 'The fault began at one of its three data centres, Loonex chief Mark Hunter said.';
    const both = 'The change reached both of its two data centres, Loonex chief Mark Hunter said.';
    assert.equal(attachmentOf(both, 'two').whole, true);
    assert.equal(attachmentOf('All four lifts had stopped working.', 'four').whole, true);
    assert.equal(attachmentOf('Four lifts had stopped working.', 'Four').whole, undefined);
    assert.equal(attachmentOf('Every one of the eight stations had run dry.', 'eight').whole, true);
    assert.equal(attachmentOf('Buses left every 10 minutes.', '10').whole, undefined);
    // A count through a state word: the whole of 'two of the four lifts were out of order' is what 'all five lifts' counts.
    const lifts = ', Harwood Tower manager Mark Hunter told the Leeds Echo.';
    assert.deepEqual(flagged(`Two of the four lifts were out of order${lifts}`, `All five lifts had stopped working${lifts}`), ['four lifts']);
    assert.deepEqual(flagged(`Two of the four lifts were out of order${lifts}`, `All four lifts had stopped working${lifts}`), []);
    assert.deepEqual(flagged(part, both), ['three data centres']);
    assert.deepEqual(flagged(both, part), ['two data centres']);
    // Two partitives' wholes.
    assert.deepEqual(flagged(part, 'The change reached one of its two data centres, Loonex chief Mark Hunter said.'), ['three data centres']);
    // A count told alone may be the part: still quiet against the partitive's whole.
    assert.deepEqual(flagged(part, 'The change reached two data centres, Loonex chief Mark Hunter said.'), []);
  });

  it('must stay loud: two parts of one whole told two ways', () => {
    const a = 'Five of the town\'s 14 libraries will close under the budget, Stockport Council leader Mark Hunter said.';
    const b = 'Four of the borough\'s 14 libraries will close under the budget, Stockport Council leader Mark Hunter said.';
    assert.deepEqual(flagged(a, b), ['Five']);
  });

  it('an article that dates two quakes on two weekdays is not compared with another’s weekday', () => {
    const a = 'A strong earthquake rattled the province on Wednesday. Thousands have lived in tents since Sunday’s earthquake.';
    // Seen from the other article: neither of the two days can be matched to its one. (Inside the
    // article itself the two days are still compared, as two dates of one named event must be.)
    assert.deepEqual(flagged('The earthquake struck on Sunday, killing four people.', a), []);
  });

  it('must stay loud: the same count told two ways, and one person’s two ages', () => {
    const a = 'A fire swept through the Caddock plant in Hollinbridge on Tuesday, sending 14 workers to hospital.\nThe manager, Robert Buckley, 52, praised the crews.';
    const b = 'A blaze ripped through the Caddock factory on Marsh Lane in Hollinbridge on Tuesday, sending a dozen workers to hospital.\nThe manager, 54-year-old Robert Buckley, praised the crews.';
    assert.deepEqual(flagged(a, b), ['14 workers', '52']);
  });
});

describe('parts, averages and provisional counts (real-news families)', () => {
  const lead = 'A 6.1-magnitude quake struck Aceh province on Tuesday, disaster agency spokesman Sutopo Nugroho said in Bener Meriah district.';

  it('a count in a place that is smaller than the story\'s count is its part', () => {
    assert.equal(attachmentOf('Twelve people were killed and 70 others were injured by a landslide or collapsing buildings in Bener Meriah district, he said.', 'Twelve').place, 'bener');
    const parts = `${lead} "We have recorded 24 people dead," he said. Twelve people were killed by a landslide in Bener Meriah district.`;
    assert.equal(attachmentOf(parts, 'Twelve').within, true);
    assert.deepEqual(flagged(parts, `${lead} At least 24 people were killed by the quake.`), []);
    assert.deepEqual(flagged(`${lead} At least 24 people were killed by the quake.`, parts), []);
  });
  it("must stay loud: a count in a place that is its article's only count of the key", () => {
    const race = 'A crash on stage three of the Volta Costa Brava on Thursday halted the race, race director Marc Puig said.';
    assert.equal(attachmentOf(`${race} Four riders were taken to hospital in Girona.`, 'Four').within, undefined);
    assert.deepEqual(flagged(`${race} Four riders were taken to hospital in Girona.`, `${race} The crash sent six riders to hospital.`), ['Four riders']);
  });
  it('must stay loud: a count in a place that is larger than the story\'s count', () => {
    assert.deepEqual(flagged(`${lead} Thirty people were killed by a landslide in Bener Meriah district.`, `${lead} Exactly 24 people were killed by the quake.`), ['Thirty people']);
  });
  it("the speaker's own count ('we have received') smaller than the story's is its part", () => {
    assert.deepEqual(flagged(`${lead} "We have received around 50 people with injuries," a doctor said.`, `${lead} The quake injured more than 200 people.`), []);
  });
  it('a toll dated by a year the other sentence lacks, ten times the other, is another occasion', () => {
    const a = `${lead} Some 168,000 people were killed in Aceh by the 2004 tsunami.`;
    assert.deepEqual(flagged(a, `${lead} The quake killed four people.`), []);
    // Must stay loud: the same year on both sides.
    assert.deepEqual(flagged(`${lead} A tsunami killed 230,000 people in 13 countries around the Indian Ocean in 2004.`, `${lead} In 2004, a tsunami killed 230,000 people in 14 countries.`), ['13 countries']);
  });
  it('a count with a fraction is an average, compared with no count', () => {
    const f = extractFigures(parseArticle('a.txt', 'Hansbrough averaged 7.2 rebounds in the five games.')).find((x) => x.text.startsWith('7.2'));
    assert.equal(f?.key ?? null, null);
    assert.deepEqual(flagged('Hansbrough averaged 7.2 rebounds for North Carolina.', 'Hansbrough had nine rebounds for North Carolina.'), []);
  });
  it("a count the sentence calls provisional ('so far') is a floor", () => {
    const story = 'A 6.1-magnitude quake struck Aceh on Tuesday, Sutopo Nugroho of the Aceh disaster agency said.';
    assert.deepEqual(flagged(`${story} Five people had so far been confirmed dead in the quake.`, `${story} At least 24 people were killed in the quake.`), []);
    // Must stay loud: a provisional count above the other.
    assert.deepEqual(flagged(`${story} Thirty people had so far been confirmed dead in the quake.`, `${story} Exactly 24 people were killed in the quake.`), ['Thirty people']);
  });
  it('one part of a sum the sentence splits is not the sum another article gives whole', () => {
    const deal = 'AMD will buy SeaMicro, the Santa Clara server maker, AMD chief Rory Read said.';
    assert.equal(attachmentOf('AMD is paying $281m in cash and $53m in stock to acquire SeaMicro.', '$281m').part, 'of:sum');
    assert.deepEqual(flagged(`${deal} AMD is paying $281m in cash and $53m in stock.`, `${deal} AMD will pay $334 million in cash and stock.`), []);
    // Must stay loud: two sums each told whole.
    assert.deepEqual(flagged(`${deal} AMD will pay $281m in cash and stock.`, `${deal} AMD will pay $334 million in cash and stock.`), ['$281m']);
  });
});

describe('a graded toll is a part of the toll', () => {
  const story = 'A 7.6-magnitude quake struck Manokwari in Papua on Sunday, agency chief Manrosan told Xinhua.';
  it("the seriously injured are not all the injured ('eight people suffered serious injuries' / 'injured 11 people')", () => {
    assert.equal(attachmentOf(`${story} Eight people had suffered serious injuries.`, 'Eight').part, 'severity:serious');
    assert.deepEqual(flagged(`${story} Eight people had suffered serious injuries.`, `${story} The quake injured 11 people.`), []);
  });
  it('must stay loud: two counts of the seriously injured', () => {
    assert.deepEqual(flagged(`${story} Eight people were seriously injured.`, `${story} Eleven people were seriously injured.`), ['Eight people']);
  });
});

describe('an age at an earlier time of the story', () => {
  it("'then 15-year-old' is the age then, not a second report of the age now", () => {
    const text = 'The trial of 16-year-old Jermayne Timmons opened in Albany on Monday. Public defender Peter Lynch said the then 15-year-old Timmons had a gun.';
    assert.equal(attachmentOf(text, '15').occasion, 'past');
    const corpus = new Corpus();
    corpus.set('a.txt', text);
    assert.deepEqual(corpus.check('a.txt').filter((f) => f.rule === 'inconsistent-figure'), []);
    // Must stay loud: the same person given two ages now.
    const two = new Corpus();
    two.set('a.txt', text.replace('the then 15-year-old Timmons', 'the 15-year-old Timmons'));
    assert.equal(two.check('a.txt').filter((f) => f.rule === 'inconsistent-figure').length > 0, true);
  });
  it("a count in a division named after its noun ('in the southern city of Khan Younis')", () => {
    assert.equal(attachmentOf('Two people were killed when an artillery shell hit a UN school in the southern city of Khan Younis.', 'Two').place, 'khan');
  });
});
