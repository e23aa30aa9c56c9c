import * as assert from 'node:assert/strict';
import { buildStory, memberOf, type Story } from '../../../../src/core/story/story';
import { extractFigures } from '../../../../src/core/figures/extractFigures';
import { parseArticle } from '../../../../src/core/text/article';

function storyOf(...texts: string[]): Story {
  return buildStory(
    texts.map((text, i) => {
      const article = parseArticle(`${i}.txt`, text);
      return { article, figures: extractFigures(article) };
    }),
  );
}

function ages(story: Story, name: string): string[] {
  return (memberOf(story, name)?.attributes ?? []).filter((a) => a.kind === 'age').map((a) => `${a.value}${a.link === 'likely' ? '?' : ''}`);
}

describe('Story model: the cast', () => {
  it('gathers the full name, the surname and honorific + surname as aliases of one person', () => {
    const story = storyOf('Graham Tully was arrested on Monday. Mr Tully denies wrongdoing.');
    const tully = memberOf(story, 'Tully');
    assert.ok(tully);
    assert.equal(tully.name, 'Graham Tully');
    assert.ok(tully.aliases.includes('Mr Tully'), tully.aliases.join('; '));
    assert.equal(memberOf(story, 'Mr Tully'), tully);
  });
  it('joins a surname in one article to the full name in another', () => {
    const story = storyOf('Graham Tully was arrested on Monday.', 'Tully appeared in court on Tuesday.');
    assert.equal(story.cast.filter((m) => m.id.endsWith('tully')).length, 1);
    assert.equal(memberOf(story, 'Tully')?.passages.length, 2);
  });
  it('links a role in apposition to the name, both ways, and lets the role stand for the person', () => {
    const story = storyOf('The driver, Graham Tully, was arrested.', 'Anna Berg, 38, a nurse, saw the crash.');
    assert.equal(memberOf(story, 'the driver')?.name, 'Graham Tully');
    assert.equal(memberOf(story, 'the nurse')?.name, 'Anna Berg');
  });
  it("gives an age read as 'Name, 38,' surely, and 'the 41-year-old nurse' elsewhere only as likely", () => {
    const story = storyOf('Anna Berg, 38, a nurse, saw the crash.', 'The 41-year-old nurse told reporters she ran to help.');
    assert.deepEqual(ages(story, 'Berg'), ['38', '41?']);
    assert.equal(memberOf(story, 'the 41-year-old')?.name, 'Anna Berg');
  });
  it("does not give the clause's subject a role that describes its object ('Subryan struck Raj Chohan, a grandmother,')", () => {
    const story = storyOf('Police arrested Vishwanand Subryan on Friday. Subryan allegedly struck Raj Chohan, a 59-year-old grandmother, as she walked.', 'A 59-year-old grandmother was killed.');
    assert.notEqual(memberOf(story, 'the grandmother')?.name, 'Vishwanand Subryan');
    assert.deepEqual(ages(story, 'Subryan'), []);
  });
  it('keeps two drivers apart: the role links to neither', () => {
    const story = storyOf('The driver, Graham Tully, was arrested.', 'The other driver, Paul Marsh, was unhurt. The 52-year-old driver was taken home.');
    assert.equal(memberOf(story, 'the driver'), undefined);
    assert.deepEqual(ages(story, 'Tully'), []);
    assert.deepEqual(ages(story, 'Marsh'), []);
  });
  it('keeps two people of one surname apart, and leaves a bare surname unjoined', () => {
    const story = storyOf('Graham Tully was arrested.', 'His brother Sean Tully was not.', 'Tully said nothing.');
    assert.ok(memberOf(story, 'Graham Tully'));
    assert.ok(memberOf(story, 'Sean Tully'));
    assert.notEqual(memberOf(story, 'Graham Tully'), memberOf(story, 'Sean Tully'));
    const bare = story.cast.find((m) => m.id === 'tully');
    assert.ok(bare, 'the bare surname stays its own, unresolved member');
    assert.equal(memberOf(story, 'Graham Tully')?.passages.length, 1);
    assert.equal(memberOf(story, 'Sean Tully')?.passages.length, 1);
  });
  it('tells a place from a person', () => {
    const story = storyOf('The crash happened in Leeds on Monday. Graham Tully was arrested.');
    assert.equal(story.cast.find((m) => m.name === 'Leeds')?.kind, 'place');
    assert.equal(memberOf(story, 'Tully')?.kind, 'person');
  });
});

describe('Story model: events', () => {
  it('dates and times a named event, with the passage each came from', () => {
    const story = storyOf('Police said the crash happened at 9:40 p.m. on the A1.');
    const crash = story.events.find((e) => e.noun === 'crash');
    assert.ok(crash, JSON.stringify(story.events));
    assert.deepEqual(crash.attributes.map((a) => [a.kind, a.value]), [['time', '9:40 p.m.']]);
    assert.match(crash.attributes[0].passage.text, /crash happened/);
  });
  it('keeps two fires in two places apart', () => {
    const story = storyOf('The fire in Leeds broke out on Monday.', 'The fire in York broke out on Tuesday.');
    const fires = story.events.filter((e) => e.noun === 'fire');
    assert.equal(fires.length, 2, JSON.stringify(story.events.map((e) => e.id)));
  });
  it('holds a measure with no key as an attribute of the event its clause names, with its dimension and subject', () => {
    const story = storyOf('The coach travelled 40 miles before the crash.');
    const travel = story.events.find((e) => e.noun === 'travel');
    assert.ok(travel, JSON.stringify(story.events));
    assert.deepEqual(travel.attributes.map((a) => [a.kind, a.dimension, a.value, a.of]), [['measure', 'distance', '40 miles', 'coach']]);
    assert.ok(travel.participants.includes('coach'));
  });
  it('joins a duration to the event WordNet relates it to across articles: negotiating and talks', () => {
    const story = storyOf('The union agreed a deal after negotiating for four days.', 'The deal came after three days of talks.');
    const talks = story.events.filter((e) => e.noun === 'negotiate' || e.noun === 'talks');
    assert.equal(talks.length, 1, JSON.stringify(story.events.map((e) => e.id)));
    assert.deepEqual(talks[0].attributes.map((a) => a.value), ['four days', 'three days']);
  });
  it('does not join two unrelated acts', () => {
    const story = storyOf('The search took about 90 minutes.', 'The inquiry took three hours.');
    assert.equal(story.events.filter((e) => e.noun === 'search' || e.noun === 'inquiry').length, 2, JSON.stringify(story.events.map((e) => e.id)));
  });
});

describe('Story model: an age alone as an epithet', () => {
  it('gives "the 61-year-old" to the person named last before it, as likely', () => {
    const story = storyOf('Professor Pieter van Aalst led the laboratory for a decade. At his home outside Delft, the 61-year-old admitted that he had altered two images.');
    assert.deepEqual(ages(story, 'Pieter van Aalst'), ['61?']);
  });
  it('gives it to nobody when it is no epithet: a role follows, or no person was named before it', () => {
    assert.deepEqual(ages(storyOf('Anna Berg runs the ward. The 61-year-old porter, who is not named, was hurt.'), 'Anna Berg'), []);
    assert.deepEqual(ages(storyOf('The 61-year-old admitted it. Anna Berg runs the ward.'), 'Anna Berg'), []);
  });
  it('gives it to the last of two people named', () => {
    const story = storyOf('Anna Berg, a nurse, called Tom Reyes on Monday. The 61-year-old said he would come.');
    assert.deepEqual(ages(story, 'Tom Reyes'), ['61?']);
    assert.deepEqual(ages(story, 'Anna Berg'), []);
  });
});
