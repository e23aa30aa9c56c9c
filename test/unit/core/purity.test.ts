import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';

/**
 * src/core runs in a web worker (the browser build) and in a worker thread:
 * it may import nothing of Node's and nothing of VS Code's.
 */
const CORE = resolve(__dirname, '../../../../src/core');

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** Every module a source names: static and dynamic imports, re-exports and require calls. */
export function importedModules(source: string): string[] {
  const found: string[] = [];
  const patterns = [/\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.push(match[1]);
  return found;
}

const NODE_BUILT_INS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

export function forbiddenInCore(module: string): boolean {
  return module.startsWith('node:') || NODE_BUILT_INS.has(module) || NODE_BUILT_INS.has(module.split('/')[0]) || module === 'vscode';
}

describe('src/core is free of Node and VS Code APIs', () => {
  it('finds the imports a source names', () => {
    const source = `import { a } from './a';\nimport * as fs from 'node:fs';\nexport { b } from "path";\nconst c = require('crypto');\nconst d = await import('worker_threads');\nimport 'os';`;
    assert.deepEqual(importedModules(source).sort(), ['./a', 'crypto', 'node:fs', 'os', 'path', 'worker_threads'].sort());
    assert.deepEqual(importedModules(source).filter(forbiddenInCore).sort(), ['crypto', 'node:fs', 'os', 'path', 'worker_threads'].sort());
    assert.equal(forbiddenInCore('fs/promises'), true);
    assert.equal(forbiddenInCore('vscode'), true);
    assert.equal(forbiddenInCore('compromise'), false);
  });
  it('no file of src/core imports a Node built-in or vscode', () => {
    const offenders = sourcesUnder(CORE).flatMap((file) =>
      importedModules(readFileSync(file, 'utf8'))
        .filter(forbiddenInCore)
        .map((module) => `${file.slice(CORE.length + 1)} imports ${module}`),
    );
    assert.deepEqual(offenders, []);
  });
  it('no file of src/core uses Node globals (process, Buffer, __dirname)', () => {
    const offenders = sourcesUnder(CORE).filter((file) => /\b(?:process\.|Buffer\.|__dirname|__filename)/.test(readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')));
    assert.deepEqual(offenders, []);
  });
});
