/**
 * `npm run fuzz [-- --seconds N]`: the long fuzz run. Checks hostile articles
 * for N seconds (default 120) and reports how many were tried, any exception
 * (with its seed, to replay), and the slowest check per kilobyte.
 */
import { Corpus } from '../../src/core/corpus/corpus';
import { hostileArticle, seededRandom } from './hostileText';

const secondsArg = process.argv.indexOf('--seconds');
const seconds = secondsArg > 0 ? Number(process.argv[secondsArg + 1]) : 120;
const deadline = Date.now() + seconds * 1000;
let tried = 0;
let failures = 0;
let slowestMsPerKB = 0;
let slowestSeed = 0;
let totalKB = 0;
for (let seed = 1; Date.now() < deadline; seed++) {
  const rnd = seededRandom(seed * 7919);
  const text = hostileArticle(rnd, 100 + Math.floor(rnd() * 20_000));
  const corpus = new Corpus();
  corpus.set(seed % 3 === 0 ? 'a.md' : 'a.txt', text);
  corpus.set('b.txt', hostileArticle(rnd, 2000));
  const start = performance.now();
  try {
    for (const id of corpus.ids()) {
      const length = corpus.article(id)!.text.length;
      for (const f of corpus.check(id)) if (f.start < 0 || f.end > length || f.start > f.end) throw new Error(`finding outside the text: ${f.start}-${f.end} of ${length}`);
    }
  } catch (error) {
    failures++;
    console.error(`seed ${seed}: ${(error as Error).stack}`);
  }
  const kb = (text.length + corpus.article('b.txt')!.text.length) / 1024;
  const msPerKB = (performance.now() - start) / kb;
  totalKB += kb;
  if (msPerKB > slowestMsPerKB) {
    slowestMsPerKB = msPerKB;
    slowestSeed = seed;
  }
  tried++;
}
console.log(`fuzz: ${tried} article pairs (${Math.round(totalKB)} KB) in ${seconds} s, ${failures} failures, slowest ${slowestMsPerKB.toFixed(2)} ms/KB (seed ${slowestSeed})`);
process.exitCode = failures > 0 ? 1 : 0;
