import * as assert from 'node:assert/strict';
import { Corpus } from '../../../../src/core/corpus/corpus';
import { figureMentions, inconsistentFigures, MAX_LISTED_CONFLICTS, NEIGHBOURS_IN_ARTICLE } from '../../../../src/core/figures/inconsistentFigures';
import { figureOf } from './helpers';

function corpusOf(files: Record<string, string>): Corpus {
  const corpus = new Corpus();
  for (const [id, text] of Object.entries(files)) corpus.set(id, text);
  return corpus;
}

function figureFindings(corpus: Corpus, id: string) {
  return corpus.check(id).filter((f) => f.rule === 'inconsistent-figure');
}

function inArticleFindings(text: string) {
  const corpus = new Corpus();
  corpus.set('a.txt', text);
  return corpus.check('a.txt').filter((f) => f.rule === 'inconsistent-figure');
}

describe('inconsistent-figure', () => {
  const a = 'A fire swept through the Caddock plant in Hollinbridge on Tuesday, sending 14 workers to hospital.\nAbout 60 firefighters were at the scene on Marsh Lane.';
  const b = 'A blaze ripped through the Caddock factory on Marsh Lane in Hollinbridge on Wednesday, sending a dozen workers to hospital.\nSome 60 firefighters were called.';

  it('reports a disagreement at both mentions, each related to the other', () => {
    const corpus = corpusOf({ 'dir/a.txt': a, 'dir/b.txt': b });
    const here = figureFindings(corpus, 'dir/a.txt');
    const there = figureFindings(corpus, 'dir/b.txt');
    const workersHere = here.find((f) => a.slice(f.start, f.end) === '14 workers')!;
    const workersThere = there.find((f) => b.slice(f.start, f.end) === 'a dozen workers')!;
    assert.ok(workersHere && workersThere);
    assert.equal(workersHere.severity, 'warning');
    assert.equal(workersHere.related[0].articleId, 'dir/b.txt');
    assert.equal(b.slice(workersHere.related[0].start, workersHere.related[0].end), 'a dozen workers');
    assert.equal(workersThere.related[0].articleId, 'dir/a.txt');
    assert.match(workersHere.message, /^Workers taken to hospital: 14 here; 12 \("a dozen"\) in b\.txt\.$/);
    assert.equal(workersHere.evidence.kind, 'figure');
    if (workersHere.evidence.kind === 'figure') {
      assert.equal(workersHere.evidence.quantity, 'workers taken to hospital');
      assert.equal(workersHere.evidence.others[0].display, '12 ("a dozen")');
    }
  });
  it('reports the weekday of the same event', () => {
    const corpus = corpusOf({ 'a.txt': a, 'b.txt': b });
    assert.ok(figureFindings(corpus, 'a.txt').some((f) => a.slice(f.start, f.end).includes('Tuesday')));
  });
  it('does not compare two slots of one sentence that two articles both print', () => {
    const copied = 'South Sudan split off from Sudan in July after voting for secession in a January referendum, Khartoum and Juba said.';
    const a = `Sudanese jets bombed the Yida camp in Unity state on Thursday, Juba said. ${copied}`;
    const b = `The Yida camp in Unity state was bombed on Thursday, Khartoum denied. ${copied}`;
    assert.deepEqual(figureFindings(corpusOf({ 'a.txt': a, 'b.txt': b }), 'a.txt').map((f) => f.message), []);
    // Must stay loud: the same slot told two ways.
    const changed = b.replace('split off from Sudan in July', 'split off from Sudan in June');
    assert.ok(figureFindings(corpusOf({ 'a.txt': a, 'b.txt': changed }), 'a.txt').some((f) => a.slice(f.start, f.end) === 'July'));
  });

  it('does not report agreeing mentions', () => {
    const corpus = corpusOf({ 'a.txt': a, 'b.txt': b });
    assert.ok(!figureFindings(corpus, 'a.txt').some((f) => a.slice(f.start, f.end).includes('60')));
  });
  it('states both values in the same unit', () => {
    const corpus = corpusOf({
      'a.txt': 'In the Aske valley near Coldham and Ferring, flooding stretched along 80 kilometres of the valley floor.',
      'b.txt': 'In the Aske valley near Coldham and Ferring, flooding affected a 30-mile stretch of the valley.',
    });
    const [finding] = figureFindings(corpus, 'a.txt');
    assert.match(finding.message, /80 km here; 48\.3 km \("30-mile"\) in b\.txt/);
    assert.equal(figureFindings(corpus, 'b.txt').length, 1);
  });
  it('never reports a consistent conversion', () => {
    const corpus = corpusOf({
      'a.txt': 'In the Aske valley near Coldham and Ferring, flooding stretched along 80 kilometres of the valley floor.',
      'b.txt': 'In the Aske valley near Coldham and Ferring, flooding affected a 50-mile stretch of the valley.',
    });
    assert.equal(figureFindings(corpus, 'a.txt').length, 0);
  });
  it('compares mentions within one article, but never two of one sentence', () => {
    const corpus = corpusOf({ 'a.txt': 'It will cut about 1,200 jobs.\nThe 1,500 job cuts will cost $60 million.' });
    assert.equal(figureFindings(corpus, 'a.txt').length, 2);
    assert.match(figureFindings(corpus, 'a.txt')[0].message, /elsewhere in this article/);
    const one = corpusOf({ 'a.txt': 'Hale took 52 percent of the vote and Okafor 38 percent of the vote.' });
    assert.equal(figureFindings(one, 'a.txt').length, 0);
  });
  it('leaves "no one was hurt" against "two were hurt" to the contradiction rule', () => {
    const corpus = corpusOf({
      'a.txt': 'At the Caddock plant in Hollinbridge on Marsh Lane, no firefighters were hurt.',
      'b.txt': 'At the Caddock plant in Hollinbridge on Marsh Lane, two firefighters were hurt.',
    });
    assert.equal(figureFindings(corpus, 'a.txt').length, 0);
    assert.equal(figureFindings(corpus, 'b.txt').length, 0);
  });
  it('within one article, does not compare counts dated to different occasions', () => {
    const corpus = corpusOf({ 'a.txt': 'Police arrested 12 people after clashes on Saturday.\nOfficers arrested three people at the station on Sunday.' });
    assert.equal(figureFindings(corpus, 'a.txt').length, 0);
  });
  it('within one article, does not compare counts keyed by a bare noun', () => {
    const corpus = corpusOf({ 'a.txt': 'Two children were pulled from a car.\nLater, three children were found in a barn.' });
    assert.equal(figureFindings(corpus, 'a.txt').length, 0);
  });
  it('does not compare articles that tell different stories', () => {
    const corpus = corpusOf({
      'fire.txt': 'The Caddock plant in Hollinbridge, on Marsh Lane, employs about 240 people.',
      'grocer.txt': 'Harwick Foods, based in Cincinnati, Ohio, employs about 9,800 people.',
    });
    assert.equal(figureFindings(corpus, 'fire.txt').length, 0);
    assert.equal(figureFindings(corpus, 'grocer.txt').length, 0);
  });
  it('lists every mention of the same quantity for the hover, agreeing ones too', () => {
    const corpus = corpusOf({ 'a.txt': a, 'b.txt': b });
    const self = corpus.analysis('a.txt')!;
    const sixty = self.figures.find((f) => f.text.includes('60'))!;
    const context = { self, others: () => [corpus.analysis('b.txt')!] };
    const mentions = figureMentions(context, sixty);
    assert.equal(mentions.length, 1);
    assert.equal(mentions[0].articleId, 'b.txt');
    assert.match(mentions[0].display, /about 60/);
    assert.equal(inconsistentFigures(context).length, 2);
  });
});

