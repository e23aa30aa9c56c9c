/**
 * Where gold contradictions are lost: follows each annotated contradiction
 * pair of the given cluster folders through the stages of the claims
 * detector (claims at both spans → the articles related → the claims aligned
 * by meaning → a mismatch rule firing → reported by `check`) and counts the
 * pairs lost at each stage. Counts only, by design: the pairs are numbers to
 * choose a mechanism by, not cases to fix one by one. Pairs lost after
 * alignment are split by the polarity of the aligned claims, which says
 * which mismatch mechanism could take them.
 *
 * Built with the tests: `npm run build`, then
 * `node out/test/tools/contradictionTrace.js test/fixtures/holdout7 …`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { Corpus } from '../../src/core/corpus/corpus';
import type { ArticleAnalysis } from '../../src/core/corpus/analysis';
import type { Claim } from '../../src/core/claims/claim';
import { alignedClaims, relatedArticles, sideOf } from '../../src/core/claims/alignment';
import { conflictBetween } from '../../src/core/rules/contradictionRules';
import { meaningOf } from '../../src/core/claims/meaningIndex';
import { wordsOf } from '../../src/core/claims/terms';
import { oppositeKeys } from '../../src/core/lexicon/wordnet';

interface Span { file: string; text: string; occurrence?: number }
interface Expect extends Span { rule: string; with?: Span[]; difficulty?: string }

function clusters(dir: string): string[] {
  if (existsSync(join(dir, 'gold.json'))) return [dir];
  return readdirSync(dir).sort().map((n) => join(dir, n)).filter((d) => statSync(d).isDirectory()).flatMap(clusters);
}

function locate(text: string, span: Span): [number, number] | undefined {
  let at = -1;
  for (let k = 0; k < (span.occurrence ?? 1); k++) {
    at = text.indexOf(span.text, at + 1);
    if (at < 0) return undefined;
  }
  return [at, at + span.text.length];
}

const overlaps = (s: number, e: number, [gs, ge]: [number, number]) => s < ge && gs < e;

const counts = new Map<string, number>();
const bump = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

for (const root of process.argv.slice(2)) {
  for (const dir of clusters(resolve(root))) {
    const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { files: string[]; expect: Expect[] };
    const corpus = new Corpus();
    const texts = new Map<string, string>();
    for (const f of gold.files) {
      const text = readFileSync(join(dir, f), 'utf8');
      texts.set(f, text);
      corpus.set(f, text);
    }
    const findings = new Map(gold.files.map((f) => [f, corpus.check(f).filter((x) => x.rule === 'contradiction')]));
    for (const item of gold.expect.filter((e) => e.rule === 'contradiction')) {
      for (const other of item.with ?? []) {
        bump('pairs');
        const stage = traceStage(corpus, texts, findings, item, other);
        bump(stage);
        bump(`${stage} (${item.difficulty ?? 'easy'})`);
      }
    }
  }
}
for (const [key, n] of [...counts].sort()) console.log(`${key.padEnd(48)} ${n}`);

function traceStage(corpus: Corpus, texts: Map<string, string>, findings: Map<string, ReturnType<Corpus['check']>>, x: Span, y: Span): string {
  const sx = locate(texts.get(x.file) ?? '', x);
  const sy = locate(texts.get(y.file) ?? '', y);
  if (!sx || !sy) return '0 span not found';
  const reported = (findings.get(x.file) ?? []).some((f) => overlaps(f.start, f.end, sx) && f.related.some((r) => basename(r.articleId) === y.file && overlaps(r.start, r.end, sy)));
  const fromQuotes = (findings.get(x.file) ?? []).some((f) => overlaps(f.start, f.end, sx) && f.evidence?.kind !== 'claim');
  if (x.file === y.file) return reported ? '9 reported (same article)' : '1 same article (not the claims rule)';
  const ax = corpus.analysis(x.file)!;
  const ay = corpus.analysis(y.file)!;
  const cx = ax.claims.filter((c) => overlaps(c.start, c.end, sx));
  const cy = ay.claims.filter((c) => overlaps(c.start, c.end, sy));
  if (cx.length === 0 || cy.length === 0) return fromQuotes || reported ? '9 reported (quotation rule)' : '2 no claim at a span';
  if (!relatedArticles({ self: ax, others: () => corpus.ids().filter((id) => id !== x.file).map((id) => corpus.analysis(id)!).filter(Boolean) }).includes(ay)) return '3 articles not related';
  const pairs: Array<[Claim, Claim]> = [];
  for (const c of cx) for (const a of alignedClaims(c, ax, ay)) if (cy.includes(a.claim)) pairs.push([c, a.claim]);
  if (pairs.length === 0) return reported ? '9 reported' : '4 not aligned';
  const fired = pairs.some(([c, d]) => conflictBetween(sideOf(ax, c), sideOf(ay, d)));
  if (!fired) return reported ? '9 reported' : `5 aligned, no rule (${polarityOf(pairs, ax, ay)})`;
  return reported ? '9 reported' : '6 rule fired, not reported';
}

/** Which mechanism could take an aligned pair no rule fired on: opposite polarity, or both positive / both negative. */
function polarityOf(pairs: Array<[Claim, Claim]>, ax: ArticleAnalysis, ay: ArticleAnalysis): string {
  if (pairs.some(([c, d]) => c.polarity !== d.polarity)) return 'opposite polarity';
  if (pairs.some(([c, d]) => c.polarity === 'negative' && d.polarity === 'negative')) return 'both negative';
  // Both positive: which difference the pair shows, the first that holds.
  const opposed = pairs.some(([c, d]) => {
    const theirs = meaningOf(ay, d).keys;
    return wordsOf(ax.article, c).some((w) => w.concept && oppositeKeys(w.token.normal).some((k) => theirs.has(k)));
  });
  if (opposed) return 'both positive, antonym keys';
  const apart = (x: readonly string[], y: readonly string[]) => x.some((n) => !y.includes(n)) && y.some((n) => !x.includes(n));
  if (pairs.some(([c, d]) => apart(c.entities, d.entities))) return 'both positive, different names';
  if (pairs.some(([c, d]) => apart(c.figures, d.figures))) return 'both positive, different figures';
  return 'both positive, other';
}
