import * as assert from 'node:assert/strict';
import { compareArticles } from '../../../../src/core/compare/compareArticles';
import { figureValue, quantityWords } from '../../../../src/core/compare/alignFigures';
import { sameSpeaker } from '../../../../src/core/compare/alignQuotations';
import type { ComparableArticle, ComparableClaim, ComparableFigure, ComparableQuotation } from '../../../../src/core/compare/comparison';
import type { Finding } from '../../../../src/core/findings';
import { parseArticle } from '../../../../src/core/text/article';

/** Builds an analysis by hand: the compare logic is tested apart from the detectors. */
function analysis(id: string, text: string, parts: { claims?: string[]; negative?: string[]; figures?: Array<[string, string, number, number, string | null]>; quotes?: Array<[string, string | null]> }): ComparableArticle {
  const article = parseArticle(id, text);
  const at = (words: string): { start: number; end: number } => {
    const start = text.indexOf(words);
    assert.ok(start >= 0, `${words} in ${id}`);
    return { start, end: start + words.length };
  };
  const claims: ComparableClaim[] = (parts.claims ?? []).map((c) => ({ ...at(c), text: c, subject: null, predicate: null, polarity: parts.negative?.includes(c) ? 'negative' : 'positive' }));
  const figures: ComparableFigure[] = (parts.figures ?? []).map(([words, key, low, high, unit]) => ({ ...at(words), text: words, key, low, high, unit }));
  const quotations: ComparableQuotation[] = (parts.quotes ?? []).map(([words, speaker]) => {
    const span = at(words);
    return { ...span, text: words, speaker: speaker ? { name: speaker } : null };
  });
  return { article, claims, figures, quotations };
}

function conflict(rule: Finding['rule'], here: ComparableArticle, words: string, there: ComparableArticle, otherWords: string): Finding {
  const start = here.article.text.indexOf(words);
  const otherStart = there.article.text.indexOf(otherWords);
  return {
    rule,
    severity: 'warning',
    articleId: here.article.id,
    start,
    end: start + words.length,
    message: `conflicts with ${there.article.id}`,
    related: [{ articleId: there.article.id, start: otherStart, end: otherStart + otherWords.length, message: 'other' }],
    evidence: { kind: 'claim', reason: 'negation', detail: '', here: words, there: { articleId: there.article.id, start: otherStart, end: otherStart + otherWords.length, text: otherWords } },
  };
}

const A_TEXT = 'It is the first drone attack on the region. The dam was damaged in the assault. Markets opened late.';
const B_TEXT = 'The region was once again under attack. The assault damaged the dam. Schools closed early.';

