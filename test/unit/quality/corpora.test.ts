/**
 * Quality guard: the built CLI scored by the shared evaluation script on the
 * development corpus (../shared/corpus) and on the annotated clusters kept in
 * test/fixtures/holdout*. Precision is the product's promise to editors, so
 * every set must keep it; the development corpus must also keep the recall
 * its issues asked for, and every set keeps at least the recall it had when
 * the floors were set (RECALL_FLOORS). Needs `npm run build` first (npm test
 * does it) and the shared folder beside the repository (as in CI); without
 * the scorer, the CLI or a set the suite fails: a guard that cannot run must
 * not look like one that passed.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const repo = resolve(__dirname, '../../../..');
const scorer = resolve(repo, '../shared/eval/score.mjs');
const cli = join(repo, 'out', 'cli.js');

interface RuleScore {
  findings: number;
  precision: number | null;
  recall: number | null;
  byDifficulty: Record<'easy' | 'medium' | 'hard', { positions: number; matched: number }>;
}
interface Pooled {
  rules: Record<'unattributed-quote' | 'inconsistent-figure' | 'contradiction', RuleScore>;
  speakers: { accuracy: number | null };
  forbiddenHits: number;
  errors: number;
}

function score(dir: string): Pooled {
  const out = execFileSync(process.execPath, [scorer, '--cli', `"${process.execPath}" "${cli}"`, '--json', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return (JSON.parse(out) as { pooled: Pooled }).pooled;
}

// The sets the rules have been developed on; a newly written set is measured first (its
// first-contact score is what says how the rules generalise) and joins this list afterwards.
const GUARDED = ['holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5', 'holdout6'];
// Sets joined after their first contact, before any tuning to them: guarded at the numbers measured then
// (lower precision and speaker floors than the tuned sets), so that what they show cannot silently get worse.
const FIRST_CONTACT: Record<string, { precision: number; speakers: number; forbidden: number }> = {
  holdout7: { precision: 0.7, speakers: 0.89, forbidden: 1 },
  holdout8: { precision: 0.85, speakers: 0.93, forbidden: 0 },
  geo1: { precision: 0, speakers: 0.92, forbidden: 1 },
  // Round 11 named both speakers of 'We are not here to flip it' right, as the gold's own speaker entries give them
  // (Grant Mulvaney in one article, Rachel Osei in the other); the gold does not list that swap as a contradiction, so
  // the finding counts against precision (0.647): the floor allows it.
  holdout9: { precision: 0.64, speakers: 0.91, forbidden: 2 },
  holdout10: { precision: 0.65, speakers: 0.93, forbidden: 0 },
  holdout11: { precision: 0.75, speakers: 0.94, forbidden: 1 },
  holdout14: { precision: 0.65, speakers: 0.86, forbidden: 0 },
  // Round 7's first contact, fuller sets (18, 18 and 15 articles): scored on main 4a2c15f before any change.
  holdout15: { precision: 0.85, speakers: 0.97, forbidden: 3 },
  holdout16: { precision: 0.6, speakers: 0.91, forbidden: 4 },
  holdout17: { precision: 0.9, speakers: 0.96, forbidden: 1 },
  // Round 8's first contact (18 articles): scored on main b82d9e5 before any change; quote precision 0.67 (one false flag of 3).
  holdout18: { precision: 0.65, speakers: 0.9, forbidden: 2 },
  // Round 9's first contact (5 clusters, 15 articles): scored on main 06a868f before any change; every finding right.
  holdout20: { precision: 0.9, speakers: 0.93, forbidden: 0 },
  // Round 10's first contact (5 clusters, 15 articles): scored on main ec7c7b6 before any change; figure precision
  // 0.92 and contradiction precision 0.86, one forbidden hit (a school's capacity against its roll).
  holdout21: { precision: 0.85, speakers: 0.89, forbidden: 1 },
  // Round 11's first contact (5 clusters, 15 articles): scored on main 2eb6ef1 before any change; quote, figure and
  // contradiction precision 0.75 / 0.83 / 0.75, speakers 0.89, one forbidden hit (a scare quote, 'starter homes,').
  holdout22: { precision: 0.75, speakers: 0.89, forbidden: 1 },
  // Round 12's first contact (5 clusters, 15 articles): scored on main 9d60b0a before any change; quote, figure and
  // contradiction precision 1.00 / 1.00 / 0.90, speakers 0.92, no forbidden hit.
  holdout23: { precision: 0.9, speakers: 0.92, forbidden: 0 },
};
const sets: Array<{ dir: string; forbiddenAllowed: number }> = [
  { dir: resolve(repo, '../shared/corpus'), forbiddenAllowed: 0 },
  // holdout3's one allowed hit: its gold forbids '146 flights' against 'more than 200', a real
  // disagreement between two of its articles that it annotates only between two others.
  ...GUARDED.map((name) => ({ dir: join(repo, 'test/fixtures', name), forbiddenAllowed: name === 'holdout3' ? 1 : 0 })),
  ...Object.entries(FIRST_CONTACT).map(([name, bars]) => ({ dir: join(repo, 'test/fixtures', name), forbiddenAllowed: bars.forbidden })),
];

/**
 * Recall per rule on each set, as measured when these floors were set (rounded
 * down to two decimals): a change may trade nothing away silently. Raise a
 * floor when a change lifts the recall; lowering one needs a reason in the commit.
 * (inconsistent-figure on holdout2, 3, 4 and 6 lowered to main's numbers after
 * the figures merge 66d267d, which traded that recall away; on holdout7 0.22 ->
 * 0.2 with round 7's figure holders, which cut ECB+ figure findings 260 -> 217.)
 */