describe('inconsistent-figure in a very long article', () => {
  const repeated = (times: number) =>
    Array.from({ length: times }, (_, i) => `The fire at the Caddock plant sent ${i % 2 ? 14 : 12} workers to hospital.`).join('\n\n');

  it(`lists the nearest ${MAX_LISTED_CONFLICTS} disagreeing mentions and counts the rest`, () => {
    const text = repeated(40);
    const first = figureFindings(corpusOf({ 'a.txt': text }), 'a.txt')[0];
    assert.equal(first.related.length, MAX_LISTED_CONFLICTS);
    assert.match(first.message, /; 8 more mentions that disagree\.$/);
    // The nearest: the 14s of sentences 2, 4, … 24.
    assert.ok(first.related.every((r) => r.start < text.indexOf('12 workers', first.start + 1) + 26 * 60));
    assert.deepEqual(
      first.related.map((r) => r.start),
      [...first.related.map((r) => r.start)].sort((x, y) => x - y),
    );
  });
  it(`compares a figure with the ${NEIGHBOURS_IN_ARTICLE} same-quantity mentions on each side only`, () => {
    const text = repeated(400);
    const findings = figureFindings(corpusOf({ 'a.txt': text }), 'a.txt');
    assert.equal(findings.length, 400);
    const first = findings[0];
    // 24 neighbours after it, 12 of them disagreeing: all listed, none counted beyond.
    assert.equal(first.related.length, 12);
    assert.doesNotMatch(first.message, /more mentions/);
    const reach = text.split('\n\n').slice(0, NEIGHBOURS_IN_ARTICLE + 1).join('\n\n').length;
    assert.ok(first.related.every((r) => r.end <= reach));
  });
  it('lists every disagreeing mention of a news-length article', () => {
    const first = figureFindings(corpusOf({ 'a.txt': repeated(10) }), 'a.txt')[0];
    assert.equal(first.related.length, 5);
    assert.doesNotMatch(first.message, /more mention/);
  });
});

