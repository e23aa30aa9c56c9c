import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../src/cli/main';

const FIXTURES = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'workspace');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

interface JsonFinding {
  rule: string;
  file: string;
  severity: string;
}

describe('sourcecheck command line with a project file (.sourcecheck.json)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sourcecheck-project-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string): string => {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
    return path;
  };
  const findings = (argv: string[]) => {
    const r = run(['check', '--format', 'json', ...argv]);
    return { ...r, list: (r.stdout ? JSON.parse(r.stdout).findings : []) as JsonFinding[], err: r.stderr.join('\n') };
  };
  const summary = (list: JsonFinding[]) => list.map((f) => `${f.file.slice(dir.length + 1)} ${f.rule} ${f.severity}`).sort();

  it('honours the folder\'s file: a rule off, a severity changed, a difference accepted at both places', () => {
    write('fire_a.txt', fixture('fire_a.txt'));
    write('fire_b.txt', fixture('fire_b.txt'));
    write('quote.txt', fixture('unattributed.txt'));
    assert.deepEqual(summary(findings([dir]).list), [
      'fire_a.txt inconsistent-figure warning',
      'fire_b.txt inconsistent-figure warning',
      'quote.txt unattributed-quote warning',
    ]);
    write('.sourcecheck.json', JSON.stringify({ rules: { 'unattributed-quote': { severity: 'hint' } } }));
    const hinted = findings([dir]);
    assert.deepEqual(summary(hinted.list).slice(-1), ['quote.txt unattributed-quote hint']);
    write('.sourcecheck.json', JSON.stringify({
      rules: { 'unattributed-quote': 'off' },
      acceptedDifferences: [{ rule: 'inconsistent-figure', file: 'fire_a.txt', text: '9 workers', otherFile: 'fire_b.txt', otherText: 'seven workers' }],
    }));
    const r = findings([dir]);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(r.list, []);
  });

  it('finds the file above a folder or file given, and --config replaces it', () => {
    write('copy/quote.txt', fixture('unattributed.txt'));
    write('.sourcecheck.json', JSON.stringify({ rules: { 'unattributed-quote': 'off' } }));
    assert.deepEqual(findings([join(dir, 'copy')]).list, []);
    assert.deepEqual(findings([join(dir, 'copy', 'quote.txt')]).list, []);
    const other = write('elsewhere/strict.json', JSON.stringify({ rules: { 'unattributed-quote': 'error' } }));
    const r = findings(['--config', other, join(dir, 'copy')]);
    assert.deepEqual(summary(r.list), ['copy/quote.txt unattributed-quote error']);
    assert.equal(run(['--fail-on', 'error', '--config', other, join(dir, 'copy')]).code, 1);
  });

  it('loads the articles its include and exclude name, relative to its folder', () => {
    write('copy/a.md', fixture('unattributed.txt'));
    write('copy/archive/old.md', fixture('unattributed.txt'));
    write('notes.txt', fixture('unattributed.txt'));
    write('copy/draft.story', fixture('unattributed.txt'));
    write('.sourcecheck.json', JSON.stringify({ include: ['copy/**/*.md', '**/*.story'], exclude: ['copy/archive/**'] }));
    const out = JSON.parse(run(['--format', 'json', dir]).stdout);
    assert.deepEqual(out.files, [join(dir, 'copy', 'a.md'), join(dir, 'copy', 'draft.story')]);
  });

  it('governs each folder\'s articles by its own file, and still compares articles across folders', () => {
    write('desk/fire_a.txt', fixture('fire_a.txt'));
    write('desk/quote.txt', fixture('unattributed.txt'));
    write('wire/fire_b.txt', fixture('fire_b.txt'));
    write('wire/quote.txt', fixture('unattributed.txt').replace('"', '“').replace('"', '”'));
    write('desk/.sourcecheck.json', JSON.stringify({ rules: { 'unattributed-quote': 'off' } }));
    const r = findings([join(dir, 'desk'), join(dir, 'wire')]);
    assert.deepEqual(summary(r.list), [
      'desk/fire_a.txt inconsistent-figure warning',
      'wire/fire_b.txt inconsistent-figure warning',
      'wire/quote.txt unattributed-quote warning',
    ]);
  });

  it('names the problems of a project file; a broken one is a usage error (exit 2), the articles still checked', () => {
    write('quote.txt', fixture('unattributed.txt'));
    write('.sourcecheck.json', '{ "rules": { "made-up": "off" } }');
    const named = findings([dir]);
    assert.match(named.err, /\.sourcecheck\.json: "rules"\."made-up" is not a rule/);
    assert.equal(named.code, 1);
    write('.sourcecheck.json', '{ "rules": ');
    const broken = findings([dir]);
    assert.equal(broken.code, 2);
    assert.match(broken.err, /\.sourcecheck\.json: ValueExpected at line 1/);
    assert.equal(broken.list.length, 1);
    const missing = run(['--config', join(dir, 'nope.json'), dir]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr.join('\n'), /nope\.json: cannot read the project file/);
  });
});