describe('compareArticles', () => {
  describe('claims', () => {
    const a = analysis('a.txt', A_TEXT, { claims: ['It is the first drone attack on the region', 'The dam was damaged in the assault', 'Markets opened late'] });
    const b = analysis('b.txt', B_TEXT, { claims: ['The region was once again under attack', 'The assault damaged the dam', 'Schools closed early'] });
    const findingsA = [conflict('contradiction', a, 'It is the first drone attack on the region', b, 'The region was once again under attack')];
    const findingsB = [conflict('contradiction', b, 'The region was once again under attack', a, 'It is the first drone attack on the region')];
    const c = compareArticles(a, b, findingsA, findingsB);

    it('lists a conflict reported at both places once, with both passages', () => {
      assert.equal(c.conflicts.length, 1);
      assert.equal(c.conflicts[0].a.text, 'It is the first drone attack on the region');
      assert.equal(c.conflicts[0].b.text, 'The region was once again under attack');
      assert.equal(c.conflicts[0].b.articleId, 'b.txt');
    });
    it('aligns a reworded claim as agreeing', () => {
      const row = c.claims.find((r) => r.a?.text === 'The dam was damaged in the assault');
      assert.equal(row?.status, 'agree');
      assert.equal(row?.b?.text, 'The assault damaged the dam');
    });
    it('pairs the contradicting claims as a conflict even when they share few words, listed first', () => {
      assert.equal(c.claims[0].status, 'conflict');
      assert.equal(c.claims[0].b?.text, 'The region was once again under attack');
    });
    it('leaves unrelated claims in one article only', () => {
      assert.deepEqual(c.claims.filter((r) => r.status === 'only-a').map((r) => r.a?.text), ['Markets opened late']);
      assert.deepEqual(c.claims.filter((r) => r.status === 'only-b').map((r) => r.b?.text), ['Schools closed early']);
      assert.equal(c.summary.claims.agree, 1);
    });
    it('shows a close pair of opposite polarity as a difference when the engine did not flag it', () => {
      const x = analysis('x.txt', 'The mayor resigned on Monday.', { claims: ['The mayor resigned on Monday'] });
      const y = analysis('y.txt', 'The mayor did not resign on Monday.', { claims: ['The mayor did not resign on Monday'], negative: ['The mayor did not resign on Monday'] });
      assert.equal(compareArticles(x, y, [], []).claims[0].status, 'differ');
    });
    it('shows a close pair with a different day or number as a difference, counted once', () => {
      const x = analysis('x.txt', 'The council published its flood report on Tuesday.', { claims: ['The council published its flood report on Tuesday'] });
      const y = analysis('y.txt', 'The council published its flood report on Wednesday.', { claims: ['The council published its flood report on Wednesday'] });
      const c = compareArticles(x, y, [], []);
      assert.equal(c.claims[0].status, 'differ');
      assert.match(c.claims[0].detail ?? '', /‘tuesday’ ↔ ‘wednesday’/);
      assert.equal(c.summary.differences, 1);
    });
    it('counts a date difference once when both its figure and its claim differ', () => {
      const x = analysis('x.txt', 'The council met on 3 May to approve the budget.', {
        claims: ['The council met on 3 May to approve the budget'],
        figures: [['3 May', 'when:met:council', NaN, NaN, null]],
      });
      const y = analysis('y.txt', 'The council met on 5 May to approve the budget.', {
        claims: ['The council met on 5 May to approve the budget'],
        figures: [['5 May', 'when:met:council', NaN, NaN, null]],
      });
      for (const f of [...x.figures, ...y.figures]) Object.assign(f, { low: null, high: null });
      const c = compareArticles(x, y, [], []);
      assert.equal(c.claims[0].status, 'differ');
      assert.equal(c.figures[0].status, 'differ');
      assert.equal(c.summary.differences, 1);
    });
    it('stays quiet on the same day and number said alike, and on a modal "may"', () => {
      const x = analysis('x.txt', 'Crews may return on Monday with 12 trucks.', { claims: ['Crews may return on Monday with 12 trucks'] });
      const y = analysis('y.txt', 'Crews may return on Monday with 12 trucks.', { claims: ['Crews may return on Monday with 12 trucks'] });
      assert.equal(compareArticles(x, y, [], []).claims[0].status, 'agree');
      const m = analysis('m.txt', 'Crews may return with trucks in 2026.', { claims: ['Crews may return with trucks in 2026'] });
      const n = analysis('n.txt', 'Crews might return with trucks in 2026.', { claims: ['Crews might return with trucks in 2026'] });
      assert.equal(compareArticles(m, n, [], []).claims[0].status, 'agree');
    });
  });

  describe('figures', () => {
    const a = analysis('a.txt', 'Twelve workers were taken to hospital. The fire burned for 3 hours. Crews came from 4 stations.', {
      figures: [
        ['Twelve workers', 'hospitalised:worker', 12, 12, null],
        ['3 hours', 'duration:fire', 3, 3, 'hour'],
        ['4 stations', 'count:station', 4, 4, null],
      ],
    });
    const b = analysis('b.txt', 'Fifteen workers were hospitalised. The blaze lasted three hours. It cost $2 million.', {
      figures: [
        ['Fifteen workers', 'hospitalised:worker', 15, 15, null],
        ['three hours', 'duration:fire', 3, 3, 'hour'],
        ['$2 million', 'cost:fire', 2e6, 2e6, 'USD'],
      ],
    });
    const fa = [conflict('inconsistent-figure', a, 'Twelve workers', b, 'Fifteen workers')];
    const c = compareArticles(a, b, fa, []);
    it('groups mentions of one quantity and marks the engine’s conflict', () => {
      const row = c.figures.find((r) => r.key === 'hospitalised:worker');
      assert.equal(row?.status, 'conflict');
      assert.deepEqual([row?.a[0].value, row?.b[0].value], ['12', '15']);
      assert.equal(c.figures[0], row);
    });
    it('marks equal normalised values as agreeing though the words differ', () => {
      assert.equal(c.figures.find((r) => r.key === 'duration:fire')?.status, 'agree');
    });
    it('keeps quantities mentioned in one article only', () => {
      assert.equal(c.figures.find((r) => r.key === 'count:station')?.status, 'only-a');
      assert.equal(c.figures.find((r) => r.key === 'cost:fire')?.status, 'only-b');
    });
    it('shows values that do not meet, unflagged, as a difference', () => {
      assert.equal(compareArticles(a, b, [], []).figures.find((r) => r.key === 'hospitalised:worker')?.status, 'differ');
    });
    it('formats values and quantities for reading', () => {
      assert.equal(figureValue({ low: 40, high: 50, unit: 'km', text: '' }), '40–50 km');
      assert.equal(figureValue({ low: 1200000, high: 1200000, unit: null, text: '' }), '1,200,000');
      assert.equal(figureValue({ low: null, high: null, unit: null, text: 'on  Tuesday' }), 'on Tuesday');
      assert.equal(quantityWords('hospitalised:worker'), 'hospitalised · worker');
    });
  });

  describe('quotations', () => {
    const a = analysis('a.txt', '"We will rebuild the dam before winter," said Elena Kovalenko. "Nobody was hurt," Petrov said. "Stay home," Kovalenko said.', {
      quotes: [
        ['We will rebuild the dam before winter,', 'Elena Kovalenko'],
        ['Nobody was hurt,', 'Ivan Petrov'],
        ['Stay home,', 'Kovalenko'],
      ],
    });
    const b = analysis('b.txt', '"We will rebuild the dam before winter," the governor said. "Nobody was hurt," said Ivan Petrov. "Prices will rise," an official said.', {
      quotes: [
        ['We will rebuild the dam before winter,', 'Vladislav Shapsha'],
        ['Nobody was hurt,', 'Petrov'],
        ['Prices will rise,', null],
      ],
    });
    const c = compareArticles(a, b, [], []);
    it('marks the same words with a different speaker, first', () => {
      assert.equal(c.quotations[0].status, 'different-speaker');
      assert.equal(c.quotations[0].b?.speaker, 'Vladislav Shapsha');
    });
    it('takes a surname as the same speaker as the full name', () => {
      assert.equal(c.quotations.find((r) => r.a?.text.startsWith('Nobody'))?.status, 'same');
      assert.equal(sameSpeaker('Kovalenko', 'Elena Kovalenko'), true);
      assert.equal(sameSpeaker('Elena Kovalenko', 'Anna Kovalenko'), false);
      assert.equal(sameSpeaker(null, 'Anna Kovalenko'), false);
    });
    it('groups a speaker’s quotations under the fullest name, unattributed last', () => {
      assert.equal(c.quotations.find((r) => r.a?.text.startsWith('Stay'))?.speaker, 'Elena Kovalenko');
      const last = c.quotations[c.quotations.length - 1];
      assert.deepEqual([last.status, last.speaker], ['only-b', 'Unattributed']);
    });
    it('does not pair quotations that merely share a few words', () => {
      const x = analysis('x.txt', '"The dam will hold this winter," she said.', { quotes: [['The dam will hold this winter,', 'Anna Ross']] });
      const y = analysis('y.txt', '"The town will flood this winter," he said.', { quotes: [['The town will flood this winter,', 'Anna Ross']] });
      assert.deepEqual(compareArticles(x, y, [], []).quotations.map((r) => r.status), ['only-a', 'only-b']);
    });
  });
});
