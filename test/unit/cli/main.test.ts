import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../src/cli/main';

describe('sourcecheck command line', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sourcecheck-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string | Buffer): string => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('prints usage and exits 2 without a path', () => {
    const r = run([]);
    assert.equal(r.code, 2);
    assert.match(r.stderr.join('\n'), /no PATH given/);
  });

  it('rejects an unknown option and a bad format with exit 2', () => {
    assert.equal(run(['--frobnicate', 'x.txt']).code, 2);
    const r = run(['--format', 'xml', 'x.txt']);
    assert.equal(r.code, 2);
    assert.match(r.stderr[0], /--format must be one of text, json, sarif/);
  });

  it('prints the contract JSON for check', () => {
    const a = write('a.txt', 'Officials met on Monday.\n');
    const r = run(['check', '--format', 'json', a]);
    assert.equal(r.code, 0);
    const out = JSON.parse(r.stdout);
    assert.equal(out.version, 1);
    assert.deepEqual(out.files, [a]);
    assert.ok(Array.isArray(out.findings));
  });

  it('treats check as the default command', () => {
    const a = write('a.txt', 'Officials met on Monday.\n');
    assert.deepEqual(JSON.parse(run(['--format', 'json', a]).stdout).files, [a]);
  });

  it('names a missing file, exits 2 and still checks the others', () => {
    const a = write('a.txt', 'Officials met on Monday.\n');
    const missing = join(dir, 'missing.txt');
    const r = run(['check', '--format', 'json', missing, a]);
    assert.equal(r.code, 2);
    assert.match(r.stderr.join('\n'), /missing\.txt: cannot read: no such file/);
    assert.deepEqual(JSON.parse(r.stdout).files, [a]);
  });

  it('finds *.txt and *.md under a folder, sorted, skipping other files and node_modules', () => {
    mkdirSync(join(dir, 'sub'));
    mkdirSync(join(dir, 'node_modules'));
    write('b.md', '# Title\n\nText here.\n');
    write('sub/a.txt', 'Text here.\n');
    write('c.json', '{}');
    write('node_modules/x.txt', 'Text.\n');
    const out = JSON.parse(run(['--format', 'json', dir]).stdout);
    assert.deepEqual(out.files, [join(dir, 'b.md'), join(dir, 'sub', 'a.txt')]);
  });

  it('survives a symlink loop', () => {
    mkdirSync(join(dir, 'sub'));
    write('sub/a.txt', 'Text here.\n');
    symlinkSync(dir, join(dir, 'sub', 'loop'));
    const out = JSON.parse(run(['--format', 'json', dir]).stdout);
    assert.deepEqual(out.files, [join(dir, 'sub', 'a.txt')]);
  });

  it('skips a binary file with a message, without failing', () => {
    const bin = write('b.txt', Buffer.from([0x41, 0x00, 0x42, 0xff]));
    const r = run(['--format', 'json', bin]);
    assert.equal(r.code, 0);
    assert.match(r.stderr.join('\n'), /b\.txt: skipped: a binary file/);
    assert.deepEqual(JSON.parse(r.stdout).files, []);
  });

  it('skips a file over the size limit with a message', () => {
    const big = write('big.txt', 'word '.repeat(300_000));
    const r = run(['--format', 'json', '--max-file-size', '1', big]);
    assert.match(r.stderr.join('\n'), /big\.txt: skipped: 1\.4 MB is over the 1 MB limit/);
  });

  it('lists quotations, figures and claims as JSON', () => {
    const a = write('a.txt', 'Officials met on Monday.\n');
    for (const command of ['quotes', 'figures', 'claims']) {
      const out = JSON.parse(run([command, '--format', 'json', a]).stdout);
      assert.equal(out.version, 1);
      assert.ok(Array.isArray(out[command]), command);
    }
  });

  it('refuses SARIF for a listing', () => {
    assert.equal(run(['quotes', '--format', 'sarif', 'a.txt']).code, 2);
  });

  it('prints "No findings." in text form for a clean file', () => {
    const a = write('a.txt', 'Officials met on Monday.\n');
    assert.equal(run([a]).stdout, 'No findings.');
  });
});
