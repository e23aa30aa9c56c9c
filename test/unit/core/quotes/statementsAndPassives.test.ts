import * as assert from 'node:assert/strict';
import { quotationsOf, speakersOf } from './helpers';

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

describe('quotations: when a quote-only paragraph does not carry a speaker over', () => {
  it('a partial quotation closing the paragraph before does not go on into the next', () => {
    const text = 'The spokeswoman, Ida Brock, said it was “much too soon” to name a cause.\n\n“Boil your water before drinking it.” That advice spread quickly online.';
    assert.deepEqual(speakersOf(text), [
      ['much too soon', 'Ida Brock'],
      ['Boil your water before drinking it.', null],
    ]);
  });
  it('a full quotation closing the paragraph before still goes on', () => {
    const text = '“We found the leak,” said Ida Brock.\n\n“Boil your water for now.”';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Ida Brock', 'Ida Brock']);
  });
  it('a cue in a list item does not introduce the block quotation after the list', () => {
    const text = '- The Forestry Trust maintains its objection to the road.\n\n> "My father planted those trees. Nobody asked him."\n';
    assert.deepEqual(findSpeakers(text, 'notes.md'), [['My father planted those trees. Nobody asked him.', null]]);
  });
  it('a body guessed from a bare description does not own the next paragraph’s quotation', () => {
    const text = 'Kestrel Systems said in a statement that it was “cooperating fully”.\n\nThe harbour has said it will publish a review.\n\n“Nobody wants to be the harbour that skimped on backups.”';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Kestrel Systems', null]);
  });
  it('a named speaker closing the paragraph before still owns the quote-only paragraph', () => {
    const text = 'Harbour master Ola Berg said the crane had failed twice.\n\n“We cannot keep patching it.”';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Ola Berg']);
  });
});

function findSpeakers(text: string, id: string): Array<[string, string | null]> {
  return quotationsOf(text, id).map((q) => [q.text, q.speaker?.name ?? null]);
}
