import * as assert from 'node:assert/strict';
import { Corpus } from '../../../src/core/corpus/corpus';
import { hostileArticle, seededRandom } from '../../fuzz/hostileText';

/**
 * A short seeded fuzz run over the whole engine: no exception, and every
 * finding's offsets inside its text. A hang shows as mocha's timeout; the
 * long run with timings is `npm run fuzz`.
 */
describe('engine fuzz (seeded)', function () {
  this.timeout(60_000);
  const SEEDS = 40;
  for (let seed = 1; seed <= SEEDS; seed++) {
    it(`survives hostile articles, seed ${seed}`, () => {
      const rnd = seededRandom(seed);
      const corpus = new Corpus();
      const names = ['a.txt', 'b.md', 'c.txt'];
      for (const name of names) corpus.set(name, hostileArticle(rnd, 200 + Math.floor(rnd() * 4000)));
      for (const name of names) {
        const text = corpus.article(name)!.text;
        for (const f of corpus.check(name)) {
          assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${f.rule} at ${f.start}-${f.end} outside ${text.length}`);
          for (const r of f.related) {
            const other = corpus.article(r.articleId)!.text;
            assert.ok(r.start >= 0 && r.start <= r.end && r.end <= other.length, `related ${r.start}-${r.end} outside ${other.length}`);
          }
        }
        for (const q of corpus.analysis(name)!.quotations) assert.ok(q.start >= 0 && q.end <= text.length);
      }
    });
  }
});
