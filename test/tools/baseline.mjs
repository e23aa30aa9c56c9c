#!/usr/bin/env node
/**
 * Byte-for-byte guard for refactors: `save DIR` writes the built CLI's JSON
 * output (check, quotes, figures, claims) for every annotated cluster
 * (each annotated cluster folder — one with a gold.json — of ../shared/corpus and
 * test/fixtures/*, one run with all its files) into DIR; `compare DIR` runs the same commands and lists every
 * output that differs from the saved one and exits 1. Run `npm run build`
 * first. Usage: node test/tools/baseline.mjs save|compare DIR
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../..');
// SOURCECHECK_CLI: a copy of a built cli.js, so that the comparison can run while the tree is rebuilt.
const cli = process.env.SOURCECHECK_CLI ? resolve(process.env.SOURCECHECK_CLI) : join(repo, 'out', 'cli.js');
const [mode, dirArg] = process.argv.slice(2);
if (!['save', 'compare'].includes(mode) || !dirArg) {
  console.error('usage: node test/tools/baseline.mjs save|compare DIR');
  process.exit(2);
}
const out = resolve(dirArg);

function clusters() {
  const roots = [resolve(repo, '../shared/corpus')];
  const fixtures = join(repo, 'test/fixtures');
  for (const name of readdirSync(fixtures).sort()) roots.push(join(fixtures, name));
  const found = [];
  for (const root of roots) {
    if (!existsSync(root)) continue;
    for (const name of readdirSync(root).sort()) {
      const dir = join(root, name);
      if (statSync(dir).isDirectory() && existsSync(join(dir, 'gold.json'))) found.push(dir);
    }
  }
  return found;
}

function filesOf(dir) {
  return readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => join(dir, f));
}

function run(command, files) {
  try {
    return execFileSync(process.execPath, [cli, command, '--format', 'json', ...files], { cwd: repo, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    // `check` exits 1 when a finding reaches --fail-on; its output is still the result.
    if (typeof error.stdout === 'string' && error.status === 1) return error.stdout;
    throw error;
  }
}

let differing = 0;
let compared = 0;
for (const dir of clusters()) {
  const files = filesOf(dir).map((f) => relative(repo, f));
  const name = relative(resolve(repo, '..'), dir).replace(/[\\/]/g, '__');
  for (const command of ['check', 'quotes', 'figures', 'claims']) {
    const text = run(command, files);
    const path = join(out, `${name}.${command}.json`);
    if (mode === 'save') {
      mkdirSync(out, { recursive: true });
      writeFileSync(path, text);
    } else {
      compared++;
      const saved = existsSync(path) ? readFileSync(path, 'utf8') : null;
      if (saved !== text) {
        differing++;
        console.error(`DIFFERS: ${relative(repo, dir)} ${command}${saved === null ? ' (no saved output)' : ''}`);
      }
    }
  }
}
if (mode === 'save') console.log(`saved to ${out}`);
else {
  console.log(`${compared - differing}/${compared} outputs byte-identical`);
  process.exit(differing ? 1 : 0);
}
