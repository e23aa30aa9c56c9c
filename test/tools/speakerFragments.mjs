#!/usr/bin/env node
// Counts the speakers `quotes --format json` reports that are clause fragments, not a name,
// a role or a described source. Uses the checker the unit tests use (build first: npm run build).
//   node test/tools/speakerFragments.mjs [--cli "node out/cli.js"] [-v] DIR...
// DIR holds .txt articles, at any depth (e.g. /tmp/polnear-gold-dev).
import fs from 'node:fs';
import path from 'node:path';
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';

const args = process.argv.slice(2);
let cli = 'node out/cli.js';
let verbose = false;
const dirs = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--cli') cli = args[++i];
  else if (args[i] === '-v') verbose = true;
  else dirs.push(args[i]);
}
if (!dirs.length) {
  console.error('usage: speakerFragments.mjs [--cli "node out/cli.js"] [-v] DIR...');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const { speakerFragment } = require(path.resolve('out/test/unit/core/quotes/speakerFragment.js'));

const files = [];
const walk = (d) => {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.txt')) files.push(p);
  }
};
dirs.forEach(walk);
let speakers = 0;
const fragments = [];
for (let i = 0; i < files.length; i += 50) {
  const batch = files.slice(i, i + 50).map((f) => JSON.stringify(f)).join(' ');
  let out;
  try {
    out = execSync(`${cli} quotes --format json ${batch}`, { maxBuffer: 1 << 28 }).toString();
  } catch (e) {
    out = e.stdout.toString();
  }
  for (const q of JSON.parse(out).quotes) {
    if (!q.speaker) continue;
    speakers++;
    const why = speakerFragment(q.speaker);
    if (why) fragments.push({ file: path.basename(q.file), speaker: q.speaker, why });
  }
}
if (verbose) for (const f of fragments) console.log(`${f.file}: "${f.speaker}" (${f.why})`);
console.log(`${files.length} articles, ${speakers} speakers, ${fragments.length} fragments`);
