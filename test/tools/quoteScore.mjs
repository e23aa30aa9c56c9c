#!/usr/bin/env node
/**
 * Fast in-process scoring of quotations on single-article gold clusters (e.g.
 * /tmp/polnear-gold-train): speaker accuracy and unattributed-quote forbidden
 * hits, computed as ../shared/eval/score.mjs computes them, but without one CLI
 * process per cluster. Build first (npm run build: it uses the bundled unit-test
 * helpers). For acceptance numbers use score.mjs; this is the iteration loop.
 *   node test/tools/quoteScore.mjs [--sample N] [--seed S] [-v] [--errors FILE] DIR...
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const args = process.argv.slice(2);
let sample = 0;
let seed = 1;
let verbose = false;
let errorsFile = null;
const roots = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--sample') sample = Number(args[++i]);
  else if (args[i] === '--seed') seed = Number(args[++i]);
  else if (args[i] === '-v') verbose = true;
  else if (args[i] === '--errors') errorsFile = args[++i];
  else roots.push(args[i]);
}
if (!roots.length) {
  console.error('usage: quoteScore.mjs [--sample N] [--seed S] [-v] [--errors FILE] DIR...');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const { quotationsOf } = require(path.resolve('out/test/unit/core/quotes/helpers.js'));

const clusters = [];
const walk = (d) => {
  if (fs.existsSync(path.join(d, 'gold.json'))) return void clusters.push(d);
  for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.isDirectory()) walk(path.join(d, e.name));
  }
};
roots.forEach(walk);

// Seeded shuffle (mulberry32) so that a sample is the same articles each run.
function rng(s) {
  return () => {
    s |= 0; s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let chosen = clusters;
if (sample && sample < clusters.length) {
  const r = rng(seed);
  chosen = clusters.map((c) => [r(), c]).sort((a, b) => a[0] - b[0]).slice(0, sample).map((x) => x[1]).sort();
}

const norm = (s) => (typeof s === 'string' ? s.trim().toLowerCase() : s);
const matches = (gold, got) => (Array.isArray(gold) ? gold : [gold])
  .some((g) => (g === null ? got === null || got === undefined : typeof got === 'string' && norm(got) === norm(g)));
function spanIn(text, t, occurrence = 1) {
  let at = -1;
  for (let k = 0; k < occurrence; k++) { at = text.indexOf(t, at + 1); if (at < 0) return null; }
  return { start: at, end: at + t.length };
}

let total = 0, correct = 0, notFound = 0, forbidden = 0, unattributed = 0, words = 0, expected = 0, found = 0, flaggedRight = 0;
const errors = [];
const t0 = Date.now();
for (const dir of chosen) {
  const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8'));
  const byFile = new Map();
  for (const f of gold.files) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    words += text.split(/\s+/).filter(Boolean).length;
    const quotes = quotationsOf(text, f);
    unattributed += quotes.filter((q) => q.speaker === null).length;
    byFile.set(f, { text, quotes });
  }
  for (const g of gold.speakers ?? []) {
    const { text, quotes } = byFile.get(g.file);
    const s = spanIn(text, g.quote, g.occurrence);
    total++;
    const got = s && quotes.filter((q) => q.start <= s.start && s.end <= q.end).sort((a, b) => (a.end - a.start) - (b.end - b.start))[0];
    if (got && matches(g.speaker, got.speaker?.name ?? null)) correct++;
    else {
      if (!got) notFound++;
      errors.push({ dir: path.basename(dir), file: g.file, quote: g.quote, gold: g.speaker, got: got ? (got.speaker?.name ?? null) : '(no quote found)', resolution: got?.speaker?.resolution, cue: got?.cue ?? undefined });
    }
  }
  // unattributed-quote precision and recall, as score.mjs counts them from `check`.
  const positions = (gold.expect ?? []).filter((x) => x.rule === 'unattributed-quote').map((x) => ({ file: x.file, ...spanIn(byFile.get(x.file).text, x.text, x.occurrence) }));
  const overlaps = (q, p) => q.start < p.end && p.start < q.end;
  expected += positions.length;
  found += positions.filter((p) => byFile.get(p.file).quotes.some((q) => q.speaker === null && overlaps(q, p))).length;
  for (const [file, { quotes }] of byFile) {
    for (const q of quotes.filter((x) => x.speaker === null)) {
      if (positions.some((p) => p.file === file && overlaps(q, p))) flaggedRight++;
      else if (verbose && positions.length + 1) errors.push({ dir: path.basename(dir), file, falsePositive: q.text.slice(0, 120) });
    }
  }
  for (const fb of gold.forbid ?? []) {
    if (fb.rule !== 'unattributed-quote' && fb.rule !== '*') continue;
    const { text, quotes } = byFile.get(fb.file);
    const s = spanIn(text, fb.text, fb.occurrence);
    if (!s) continue;
    for (const q of quotes) {
      const hit = q.speaker === null && (q.start < s.end && s.start < q.end || (q.start === q.end && s.start <= q.start && q.start < s.end));
      if (hit) {
        forbidden++;
        errors.push({ dir: path.basename(dir), file: fb.file, forbidden: q.text.slice(0, 120), note: fb.note });
      }
    }
  }
}
if (verbose) for (const e of errors) console.log(JSON.stringify(e));
if (errorsFile) fs.writeFileSync(errorsFile, errors.map((e) => JSON.stringify(e)).join('\n') + '\n');
console.log(`clusters ${chosen.length} | speakers ${correct}/${total} = ${(correct / Math.max(total, 1)).toFixed(3)} (no quote found ${notFound}) | forbidden unattributed hits ${forbidden} | unattributed P ${(flaggedRight / Math.max(unattributed, 1)).toFixed(3)} R ${found}/${expected} | unattributed ${unattributed} (${(1000 * unattributed / Math.max(words, 1)).toFixed(3)} per 1,000 words) | ${((Date.now() - t0) / 1000).toFixed(1)} s`);
