import * as assert from 'node:assert/strict';
import { Corpus } from '../../../../src/core/corpus/corpus';
import { differentSpeakers, quotationEchoes, quotationIndexKeys } from '../../../../src/core/quotes/quotationConflicts';
import { unattributedQuotes } from '../../../../src/core/quotes/unattributedQuote';

const A = 'Alison Hale won the seat.\nHale told supporters: "This result belongs to every village that lost its bus."\n';
const B = 'Tom Reyes managed the campaign.\n“This result belongs to every village that lost its bus,” said Mr Reyes.\n';
const C = 'Alison Hale won the seat.\n“This result belongs to every village that lost its bus,” said Alison Hale.\n';

function corpusOf(files: Record<string, string>): Corpus {
  const corpus = new Corpus();
  for (const [id, text] of Object.entries(files)) corpus.set(id, text);
  return corpus;
}

describe('quotation conflicts', () => {
  it('index a quotation under shingles shared by the same words in other marks', () => {
    const corpus = corpusOf({ 'a.txt': A, 'b.txt': B });
    const a = quotationIndexKeys(corpus.analysis('a.txt')!);
    const b = new Set(quotationIndexKeys(corpus.analysis('b.txt')!));
    assert.ok(a.length > 0 && a.every((k) => k.startsWith('quote:')));
    assert.ok(a.some((k) => b.has(k)));
  });
  it('report the same words given to two speakers at both places, each related to the other', () => {
    const corpus = corpusOf({ 'a.txt': A, 'b.txt': B });
    for (const [self, other, here, there] of [['a.txt', 'b.txt', 'Alison Hale', 'Tom Reyes'], ['b.txt', 'a.txt', 'Tom Reyes', 'Alison Hale']]) {
      const found = corpus.check(self).filter((f) => f.rule === 'contradiction');
      assert.equal(found.length, 1, self);
      const f = found[0];
      assert.equal(f.related[0].articleId, other);
      assert.ok(f.message.includes(here) && f.message.includes(there) && f.message.includes(other), f.message);
      assert.equal(f.evidence.kind === 'claim' && f.evidence.reason, 'attribution');
    }
  });
  it('do not report the same words given to the same speaker', () => {
    const corpus = corpusOf({ 'a.txt': A, 'c.txt': C });
    assert.deepEqual(corpus.check('a.txt').filter((f) => f.rule === 'contradiction'), []);
  });
  it('tell a shortened name from a different person', () => {
    assert.equal(differentSpeakers('Hale', 'Alison Hale'), false);
    assert.equal(differentSpeakers('Tom Reyes', 'Alison Hale'), true);
  });
  it("read one person's name forms as one speaker: a misspelt surname, a particle written together, a suffix", () => {
    assert.equal(differentSpeakers('Karl Wetzler', 'Karl Welzler'), false);
    assert.equal(differentSpeakers('Mark DelGiudice', 'Mark Del Giudice'), false);
    assert.equal(differentSpeakers('Herbert Lane', 'Herbert Lane Jr'), false);
    assert.equal(differentSpeakers('J. Butler', 'AJ Butler'), false);
    assert.equal(differentSpeakers('A.J. Butler', 'AJ Butler'), false);
    assert.equal(differentSpeakers('A.J. Smith', 'A.J. Butler'), true);
    assert.equal(differentSpeakers('Anna Tully', 'Tom Tully'), true);
    assert.equal(differentSpeakers('Sam Lee', 'Sam Lew'), true);
  });
  it('do not report a misspelt name form of the same speaker', () => {
    const a = 'Karl Wetzler runs the shelter.\n“This result belongs to every village that lost its bus,” said Karl Wetzler.\n';
    const b = 'Karl Welzler runs the shelter.\n“This result belongs to every village that lost its bus,” said Karl Welzler.\n';
    assert.deepEqual(corpusOf({ 'a.txt': a, 'b.txt': b }).check('a.txt').filter((f) => f.rule === 'contradiction'), []);
  });
  it('report a swap through a pronoun whose speaker is the one person named before it in the paragraph, or a continued quotation', () => {
    const d = 'Tom Reyes managed the campaign, he said on Friday. “This result belongs to every village that lost its bus,” he said.\n';
    const corpus = corpusOf({ 'a.txt': C, 'd.txt': d });
    assert.equal(corpus.check('a.txt').filter((f) => f.rule === 'contradiction').length, 1);
    const e = 'Tom Reyes spoke first. “We won,” said Tom Reyes. “This result belongs to every village that lost its bus.”\n';
    assert.equal(corpusOf({ 'a.txt': C, 'e.txt': e }).check('a.txt').filter((f) => f.rule === 'contradiction').length, 1);
  });
  it('do not report a swap when a pronoun could be another person named before it, or another person is named beside the quotation', () => {
    const f = 'Tom Reyes managed the campaign for Alison Hale.\n“This result belongs to every village that lost its bus,” said Ana Ruiz, as Tom Reyes looked on.\n';
    assert.deepEqual(corpusOf({ 'a.txt': C, 'f.txt': f }).check('a.txt').filter((x) => x.rule === 'contradiction'), []);
  });
  it('do not report a swap when one side reaches its speaker through a pronoun', () => {
    const d = 'Tom Reyes managed the campaign and Alison Hale won the seat.\n“This result belongs to every village that lost its bus,” he said.\n';
    const corpus = corpusOf({ 'a.txt': C, 'd.txt': d });
    assert.deepEqual(corpus.check('a.txt').filter((f) => f.rule === 'contradiction'), []);
    assert.deepEqual(corpus.check('d.txt').filter((f) => f.rule === 'contradiction'), []);
  });
  it('list the echoes of a quotation with their speakers for the hover', () => {
    const corpus = corpusOf({ 'a.txt': A, 'b.txt': B });
    const q = corpus.analysis('a.txt')!.quotations[0];
    const echoes = quotationEchoes([corpus.analysis('b.txt')!], q, 'a.txt');
    assert.equal(echoes.length, 1);
    assert.equal(echoes[0].speaker, 'Tom Reyes');
    assert.equal(echoes[0].articleId, 'b.txt');
  });
});

describe('unattributed-quote', () => {
  it('flags the quoted words of a quotation with no speaker, as a warning', () => {
    const corpus = corpusOf({ 'a.txt': 'The bank broke on Sunday.\n"The council knew it was weak."\n' });
    const [f, ...rest] = unattributedQuotes(corpus.analysis('a.txt')!);
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'warning');
    assert.equal(corpus.article('a.txt')!.text.slice(f.start, f.end), 'The council knew it was weak.');
    assert.match(f.message, /no identifiable speaker/);
    assert.deepEqual(f.evidence, { kind: 'quote', speaker: null, cue: null, resolution: 'none' });
  });
  it('says which cue names no one for a passive partial quotation', () => {
    const corpus = corpusOf({ 'a.txt': 'Staff were told the decision was "final and not up for discussion" on Friday.\n' });
    const [f] = unattributedQuotes(corpus.analysis('a.txt')!);
    assert.match(f.message, /'told' names no one/);
  });
  it('does not flag attributed, continued or anonymous quotations', () => {
    const corpus = corpusOf({
      'a.txt': '"It rose fast," said Anna Berg.\n"Then it stopped."\n"It was huge," a witness said.\nHe called it the "clean room" plan.\n',
    });
    assert.deepEqual(unattributedQuotes(corpus.analysis('a.txt')!), []);
  });
});
