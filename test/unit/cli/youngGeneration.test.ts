import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasYoungGenerationFlag, inputBytes } from '../../../src/cli/youngGeneration';

describe('the young generation of a large check', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sourcecheck-young-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('counts the article files of a folder, not other files nor files over the size limit', () => {
    mkdirSync(join(dir, 'desk'));
    writeFileSync(join(dir, 'desk', 'a.txt'), 'x'.repeat(300));
    writeFileSync(join(dir, 'b.md'), 'x'.repeat(200));
    writeFileSync(join(dir, 'photo.jpg'), 'x'.repeat(5000));
    writeFileSync(join(dir, 'huge.txt'), 'x'.repeat(2000));
    assert.equal(inputBytes([dir], 1000, 1e9), 500);
  });

  it('counts a file named on the command line whatever its extension', () => {
    writeFileSync(join(dir, 'copy.text'), 'x'.repeat(120));
    assert.equal(inputBytes([join(dir, 'copy.text'), join(dir, 'missing.txt')], 1000, 1e9), 120);
  });

  it('stops counting once there is enough', () => {
    for (let i = 0; i < 5; i++) writeFileSync(join(dir, `${i}.txt`), 'x'.repeat(100));
    assert.equal(inputBytes([dir], 1000, 150), 200);
  });

  it('sees a semi-space size given on the command line or in NODE_OPTIONS, in either spelling', () => {
    assert.equal(hasYoungGenerationFlag(['--max-semi-space-size=64']), true);
    assert.equal(hasYoungGenerationFlag([], '--inspect --max_semi_space_size=32'), true);
    assert.equal(hasYoungGenerationFlag(['--max-old-space-size=4096'], '--inspect'), false);
  });
});
