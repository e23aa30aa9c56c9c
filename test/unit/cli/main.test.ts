import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../src/cli/main';

const FIXTURES = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'workspace');

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
    const a = write('a.txt', 'Officials met on Monday.\n');
    const r = run(['--format', 'json', bin, a]);
    assert.equal(r.code, 0);
    assert.match(r.stderr.join('\n'), /b\.txt: skipped: a binary file/);
    assert.deepEqual(JSON.parse(r.stdout).files, [a]);
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

  it('prints the story model as JSON: cast with aliases and attributes, events, each with passages', () => {
    const a = write('a.txt', 'The driver, Graham Tully, 45, was arrested after the crash.\n');
    const b = write('b.txt', 'Mr Tully appeared in court on Tuesday.\n');
    const out = JSON.parse(run(['story', '--format', 'json', a, b]).stdout);
    assert.equal(out.version, 1);
    const tully = out.story.cast.find((m: { name: string }) => m.name === 'Graham Tully');
    assert.ok(tully, JSON.stringify(out.story.cast));
    assert.ok(tully.aliases.includes('Mr Tully') && tully.aliases.includes('the driver'), tully.aliases.join('; '));
    assert.deepEqual(tully.attributes.filter((x: { kind: string }) => x.kind === 'age').map((x: { value: string }) => x.value), ['45']);
    assert.deepEqual([...new Set(tully.passages.map((p: { file: string }) => p.file))].length, 2);
    assert.ok(Array.isArray(out.story.events));
  });

  it('refuses SARIF for a listing', () => {
    assert.equal(run(['quotes', '--format', 'sarif', 'a.txt']).code, 2);
  });

  it('prints "No findings." in text form for a clean file', () => {
    const a = write('a.txt', 'Officials met on Monday.\n');
    assert.equal(run([a]).stdout, 'No findings.');
  });

  describe('exit status', () => {
    const CLEAN = 'Officials met on Monday.\n';
    // An unattributed quotation: a warning, the level of a finding Source Check is sure of.
    const UNATTRIBUTED = 'Officials met on Monday.\n\n"We will not back down from this fight."\n';

    it('is 0 for clean copy', () => {
      assert.equal(run([write('a.txt', CLEAN)]).code, 0);
    });

    it('is 1 for a warning by default (--fail-on warning), and 0 with --fail-on error or none', () => {
      const a = write('a.txt', UNATTRIBUTED);
      const r = run([a]);
      assert.equal(r.code, 1);
      assert.match(r.stdout, /warning unattributed-quote/);
      assert.equal(run(['--fail-on', 'error', a]).code, 0);
      assert.equal(run(['--fail-on', 'none', a]).code, 0);
      assert.equal(run(['--fail-on=warning', a]).code, 1);
    });

    it('is 2 for an unknown subcommand, with a clear message naming the near one', () => {
      write('a.txt', CLEAN);
      const r = run(['chek', dir]);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr.join('\n'), /unknown command 'chek' \(did you mean 'check'\?\)/);
      assert.match(run(['validate', dir]).stderr.join('\n'), /unknown command 'validate': the commands are check, quotes, figures, claims/);
    });

    it('reads a first word that is an existing file as a path, not as a command', () => {
      const cwd = process.cwd();
      process.chdir(dir);
      try {
        writeFileSync(join(dir, 'draft'), UNATTRIBUTED);
        assert.equal(run(['--fail-on', 'none', 'draft']).code, 0);
      } finally {
        process.chdir(cwd);
      }
    });

    it('is 2 for an empty folder and for a folder with no articles, with nothing on stdout', () => {
      const r = run([dir]);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr.join('\n'), /no articles \(\*\.txt, \*\.md\) in this folder/);
      write('notes.json', '{}');
      write('photo.png', Buffer.from([0x89, 0x50]));
      const again = run(['--format', 'json', dir]);
      assert.equal(again.code, 2);
      assert.equal(again.stdout, '');
    });

    it('is 2 for a folder with no articles even beside one that has some, still checking those', () => {
      const empty = join(dir, 'empty');
      mkdirSync(empty);
      const a = write('a.txt', CLEAN);
      const r = run(['--format', 'json', empty, a]);
      assert.equal(r.code, 2);
      assert.match(r.stderr.join('\n'), /empty: no articles/);
      assert.deepEqual(JSON.parse(r.stdout).files, [a]);
    });

    it('is 2 for a missing file, with nothing on stdout when nothing could be read', () => {
      const r = run([join(dir, 'missing.txt')]);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr.join('\n'), /missing\.txt: cannot read: no such file/);
    });

    it('never says "No findings." plainly when a file could not be read', () => {
      const a = write('a.txt', CLEAN);
      const r = run([join(dir, 'missing.txt'), a]);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, 'No findings in the files that could be read (1 path could not be read: see the messages).');
    });

    it('is 2 for a file that is only skipped (binary), with nothing on stdout', () => {
      const r = run([write('b.txt', Buffer.from([0x41, 0x00, 0x42, 0xff]))]);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr.join('\n'), /b\.txt: skipped: a binary file[\s\S]*no articles to check/);
    });
  });

  describe('--quiet', () => {
    it('prints only the findings that fail the run: no summary, no notice of a skipped file', () => {
      write('b.txt', Buffer.from([0x41, 0x00, 0x42, 0xff]));
      write('a.txt', 'Officials met on Monday.\n\n"We will not back down from this fight."\n');
      const r = run(['--quiet', dir]);
      assert.equal(r.code, 1);
      assert.deepEqual(r.stderr, []);
      assert.match(r.stdout, /^\S+a\.txt:3:\d+: warning unattributed-quote: /);
      assert.doesNotMatch(r.stdout, /finding|No findings/);
    });

    it('prints nothing for clean copy, and nothing below --fail-on', () => {
      assert.equal(run(['-q', write('c.txt', 'Officials met on Monday.\n')]).stdout, '');
      const a = write('a.txt', 'Officials met on Monday.\n\n"We will not back down from this fight."\n');
      const r = run(['--quiet', '--fail-on', 'error', a]);
      assert.equal(r.code, 0);
      assert.equal(r.stdout, '');
    });

    it('still names a file it could not read', () => {
      const r = run(['--quiet', join(dir, 'missing.txt'), write('a.txt', 'Officials met on Monday.\n')]);
      assert.equal(r.code, 2);
      assert.match(r.stderr.join('\n'), /missing\.txt: cannot read/);
    });
  });

  describe('--format github', () => {
    it('prints one GitHub Actions annotation per finding, escaped, naming the other passage', () => {
      const a = write('a, draft.txt', readFileSync(join(FIXTURES, 'fire_a.txt'), 'utf8'));
      const b = write('b.txt', readFileSync(join(FIXTURES, 'fire_b.txt'), 'utf8'));
      const r = run(['--format', 'github', a, b]);
      const lines = r.stdout.split('\n');
      assert.ok(lines.length >= 2, r.stdout);
      for (const line of lines) assert.match(line, /^::(warning|notice|error) file=[^:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=Source Check%3A inconsistent-figure::/);
      assert.ok(lines.some((l) => l.includes(`file=${join(dir, 'a%2C draft.txt')}`)), r.stdout);
      assert.match(r.stdout, /%0ASee .*b\.txt:\d+:\d+: /);
    });

    it('is refused for a listing', () => {
      assert.equal(run(['quotes', '--format', 'github', 'a.txt']).code, 2);
    });
  });
});
