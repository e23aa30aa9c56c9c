/**
 * No import circles in src/: a circle makes load order matter in the bundle
 * (a value read before its module ran is undefined) and ties concepts that
 * should be layered. Type-only imports count too: a type shared by two
 * folders belongs in a leaf file of its own. The scan reads the TypeScript
 * import and export-from statements itself; no dependency needed.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const repo = resolve(__dirname, '../../..');

const SPECIFIER = /(?:^|[;\n}])\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The relative module specifiers a TypeScript source imports or re-exports. */
export function specifiersOf(source: string): string[] {
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found: string[] = [];
  for (const m of withoutComments.matchAll(SPECIFIER)) {
    const spec = m[1] ?? m[2];
    if (spec.startsWith('.')) found.push(spec);
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path));
    else if (name.endsWith('.ts')) files.push(path);
  }
  return files;
}

function resolveImport(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (candidate.endsWith('.ts') && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Every import circle of a graph (file → files it imports), each listed once, as a path that returns to its start. */
export function circlesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  // Tarjan's strongly connected components; a component of more than one file, or a file importing itself, holds a circle.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let top: string;
      do {
        top = stack.pop()!;
        onStack.delete(top);
        component.push(top);
      } while (top !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) components.push(component);
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  // One concrete circle per component, for a message the reader can follow.
  return components.map((component) => {
    const members = new Set(component);
    const start = [...component].sort()[0];
    const path = [start];
    const seen = new Set([start]);
    for (;;) {
      const last = path[path.length - 1];
      const nexts = (graph.get(last) ?? []).filter((n) => members.has(n));
      if (nexts.includes(start)) return [...path, start];
      const next = nexts.find((n) => !seen.has(n)) ?? nexts[0];
      if (seen.has(next)) return [...path.slice(path.indexOf(next)), next];
      path.push(next);
      seen.add(next);
    }
  });
}

export function importGraphOf(root: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(root)) {
    const name = relative(repo, file);
    const targets = specifiersOf(readFileSync(file, 'utf8'))
      .map((spec) => resolveImport(file, spec))
      .filter((t): t is string => t !== undefined)
      .map((t) => relative(repo, t));
    graph.set(name, [...new Set(targets)]);
  }
  return graph;
}

describe('import circles', () => {
  it('reads import, import type, export-from and dynamic import statements', () => {
    const source = [
      "import { a } from './a';",
      "import type { B } from '../b';",
      "export { c } from './c';",
      "export * from './d';",
      "import './e';",
      "const f = await import('./f');",
      "import * as fs from 'node:fs';",
      "// import { g } from './g';",
      "import {\n  h,\n  type H,\n} from './h';",
    ].join('\n');
    assert.deepEqual(specifiersOf(source), ['./a', '../b', './c', './d', './e', './f', './h']);
  });

  it('finds a circle through several files and a file importing itself, and none in a layered graph', () => {
    const circle = new Map([
      ['corpus.ts', ['rules.ts']],
      ['rules.ts', ['detector.ts']],
      ['detector.ts', ['corpus.ts', 'leaf.ts']],
      ['leaf.ts', []],
      ['self.ts', ['self.ts']],
    ]);
    assert.deepEqual(circlesOf(circle), [['corpus.ts', 'rules.ts', 'detector.ts', 'corpus.ts'], ['self.ts', 'self.ts']]);
    const layered = new Map([
      ['corpus.ts', ['rules.ts', 'context.ts']],
      ['rules.ts', ['detector.ts']],
      ['detector.ts', ['context.ts']],
      ['context.ts', []],
    ]);
    assert.deepEqual(circlesOf(layered), []);
  });

  it('src/ has none', () => {
    const graph = importGraphOf(join(repo, 'src'));
    assert.ok(graph.size > 50, `only ${graph.size} source files found under ${join(repo, 'src')}`);
    const circles = circlesOf(graph);
    assert.deepEqual(
      circles.map((c) => c.join(' → ')),
      [],
      'import circles (move the shared type or value into a leaf file both sides import)',
    );
  });
});
