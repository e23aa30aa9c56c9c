// Bad input and faults through the command line: every named input gets a
// clear message naming the file, and the other files are still checked.
import * as assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../src/cli/main';
import { RULES_IN_ORDER } from '../../../src/core/corpus/rules';
import { analyzeArticle } from '../../../src/core/corpus/analysis';

const FIXTURES = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'workspace');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

const UNATTRIBUTED = 'Officials met on Monday.\n\n"We will not back down from this fight."\n';
const FRENCH =
  "Les pompiers ont été appelés à l'usine peu après minuit, et l'incendie a été maîtrisé à l'aube, selon les services de secours du département. " +
  "« Nous ne reculerons pas », a-t-il dit. Deux ouvriers ont été transportés à l'hôpital avec des brûlures légères. " +
  "L'entreprise a déclaré qu'elle coopérerait avec l'enquête sur la cause du sinistre.\n";

interface JsonFinding {
  rule: string;
  file: string;
  offset: { start: number; end: number };
  range: { start: { line: number; character: number } };
  message: string;
}

describe('sourcecheck command line on bad input', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sourcecheck-robust-'));
  });
  afterEach(() => {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  });

  const write = (name: string, text: string | Buffer): string => {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
    return path;
  };
  // The findings themselves are not what these tests are about: the exit status shows only the input's faults.
  const json = (argv: string[], engine = {}) => {
    const r = run(['check', '--format', 'json', '--fail-on', 'none', ...argv], engine);
    return { ...r, out: JSON.parse(r.stdout) as { files: string[]; findings: JsonFinding[] }, err: r.stderr.join('\n') };
  };
  const rulesIn = (findings: JsonFinding[], file: string) => findings.filter((f) => f.file === file).map((f) => f.rule);

  it('checks an empty file quietly', () => {
    const empty = write('empty.txt', '');
    const a = write('a.txt', UNATTRIBUTED);
    const r = json([empty, a]);
    assert.equal(r.err, '');
    assert.deepEqual(r.out.files, [empty, a]);
    assert.deepEqual(rulesIn(r.out.findings, empty), []);
    assert.deepEqual(rulesIn(r.out.findings, a), ['unattributed-quote']);
  });

  it('skips a binary file named like an article, once, and checks the others', () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.alloc(4096, 0xab)]);
    write('photo.txt', png);
    const a = write('a.txt', UNATTRIBUTED);
    const r = json([dir]);
    assert.equal(r.code, 0, 'a skipped file is not a failure');
    assert.equal(r.stderr.length, 1);
    assert.match(r.err, /photo\.txt: skipped: a binary file, not an article/);
    assert.deepEqual(r.out.files, [a]);
    assert.deepEqual(rulesIn(r.out.findings, a), ['unattributed-quote']);
  });

  it('skips a 10 MB file over the size limit with one message, in bounded time', () => {
    const line = 'The council said 12 new homes would be built on the site next year, officials said.\n';
    write('huge.txt', line.repeat(Math.ceil((10.5 * 1024 * 1024) / line.length)));
    const a = write('a.txt', UNATTRIBUTED);
    const started = Date.now();
    const r = json([dir]);
    assert.ok(Date.now() - started < 10_000, 'answers at once');
    assert.equal(r.stderr.length, 1);
    assert.match(r.err, /huge\.txt: skipped: 10\.5 MB is over the 10 MB limit \(--max-file-size\)/);
    assert.deepEqual(r.out.files, [a]);
    assert.deepEqual(rulesIn(r.out.findings, a), ['unattributed-quote']);
  });

  it('finds the same passages in CRLF and BOM copies as in LF', () => {
    const names = ['000_e78afd072a24a4cf.txt', '001_dc5fe3218381ca3d.txt', 'fire_a.txt', 'fire_b.txt', 'unattributed.txt'];
    const variants: Record<string, (text: string) => string> = {
      lf: (t) => t.replace(/\r\n/g, '\n'),
      crlf: (t) => t.replace(/\r\n/g, '\n').replace(/\n/g, '\r\n'),
      bom: (t) => '\uFEFF' + t.replace(/\r\n/g, '\n'),
      'bom-crlf': (t) => '\uFEFF' + t.replace(/\r\n/g, '\n').replace(/\n/g, '\r\n'),
    };
    const seen = new Map<string, string[]>();
    for (const [variant, transform] of Object.entries(variants)) {
      const texts = new Map<string, string>();
      const paths = names.map((name) => {
        const text = transform(fixture(name));
        const path = write(join(variant, name), text);
        texts.set(path, text);
        return path;
      });
      const r = json(paths);
      assert.equal(r.code === 2, false, r.err);
      // Each finding as the words its offsets point at, on its line: the same in every variant.
      seen.set(
        variant,
        r.out.findings.map((f) => {
          const words = texts.get(f.file)!.slice(f.offset.start, f.offset.end).replace(/\r\n/g, '\n');
          return `${f.file.slice(f.file.lastIndexOf('/') + 1)}:${f.range.start.line} ${f.rule} «${words}» ${f.message}`;
        }),
      );
    }
    const lf = seen.get('lf')!;
    assert.ok(lf.length >= 3, `the fixtures have findings: ${lf.join('\n')}`);
    for (const rule of ['contradiction', 'unattributed-quote']) assert.ok(lf.some((l) => l.includes(` ${rule} `)), rule);
    for (const variant of ['crlf', 'bom', 'bom-crlf']) assert.deepEqual(seen.get(variant), lf, variant);
  });

  it('tells a non-English article was not checked, and flags nothing in it', () => {
    const fr = write('fr.txt', FRENCH);
    const a = write('a.txt', UNATTRIBUTED);
    const r = json([fr, a]);
    assert.equal(r.code, 0);
    assert.match(r.err, /fr\.txt: skipped: it looks like French, and sourcecheck checks English articles only/);
    assert.deepEqual(rulesIn(r.out.findings, fr), []);
    assert.deepEqual(rulesIn(r.out.findings, a), ['unattributed-quote']);
  });

  it('names a file gone before it is read (deleted or renamed while loading) and a link to nothing', () => {
    const a = write('a.txt', UNATTRIBUTED);
    symlinkSync(join(dir, 'renamed-away.txt'), join(dir, 'dangling.txt'));
    const r = json([dir, join(dir, 'deleted.txt')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /dangling\.txt: cannot read file: a symbolic link to nothing/);
    assert.match(r.err, /deleted\.txt: cannot read: no such file/);
    assert.deepEqual(r.out.files, [a]);
    assert.deepEqual(rulesIn(r.out.findings, a), ['unattributed-quote']);
  });

  it('names an unreadable file (permission denied, or as root a folder named like an article)', () => {
    const a = write('a.txt', UNATTRIBUTED);
    const locked = write('locked.txt', UNATTRIBUTED);
    chmodSync(locked, 0o000);
    let readable = true;
    try {
      readFileSync(locked);
    } catch {
      readable = false;
    }
    if (!readable) {
      const r = json([locked, a]);
      assert.equal(r.code, 2);
      assert.match(r.err, /locked\.txt: cannot read file: permission denied/);
      assert.deepEqual(r.out.files, [a]);
    } else {
      // Root reads through chmod 000: what cannot be read as a file is then a folder or a link loop.
      chmodSync(locked, 0o644);
      rmSync(locked);
      mkdirSync(join(dir, 'folder.txt'));
      symlinkSync(join(dir, 'loop2.txt'), join(dir, 'loop1.txt'));
      symlinkSync(join(dir, 'loop1.txt'), join(dir, 'loop2.txt'));
      const r = json([join(dir, 'loop1.txt'), dir]);
      assert.equal(r.code, 2);
      assert.match(r.err, /loop1\.txt: cannot read: too many symbolic links \(a link loop\)/);
      assert.match(r.err, /loop2\.txt: cannot read file: too many symbolic links/);
      assert.doesNotMatch(r.err, /folder\.txt/, 'a folder named like an article is walked, not read');
      assert.deepEqual(r.out.files, [a]);
      assert.deepEqual(rulesIn(r.out.findings, a), ['unattributed-quote']);
    }
  });

  it('survives a folder link loop and a link back to the root, listing each article once', () => {
    const a = write('sub/a.txt', UNATTRIBUTED);
    symlinkSync(join(dir, 'sub'), join(dir, 'sub', 'self'));
    symlinkSync(dir, join(dir, 'sub', 'root'));
    const r = json([dir]);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(r.out.files, [a]);
  });

  it('checks 10,000 small files in bounded time', () => {
    for (let i = 0; i < 10_000; i++) write(`many/d${String(i).padStart(5, '0')}.txt`, `Draft ${i}. Nothing was filed today.\n`);
    const a = write('many/zz.txt', UNATTRIBUTED);
    const started = Date.now();
    const r = json([dir]);
    assert.ok(Date.now() - started < 45_000, `took ${Date.now() - started} ms`);
    assert.equal(r.out.files.length, 10_001);
    assert.deepEqual(rulesIn(r.out.findings, a), ['unattributed-quote']);
  });

  it('reports a detector that throws on one article once, with the file named, and still checks the others', () => {
    const bad = write('bad.txt', 'The parade was cancelled on Tuesday.\n');
    const a = write('a.txt', UNATTRIBUTED);
    const rules = [
      ...RULES_IN_ORDER,
      (context: { self: { article: { id: string } } }) => {
        if (context.self.article.id === bad) throw new Error('detector fault');
        return [];
      },
    ];
    const r = json([bad, a], { rules });
    assert.equal(r.code, 0, 'the exit status follows the findings (CONTRACT.md); the error is on stderr');
    const errors = r.stderr.filter((l) => l.includes('internal error'));
    assert.equal(errors.length, 1);
    assert.match(errors[0], /bad\.txt: internal error while checking .*detector fault/s);
    assert.deepEqual(r.out.files, [bad, a]);
    assert.deepEqual(rulesIn(r.out.findings, a), ['unattributed-quote']);
  });

  it('reports an analysis that throws on one article and still checks the others against each other', () => {
    const bad = write('bad.txt', 'The parade was cancelled on Tuesday.\n');
    const a = write('a.txt', UNATTRIBUTED);
    for (const command of ['check', 'quotes']) {
      const r = run([command, '--format', 'json', ...(command === 'check' ? ['--fail-on', 'none'] : []), bad, a], {
        analyze: (article) => {
          if (article.id === bad) throw new Error('analysis fault');
          return analyzeArticle(article);
        },
      });
      assert.equal(r.code, 0, command);
      assert.equal(r.stderr.length, 1, command);
      assert.match(r.stderr[0], /bad\.txt: internal error .*analysis fault/s);
      const out = JSON.parse(r.stdout);
      if (command === 'check') assert.deepEqual(rulesIn(out.findings, a), ['unattributed-quote']);
      else assert.equal(out.quotes.length, 1);
    }
  });
});
