import * as assert from 'node:assert/strict';
import { actMatch } from '../../../../src/core/figures/actMatch';
import { Corpus } from '../../../../src/core/corpus/corpus';

function figureFindings(files: Record<string, string>, id: string) {
  const corpus = new Corpus();
  for (const [name, text] of Object.entries(files)) corpus.set(name, text);
  return corpus.check(id).filter((f) => f.rule === 'inconsistent-figure');
}

describe('Figures: which acts a duration times, through WordNet', () => {
  it('matches a verb with its noun and their synonyms', () => {
    assert.equal(actMatch('negotiate', 'negotiate'), 'same');
    assert.equal(actMatch('negotiate', 'talks'), 'related');
    assert.equal(actMatch('deliberate', 'deliberations'), 'related');
    assert.equal(actMatch('walk out', 'strike'), 'related');
  });
  it('does not match two different acts', () => {
    assert.equal(actMatch('trial', 'hearing'), undefined);
    assert.equal(actMatch('negotiate', 'strike'), undefined);
    assert.equal(actMatch('contract', 'deal'), undefined);
  });
});

describe('inconsistent-figure: durations by what they time', () => {
  const a = 'Northbank Savings and the Unite union reached a deal after negotiating for four days, Dana Hollis said.';
  it("reports 'negotiating for four days' against 'three days of talks', as likely (Information)", () => {
    const b = 'After three days of talks, Northbank Savings and the Unite union reached a deal, Dana Hollis said.';
    const found = figureFindings({ 'a.txt': a, 'b.txt': b }, 'a.txt');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].severity, 'information');
  });
  it('stays quiet when the other duration times another act', () => {
    const b = 'After a three-day strike, Northbank Savings and the Unite union reached a deal, Dana Hollis said.';
    assert.equal(figureFindings({ 'a.txt': a, 'b.txt': b }, 'a.txt').length, 0);
  });
  it('stays quiet when the lengths agree', () => {
    const b = 'After four days of talks, Northbank Savings and the Unite union reached a deal, Dana Hollis said.';
    assert.equal(figureFindings({ 'a.txt': a, 'b.txt': b }, 'a.txt').length, 0);
  });
});
