// Runs the grammar snapshot tests (vscode-tmgrammar-snap) over the fixtures in this folder.
// Why a wrapper: the tool silently writes a snapshot that is missing and passes, so a lost
// .snap file would go unnoticed; here a missing snapshot fails unless --update is given.
// Usage: node test/grammar/run.mjs [--update]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const update = process.argv.includes('--update');
const snap = createRequire(import.meta.url).resolve('vscode-tmgrammar-test/dist/snapshot.js');

// .story files use the news grammar from package.json; .md files use the Markdown stand-in,
// into which package.json's injection grammar is injected.
const groups = [
  { ext: '.story', args: [] },
  { ext: '.md', args: ['-s', 'text.html.markdown', '-g', relative(root, join(here, 'markdown-standin.tmLanguage.json'))] },
];

let passed = 0;
let failed = 0;
for (const { ext, args } of groups) {
  const all = readdirSync(here).filter((f) => f.endsWith(ext)).map((f) => relative(root, join(here, f)));
  const missing = update ? [] : all.filter((f) => !existsSync(join(root, `${f}.snap`)));
  for (const f of missing) console.log(`✖ ${f}: no snapshot (run: node test/grammar/run.mjs --update, then review the .snap)`);
  failed += missing.length;
  const fixtures = all.filter((f) => !missing.includes(f));
  if (fixtures.length === 0) continue;
  const run = spawnSync(process.execPath, [snap, ...(update ? ['-u'] : []), ...args, ...fixtures], { cwd: root, encoding: 'utf8' });
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  const ok = fixtures.filter((f) => run.stdout.includes(`✓ ${f} run successfully`) || (update && run.status === 0)).length;
  passed += ok;
  failed += fixtures.length - ok;
  if (run.status !== 0 && ok === fixtures.length) failed += 1; // the tool failed for a reason not tied to one file
}
console.log(`grammar snapshots: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
