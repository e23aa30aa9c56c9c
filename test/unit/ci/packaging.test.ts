import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globToRegExp } from '../../../src/core/project/glob';

// out/test/unit/ci → the repository root.
const repo = join(__dirname, '..', '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));

/** Whether .vscodeignore (deny everything, then allow) lets a file into the VSIX. */
function packaged(file: string): boolean {
  const rules = readFileSync(join(repo, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  let included = true;
  for (const rule of rules) {
    const negated = rule.startsWith('!');
    if (globToRegExp(negated ? rule.slice(1) : rule).test(file)) included = negated;
  }
  return included;
}

describe('what the VSIX carries', () => {
  it('carries every image the README shows, as a file that exists', () => {
    const readme = readFileSync(join(repo, 'README.md'), 'utf8');
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
    assert.ok(images.length >= 3, 'the README shows screenshots');
    for (const image of images) {
      assert.ok(!/^\w+:/.test(image), `${image} is a file of the package`);
      assert.ok(existsSync(join(repo, image)), `${image} exists`);
      assert.ok(packaged(image), `${image} is packaged`);
    }
  });

  it('carries the walkthrough\'s media and the project file\'s JSON Schema', () => {
    const steps = manifest.contributes.walkthroughs.flatMap((w: { steps: unknown[] }) => w.steps) as Array<{ media: { image?: string; markdown?: string } }>;
    assert.ok(steps.length >= 4);
    for (const step of steps) {
      const media = step.media.image ?? step.media.markdown!;
      assert.ok(existsSync(join(repo, media)) && packaged(media), media);
    }
    for (const { url } of manifest.contributes.jsonValidation as Array<{ url: string }>) {
      const file = url.replace(/^\.\//, '');
      assert.ok(existsSync(join(repo, file)) && packaged(file), file);
    }
  });

  it('leaves the developers\' material and the source map out', () => {
    for (const file of ['CONTRIBUTING.md', 'out/extension.js.map', 'src/extension/extension.ts', 'test/samples/kaluga-drones-analysis.txt']) {
      assert.equal(packaged(file), false, file);
    }
    assert.equal(packaged('out/extension.js'), true);
  });

  it('ships a minified extension bundle that names no source map it does not carry', () => {
    const bundle = readFileSync(join(repo, 'out', 'extension.js'), 'utf8');
    assert.doesNotMatch(bundle, /sourceMappingURL/);
    const lines = bundle.split('\n').length;
    assert.ok(bundle.length / lines > 1000, `minified: ${lines} lines for ${bundle.length} characters`);
  });
});