const RECALL_FLOORS: Record<string, Record<keyof Pooled['rules'], number>> = {
  corpus: { 'unattributed-quote': 1, 'inconsistent-figure': 1, contradiction: 0.88 },
  holdout: { 'unattributed-quote': 1, 'inconsistent-figure': 0.86, contradiction: 0.91 },
  holdout2: { 'unattributed-quote': 1, 'inconsistent-figure': 0.75, contradiction: 0.61 },
  holdout3: { 'unattributed-quote': 1, 'inconsistent-figure': 0.64, contradiction: 0.55 },
  holdout4: { 'unattributed-quote': 1, 'inconsistent-figure': 0.33, contradiction: 0.3 },
  holdout5: { 'unattributed-quote': 1, 'inconsistent-figure': 0.52, contradiction: 0.41 },
  holdout6: { 'unattributed-quote': 1, 'inconsistent-figure': 0.25, contradiction: 0.3 },
  holdout7: { 'unattributed-quote': 1, 'inconsistent-figure': 0.22, contradiction: 0.08 },
  holdout8: { 'unattributed-quote': 0.8, 'inconsistent-figure': 0.14, contradiction: 0.14 },
  geo1: { 'unattributed-quote': 0, 'inconsistent-figure': 0, contradiction: 0.06 },
  holdout9: { 'unattributed-quote': 1, 'inconsistent-figure': 0.2, contradiction: 0.2 },
  holdout10: { 'unattributed-quote': 0.87, 'inconsistent-figure': 0.18, contradiction: 0.11 },
  holdout11: { 'unattributed-quote': 1, 'inconsistent-figure': 0.12, contradiction: 0.18 },
  holdout14: { 'unattributed-quote': 1, 'inconsistent-figure': 0.4, contradiction: 0.22 },
  holdout15: { 'unattributed-quote': 1, 'inconsistent-figure': 0.29, contradiction: 0.15 },
  holdout16: { 'unattributed-quote': 1, 'inconsistent-figure': 0.24, contradiction: 0.24 },
  holdout17: { 'unattributed-quote': 0.83, 'inconsistent-figure': 0.19, contradiction: 0.25 },
  holdout18: { 'unattributed-quote': 1, 'inconsistent-figure': 0.27, contradiction: 0.29 },
  // First contact 0.17 on figures; round 9's partitive wholes (merge of 'figures') cost one pair ('one of its three' /
  // 'both of its two'), so the floor is the merged number, 0.15.
  holdout20: { 'unattributed-quote': 0.5, 'inconsistent-figure': 0.19, contradiction: 0.12 },
  // First contact 0.14 on figures; round 10's sums named by a verb ('costing £21 million') found two more pairs,
  // round 11's contest margins, 'N times', magnitudes, 'turned 30' and 'three-quarters of an hour' seven more.
  holdout21: { 'unattributed-quote': 0.75, 'inconsistent-figure': 0.33, contradiction: 0.24 },
  // First contact: quote 0.75, figure 0.12, contradiction 0.10.
  holdout22: { 'unattributed-quote': 0.75, 'inconsistent-figure': 0.12, contradiction: 0.1 },
  // First contact: quote 0.75, figure 0.10, contradiction 0.18; round 12's real-news figure work found one more pair (0.13).
  holdout23: { 'unattributed-quote': 0.75, 'inconsistent-figure': 0.1, contradiction: 0.18 },
};

describe('quality on the annotated corpora', function () {
  this.timeout(300_000);
  before(function () {
    assert.ok(existsSync(scorer), `the scorer ${scorer} is missing: the quality guard needs ../shared beside the repository`);
    assert.ok(existsSync(cli), `${cli} is missing: run npm run build first`);
  });

  for (const { dir, forbiddenAllowed } of sets) {
    const name = dir.split(/[\\/]/).slice(-1)[0];
    it(`${name}: precision ≥ 0.9 and recall floors per rule, speakers ≥ 0.95, forbidden hits ≤ ${forbiddenAllowed}, no CLI error`, function () {
      assert.ok(existsSync(dir), `annotated set ${dir} is missing`);
      const pooled = score(dir);
      assert.equal(pooled.errors, 0, 'clusters with CLI errors');
      assert.ok(pooled.forbiddenHits <= forbiddenAllowed, `${pooled.forbiddenHits} forbidden hits`);
      for (const [rule, s] of Object.entries(pooled.rules)) {
        if (s.findings > 0) assert.ok((s.precision ?? 0) >= (FIRST_CONTACT[name]?.precision ?? 0.9), `${rule} precision ${s.precision}`);
      }
      assert.ok((pooled.speakers.accuracy ?? 1) >= (FIRST_CONTACT[name]?.speakers ?? 0.95), `speaker accuracy ${pooled.speakers.accuracy}`);
      const floors = RECALL_FLOORS[name];
      assert.ok(floors, `no recall floors for ${name}`);
      for (const [rule, floor] of Object.entries(floors)) {
        const recall = pooled.rules[rule as keyof Pooled['rules']].recall ?? 0;
        assert.ok(recall >= floor, `${rule} recall ${recall} < floor ${floor}`);
      }
      if (name === 'corpus') {
        // The development corpus's acceptance bars (issues 3, 4 and 5).
        assert.ok((pooled.rules['unattributed-quote'].recall ?? 0) >= 0.9, 'unattributed-quote recall');
        assert.ok((pooled.rules['inconsistent-figure'].recall ?? 0) >= 0.85, 'inconsistent-figure recall');
        const c = pooled.rules.contradiction.byDifficulty;
        const easyMedium = (c.easy.matched + c.medium.matched) / (c.easy.positions + c.medium.positions);
        assert.ok(easyMedium >= 0.7, `contradiction recall over easy+medium ${easyMedium}`);
      }
    });
  }
});