describe('inconsistent-figure: two weekdays of one article', () => {
  it('does not compare days tied only to a verb and its subject', () => {
    assert.equal(inArticleFindings('The council voted on Tuesday to shut the Ormley library.\nThe council voted on Thursday to keep the Ormley pool open.').length, 0);
  });
  it('does not compare a stage of a many-day story with the day of its event', () => {
    assert.equal(inArticleFindings("A collision of 14 riders ended Wednesday's third stage near Tarloch.\nThe leader avoided the collision and rides into Thursday's hill stage in front.").length, 0);
  });
  it('still compares two days of the same named event', () => {
    assert.equal(inArticleFindings('A fire swept through the Caddock plant in Hollinbridge on Tuesday.\nFirefighters said the fire at the Caddock plant started on Wednesday.').length, 2);
  });
});

describe('inconsistent-figure: counts under a related noun', () => {
  const wire = 'A leopard escaped from the Big Muddy Zoo in Omaha on Wednesday.\nThere were about 300 visitors in the park at the time.';
  const tv = 'The leopard got out at the Big Muddy Zoo in Omaha on Wednesday.\nMore than 500 guests were in the park at the time.';

  it('reports another article\'s count of guests against visitors, as a likely (information) finding', () => {
    const corpus = corpusOf({ 'wire.txt': wire, 'tv.txt': tv });
    const [finding] = figureFindings(corpus, 'wire.txt').filter((f) => wire.slice(f.start, f.end) === 'about 300 visitors');
    assert.ok(finding, 'the visitors are compared with the guests');
    assert.equal(finding.severity, 'information');
    assert.equal(tv.slice(finding.related[0].start, finding.related[0].end), 'More than 500 guests');
  });
  it('stays quiet when the related counts agree', () => {
    const corpus = corpusOf({ 'wire.txt': wire, 'tv.txt': tv.replace('More than 500', 'Nearly 300') });
    assert.deepEqual(figureFindings(corpus, 'wire.txt').filter((f) => wire.slice(f.start, f.end) === 'about 300 visitors'), []);
  });
  it('does not compare two kinds of person: nurses and patients', () => {
    const corpus = corpusOf({
      'a.txt': 'At Elmford General Hospital in Tarrow, 40 nurses were moved on Monday after the flood.',
      'b.txt': 'At Elmford General Hospital in Tarrow, 65 patients were moved on Monday after the flood.',
    });
    assert.deepEqual(figureFindings(corpus, 'a.txt'), []);
  });
  it('does not compare counts an order of magnitude apart under two nouns: two groups', () => {
    const corpus = corpusOf({
      'a.txt': 'Trend Micro said in Tokyo that Microsoft Internet Explorer had a flaw.\nThe flaw has infected about 10,000 websites.',
      'b.txt': 'Trend Micro said in Tokyo that Microsoft Internet Explorer had a flaw.\nThe flaw has infected more than two million computers.',
    });
    assert.deepEqual(figureFindings(corpus, 'a.txt'), []);
    assert.ok(figureFindings(corpusOf({
      'a.txt': 'Trend Micro said in Tokyo that Microsoft Internet Explorer had a flaw.\nThe flaw has infected about 10,000 websites.',
      'b.txt': 'Trend Micro said in Tokyo that Microsoft Internet Explorer had a flaw.\nThe flaw has infected about 20,000 computers.',
    }), 'a.txt').length === 1, 'the same pair closer in size is compared');
  });
  it('does not compare two nouns of one article: two groups are most often meant', () => {
    assert.deepEqual(inArticleFindings('About 300 visitors were at the Big Muddy Zoo in Omaha on Wednesday.\nMore than 500 guests had booked for the evening gala there.'), []);
  });
});

