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
  // The package has no public repository, so nothing could host the README's images or
  // pages for the Marketplace, and plain `vsce package` stops on a relative image or link.
  // The screenshots live in the walkthrough, whose media VS Code reads from the package.
  it('gives plain `vsce package` a README without images or relative links', () => {
    const readme = readFileSync(join(repo, 'README.md'), 'utf8');
    assert.doesNotMatch(readme, /!\[[^\]]*\]\(|<img\b/i, 'no image in the README');
    const links = [...readme.matchAll(/\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
    for (const link of links) assert.match(link, /^(https:\/\/|#|mailto:)/, `${link} resolves outside the package`);
    assert.equal(manifest.repository, undefined, 'no invented repository URL');
    assert.equal(manifest.vsce.allowMissingRepository, true);
    assert.equal(manifest.vsce.dependencies, false, 'the bundles carry their dependencies');
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

  it('ships minified bundles (extension and engine worker, desktop and browser, and the CLI) that name no source map they do not carry', () => {
    // The extension bundles are small now that the engine is in its own: most of their lines are the comparison page's HTML and CSS.
    for (const [file, charactersPerLine] of [['out/extension.js', 300], ['out/web/extension.js', 300], ['out/engine.js', 1000], ['out/web/engine.js', 1000], ['out/cli.js', 1000]] as const) {
      assert.equal(packaged(file), true, `${file} is packaged`);
      const bundle = readFileSync(join(repo, file), 'utf8');
      assert.doesNotMatch(bundle, /sourceMappingURL/, file);
      const lines = bundle.split('\n').length;
      assert.ok(bundle.length / lines > charactersPerLine, `${file} minified: ${lines} lines for ${bundle.length} characters`);
    }
  });

  it('keeps Node out of the browser build', () => {
    for (const file of ['out/web/extension.js', 'out/web/engine.js']) {
      const bundle = readFileSync(join(repo, file), 'utf8');
      assert.doesNotMatch(bundle, /require\("(node:)?(fs|path|os|child_process|worker_threads|crypto|util)"\)/, file);
    }
  });
});
