/**
 * `npm run bench`: the engine's speed, measured in one process and one run so
 * that ratios compare like with like on a shared, noisy machine.
 *
 *   throughputRatio  engine words/s checking N articles ÷ compromise's bare nlp(text) words/s on the same text
 *   recheckP50/P95   ms to re-check a 2,000-word draft after a one-word edit, 500 articles loaded
 *   scalingRatio     ms to check one draft with 1,000 loaded articles ÷ with 100
 *   peakMemoryMB     resident memory with 1,000 articles loaded and checked
 *
 * With --json the last line printed is one JSON object with those figures.
 */
import nlp from 'compromise';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Corpus } from '../../src/core/corpus/corpus';

const json = process.argv.includes('--json');
const log = (...args: unknown[]): void => {
  if (!json) console.log(...args);
};

/** The seed texts: the shared corpus when it is beside the repository, else the samples. */
function seedTexts(): string[] {
  const shared = resolve(__dirname, '../../../../shared/corpus');
  const samples = resolve(__dirname, '../../../test/samples');
  const texts: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (name.endsWith('.txt')) texts.push(readFileSync(path, 'utf8'));
      else if (!name.includes('.')) walk(path);
    }
  };
  walk(existsSync(shared) ? shared : samples);
  return texts;
}

// A deterministic generator, so every run builds the same corpus.
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const FIRST = ['Anna', 'Tomas', 'Grace', 'Pedro', 'Ingrid', 'Kwame', 'Lena', 'Rafael', 'Mei', 'Oskar', 'Nadia', 'Samir'];
const LAST = ['Halloran', 'Novak', 'Okafor', 'Lindqvist', 'Ferreira', 'Castell', 'Whitby', 'Marsh', 'Ibarra', 'Kettering'];
const PLACES = ['Ashford', 'Bramley', 'Coldharbour', 'Dunford', 'Eastleigh', 'Fenwick', 'Garside', 'Holmwood', 'Ivybridge', 'Jarrow'];

/**
 * A variant of a seed article: its capitalised names and places swapped for
 * others (so variants read as different stories) and its numbers changed.
 */
function variant(text: string, k: number): string {
  const rnd = random(k + 1);
  const names = new Map<string, string>();
  return text
    .replace(/\b[A-Z][a-z]{3,}\b/g, (w, offset: number) => {
      // Keep sentence-initial words: they are mostly common words.
      const before = text.slice(Math.max(0, offset - 2), offset);
      if (offset === 0 || /[.!?]\s$|\n$/.test(before)) return w;
      if (!names.has(w)) {
        const pool = rnd() < 0.5 ? PLACES : rnd() < 0.5 ? FIRST : LAST;
        names.set(w, `${pool[Math.floor(rnd() * pool.length)]}${k % 7 === 0 ? '' : String.fromCharCode(97 + (k % 26))}`);
      }
      return names.get(w)!;
    })
    .replace(/\b\d+\b/g, (n) => String(Math.max(1, Math.round(Number(n) * (0.5 + rnd())))));
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function articles(count: number, seeds: string[]): Array<[string, string]> {
  return Array.from({ length: count }, (_, i) => [`story-${Math.floor(i / seeds.length)}/a${i}.txt`, variant(seeds[i % seeds.length], Math.floor(i / seeds.length))]);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function time<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

const seeds = seedTexts();
let peakRss = 0;
const sampleMemory = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

// 1. Throughput: the engine checking N articles against each other, and compromise alone on the same text.
const throughputSet = articles(Number(process.env.BENCH_ARTICLES ?? 120), seeds);
const totalWords = throughputSet.reduce((n, [, t]) => n + words(t), 0);
nlp(throughputSet[0][1]); // warm compromise's lexicon before either timing
const [, nlpMs] = time(() => {
  for (const [, text] of throughputSet) nlp(text);
});
const [, engineMs] = time(() => {
  const corpus = new Corpus();
  for (const [id, text] of throughputSet) corpus.set(id, text);
  corpus.checkAll();
});
const engineWps = totalWords / (engineMs / 1000);
const nlpWps = totalWords / (nlpMs / 1000);
log(`throughput: ${throughputSet.length} articles, ${totalWords} words`);
log(`  engine     ${Math.round(engineWps)} words/s (${engineMs.toFixed(0)} ms)`);
log(`  compromise ${Math.round(nlpWps)} words/s (${nlpMs.toFixed(0)} ms, bare nlp(text))`);

// 2. Re-check latency: a 2,000-word draft with 500 articles loaded, one-word edits.
function draftOf(seedsForDraft: string[]): string {
  let draft = '';
  for (let i = 0; draft.split(/\s+/).length < 2000; i++) draft += variant(seedsForDraft[i % seedsForDraft.length], 1000 + i) + '\n';
  return draft;
}
const draft = draftOf(seeds);
const loaded500 = new Corpus();
for (const [id, text] of articles(500, seeds)) loaded500.set(id, text);
loaded500.set('draft.txt', draft);
loaded500.checkAll();
sampleMemory();
const recheck: number[] = [];
const rnd = random(42);
for (let i = 0; i < 60; i++) {
  const textNow = loaded500.article('draft.txt')!.text;
  const at = textNow.indexOf(' ', Math.floor(rnd() * (textNow.length - 10)));
  const edited = textNow.slice(0, at) + ` ${['very', 'also', 'then', 'later'][i % 4]}` + textNow.slice(at);
  const [, ms] = time(() => {
    loaded500.set('draft.txt', edited);
    loaded500.check('draft.txt');
  });
  recheck.push(ms);
}
const recheckP50Ms = percentile(recheck, 50);
const recheckP95Ms = percentile(recheck, 95);
log(`re-check after a one-word edit (2,000-word draft, 500 articles): p50 ${recheckP50Ms.toFixed(1)} ms, p95 ${recheckP95Ms.toFixed(1)} ms`);

// 3. Scaling: one draft checked with 100 and with 1,000 loaded articles (all analysed beforehand).
function checkDraftWith(count: number): number {
  const corpus = new Corpus();
  for (const [id, text] of articles(count, seeds)) corpus.set(id, text);
  corpus.set('draft.txt', draft);
  for (const id of corpus.ids()) corpus.analysis(id);
  sampleMemory();
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) samples.push(time(() => corpus.check('draft.txt'))[1]);
  sampleMemory();
  return percentile(samples, 50);
}
const with100 = checkDraftWith(100);
const with1000 = checkDraftWith(1000);
const scalingRatio = with1000 / with100;
log(`checking one draft: ${with100.toFixed(1)} ms with 100 articles, ${with1000.toFixed(1)} ms with 1,000 (ratio ${scalingRatio.toFixed(2)})`);
const peakMemoryMB = Math.round(peakRss / 1024 / 1024);
log(`peak memory (resident) with 1,000 articles loaded: ${peakMemoryMB} MB`);

const result = {
  throughputRatio: Number((engineWps / nlpWps).toFixed(3)),
  engineWordsPerSecond: Math.round(engineWps),
  compromiseWordsPerSecond: Math.round(nlpWps),
  recheckP50Ms: Number(recheckP50Ms.toFixed(2)),
  recheckP95Ms: Number(recheckP95Ms.toFixed(2)),
  scalingRatio: Number(scalingRatio.toFixed(3)),
  peakMemoryMB,
};
log(`throughputRatio ${result.throughputRatio}`);
console.log(JSON.stringify(result));