describe('inconsistent-figure: the place a story is set in', () => {
  const a = 'The Marine Accident Inspectorate said a team of four inspectors had arrived in Oban on Sunday.';
  const b = 'The ferry Loch Seil was berthed at Oban after the collision.\nThe Marine Accident Inspectorate said it had sent three inspectors.';

  it('does not tell two counts apart by a place only one names when the other article names it too', () => {
    const corpus = corpusOf({ 'a.txt': a, 'b.txt': b });
    assert.equal(figureFindings(corpus, 'a.txt').filter((f) => a.slice(f.start, f.end) === 'four inspectors').length, 1);
  });
  it('still tells them apart when the other article never names the place', () => {
    const corpus = corpusOf({ 'a.txt': a, 'b.txt': b.replace('at Oban', 'at the pier') });
    assert.deepEqual(figureFindings(corpus, 'a.txt').filter((f) => a.slice(f.start, f.end) === 'four inspectors'), []);
  });
});

describe('inconsistent-figure: a counted set matched by what is counted and what is done to it', () => {
  const lead = 'Managers at Harwood Bank told the Unite union in Leeds on Tuesday';

  it('compares jobs cut in one article with the loss of posts in another (WordNet: a post is a job)', () => {
    const corpus = corpusOf({ 'a.txt': `${lead} that it will cut 40 jobs at its call centre.`, 'b.txt': `${lead} of the loss of 45 posts at its call centre.` });
    const [finding] = figureFindings(corpus, 'a.txt');
    assert.ok(finding, 'jobs cut and posts lost are one count');
    assert.match(finding.message, /40 here; 45 in b\.txt/);
  });
  it('compares a verb and its nominalisation: will shut five branches / the closure of six branches', () => {
    const corpus = corpusOf({ 'a.txt': `${lead} that it will shut five branches.`, 'b.txt': `${lead} of the closure of six branches.` });
    assert.equal(figureFindings(corpus, 'a.txt').length, 1);
  });
  it('stays quiet on two bodies\' counts: Harwood Bank\'s jobs and Kestrel Bank\'s posts', () => {
    const corpus = corpusOf({
      'a.txt': `${lead} that Harwood Bank will cut 40 jobs at its call centre.`,
      'b.txt': `${lead} of job cuts.\nKestrel Bank will cut 45 posts.`,
    });
    assert.deepEqual(figureFindings(corpus, 'a.txt'), []);
    assert.deepEqual(figureFindings(corpus, 'b.txt'), []);
  });
  it('stays quiet on a total against a part: 400 jobs across the country / 120 posts in Leeds alone', () => {
    const corpus = corpusOf({
      'a.txt': `${lead} that it will cut 400 jobs across the country.`,
      'b.txt': `${lead} of the loss of 120 posts in Leeds alone.`,
    });
    assert.deepEqual(figureFindings(corpus, 'a.txt'), []);
  });
  it('stays quiet on two people\'s counts of one kind', () => {
    const corpus = corpusOf({
      'a.txt': 'The Cleveland Cavaliers beat the Boston Celtics in Ohio on Tuesday, and Reyes starred.\nCenter Dan Reyes had 10 rebounds.',
      'b.txt': 'The Boston Celtics lost to the Cleveland Cavaliers in Ohio on Tuesday, and Adams starred.\nAdams added six rebounds.',
    });
    assert.deepEqual(figureFindings(corpus, 'a.txt'), []);
  });
  it('still compares one person\'s count given with and without the first name', () => {
    const corpus = corpusOf({
      'a.txt': 'The Cleveland Cavaliers beat the Boston Celtics in Ohio on Tuesday, and Reyes starred.\nCenter Dan Reyes had 10 rebounds.',
      'b.txt': 'The Boston Celtics lost to the Cleveland Cavaliers in Ohio on Tuesday, and Reyes starred.\nReyes had 12 rebounds.',
    });
    assert.equal(figureFindings(corpus, 'a.txt').length, 1);
  });
});
