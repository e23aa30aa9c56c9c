import * as assert from 'node:assert/strict';
import { analysisOf, contextOf } from './pairs';
import { clashesBetween } from '../../../../src/core/claims/clashes';
import { contradictions } from '../../../../src/core/claims/contradictions';
import { claimReading } from '../../../../src/core/claims/reading';

const STORY = 'The story is set in Ferring near Hollinbridge.';

/** The clashes as plain data: the claim here, the claim there, the reason. */
function plain(clashes: ReturnType<typeof clashesBetween>): string[] {
  return clashes.map(([claim, clash]) => `${claim.start}:${claim.text} | ${clash.claim.text} | ${clash.conflict.reason}`);
}

describe('claims: clashes reused by a later version of an article', () => {
  it("takes an unchanged claim's clashes from the earlier version, at the claim's new place", () => {
    const other = analysisOf('b.txt', `${STORY} The meeting was held at Ferring town hall.`);
    const before = analysisOf('a.txt', `${STORY} The meeting was held at Coldham village hall.`);
    const after = analysisOf('a.txt', `${STORY} Rain fell all day. The meeting was held at Coldham village hall.`);
    const earlier = clashesBetween(before, other);
    assert.equal(earlier.length, 1);
    const reused = clashesBetween(after, other, before);
    assert.deepEqual(plain(reused), plain(clashesBetween(analysisOf('a.txt', after.article.text), other)), 'the same clashes as comparing afresh');
    assert.equal(reused[0][1], earlier[0][1], "the earlier version's clash itself");
    assert.ok(after.claims.includes(reused[0][0]), "reported at the new version's claim");
    assert.deepEqual(contradictions({ ...contextOf(after, other), previous: before }), contradictions(contextOf(analysisOf('a.txt', after.article.text), other)));
  });
  it('compares a changed claim afresh', () => {
    const other = analysisOf('b.txt', `${STORY} The meeting was held at Ferring town hall.`);
    const before = analysisOf('a.txt', `${STORY} The meeting was held at Coldham village hall.`);
    clashesBetween(before, other);
    const after = analysisOf('a.txt', `${STORY} The meeting was held at Ferring town hall.`);
    assert.deepEqual(clashesBetween(after, other, before), []);
  });
  it('compares afresh a claim whose comparison read the whole article, which an edit elsewhere can change', () => {
    // Two bare place names conflict only while neither article puts one inside the other anywhere (place.ts).
    const other = analysisOf('b.txt', `${STORY} The Aske footbridge, in the centre of Ferring, was swept away on Saturday night. Coldham was cut off.`);
    const before = analysisOf('a.txt', `${STORY} The Aske footbridge at Coldham was swept away on Saturday night.`);
    assert.equal(clashesBetween(before, other).length, 1);
    const after = analysisOf('a.txt', `${STORY} The Aske footbridge at Coldham was swept away on Saturday night. Rain fell on Coldham, in Ferring.`);
    assert.deepEqual(clashesBetween(analysisOf('a.txt', after.article.text), other), [], 'fresh: the article now puts Coldham in Ferring');
    assert.deepEqual(clashesBetween(after, other, before), []);
  });
});

describe("claims: an article's own disputes across its versions", () => {
  it('asks again whether the article disputes an unchanged claim once an edit adds a claim that may', () => {
    const other = analysisOf('b.txt', `${STORY} The company denied that the sprinklers had been switched off.`);
    const before = analysisOf('a.txt', `${STORY} The union said the sprinklers had been switched off. Rain fell all day.`);
    assert.equal(clashesBetween(before, other).length, 1);
    const after = analysisOf('a.txt', `${STORY} The union said the sprinklers had been switched off. The company denied that the sprinklers had been switched off.`);
    assert.deepEqual(clashesBetween(analysisOf('a.txt', after.article.text), other), [], 'fresh: the article shows both sides');
    assert.deepEqual(clashesBetween(after, other, before), []);
  });
  it("keeps the earlier answer when the edit is elsewhere", () => {
    const other = analysisOf('b.txt', `${STORY} The company denied that the sprinklers had been switched off.`);
    const before = analysisOf('a.txt', `${STORY} The union said the sprinklers had been switched off. Rain fell all day.`);
    clashesBetween(before, other);
    const after = analysisOf('a.txt', `${STORY} The union said the sprinklers had been switched off. Snow fell all day.`);
    assert.deepEqual(plain(clashesBetween(after, other, before)), plain(clashesBetween(analysisOf('a.txt', after.article.text), other)));
  });
});

describe('claims: what a comparison reads of a claim', () => {
  it('is the same for one sentence wherever it stands, and differs when the article reads its words otherwise', () => {
    const first = analysisOf('a.txt', 'Reed spoke on Monday. Volunteers arrived at dawn.');
    const moved = analysisOf('b.txt', 'Reed spoke on Monday. Rain fell. Volunteers arrived at dawn.');
    const named = analysisOf('c.txt', 'Reed spoke on Monday. Volunteers arrived at dawn. Later the Volunteers left.');
    const reading = (analysis: typeof first) => claimReading(analysis, analysis.claims.find((c) => c.text.startsWith('Volunteers'))!);
    assert.equal(reading(moved), reading(first));
    // 'Volunteers' is capitalised inside a sentence in c.txt: a name there, a plain word elsewhere.
    assert.notEqual(reading(named), reading(first));
  });
});
