/**
 * Every vocabulary file under src/core/lexicon/ (found on disk, so that a
 * file another change adds is covered without touching this test): every
 * list of words holds each entry once, and in lower case, because the
 * matchers compare against a token's lower-cased form and a capitalised
 * entry would silently never match.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const repo = resolve(__dirname, '../../../../..');
const lexicon = join(repo, 'src/core/lexicon');

function jsonFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...jsonFiles(path));
    else if (name.endsWith('.json')) files.push(path);
  }
  return files;
}

/** What is wrong with one parsed lexicon file: duplicate entries in a list, entries or keys with capitals. */
export function lexiconProblems(data: unknown, where = ''): string[] {
  const problems: string[] = [];
  const capitals = (s: string, what: string) => {
    if (s !== s.toLowerCase()) problems.push(`${what} '${s}' at ${where || '(top)'} has capitals`);
  };
  if (Array.isArray(data)) {
    const seen = new Set<string>();
    data.forEach((item, i) => {
      if (typeof item === 'string') {
        capitals(item, 'entry');
        if (seen.has(item)) problems.push(`entry '${item}' at ${where || '(top)'} is listed twice`);
        seen.add(item);
      } else {
        problems.push(...lexiconProblems(item, `${where}[${i}]`));
      }
    });
  } else if (data && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      // Keys name the lists ('monthAbbreviations') or are entries themselves ('jan': 1); entries must be lower case.
      if (typeof value !== 'object' || value === null) capitals(key, 'key');
      problems.push(...lexiconProblems(value, where ? `${where}.${key}` : key));
    }
  }
  return problems;
}

/** Keys given twice in one object of the raw text (JSON.parse keeps the last silently). */
export function duplicateKeys(text: string): string[] {
  const found: string[] = [];
  const stack: Array<Set<string> | null> = [];
  const token = /"(?:[^"\\]|\\.)*"\s*:?|[{}[\]]/g;
  for (const m of text.matchAll(token)) {
    const t = m[0];
    if (t === '{') stack.push(new Set());
    else if (t === '[') stack.push(null);
    else if (t === '}' || t === ']') stack.pop();
    else if (t.endsWith(':')) {
      const keys = stack[stack.length - 1];
      const key = JSON.parse(t.slice(0, -1).trim()) as string;
      if (keys?.has(key)) found.push(key);
      keys?.add(key);
    }
  }
  return found;
}

/** Words filed under more than one group of `groups` (an event noun under two kinds, a change word under both directions). */
export function wordsInSeveralGroups(groups: Record<string, Record<string, unknown>>): string[] {
  const groupOf = new Map<string, string>();
  const found: string[] = [];
  for (const [group, words] of Object.entries(groups)) {
    for (const word of Object.keys(words)) {
      if (groupOf.has(word)) found.push(`'${word}' under ${groupOf.get(word)} and ${group}`);
      else groupOf.set(word, group);
    }
  }
  return found;
}

describe('lexicon files', () => {
  it('the checks catch a duplicate, a capital and a duplicate key', () => {
    assert.deepEqual(lexiconProblems({ months: ['may', 'june', 'may'] }), ["entry 'may' at months is listed twice"]);
    assert.deepEqual(lexiconProblems({ events: { fire: ['fire', 'Blaze'] } }), ["entry 'Blaze' at events.fire has capitals"]);
    assert.deepEqual(lexiconProblems({ abbreviations: { Jan: 1 } }), ["key 'Jan' at abbreviations has capitals"]);
    assert.deepEqual(lexiconProblems({ a: ['x', 'y'], b: ['x'] }), []);
    assert.deepEqual(duplicateKeys('{ "a": { "jan": 1, "feb": 2, "jan": 3 }, "b": ["jan"] }'), ['jan']);
    assert.deepEqual(wordsInSeveralGroups({ fire: { blaze: ['dated'] }, flood: { blaze: ['caused'], deluge: [] } }), ["'blaze' under fire and flood"]);
  });

  // Files that file each word under one group: a word in two groups would be two concepts at once.
  for (const [file, groupsOf] of [
    ['events.json', (data: any) => data.kinds],
    ['change.json', (data: any) => ({ rise: data.rise, fall: data.fall, either: data.either })],
  ] as const) {
    it(`${file}: each word under one group`, () => {
      assert.deepEqual(wordsInSeveralGroups(groupsOf(JSON.parse(readFileSync(join(lexicon, file), 'utf8')))), []);
    });
  }

  const files = jsonFiles(lexicon);
  it('there are lexicon files to check', () => {
    assert.ok(files.length > 0, `no JSON files under ${lexicon}`);
  });
  for (const file of files) {
    it(`${relative(lexicon, file)}: each list once, lower case, no key twice`, () => {
      const text = readFileSync(file, 'utf8');
      assert.deepEqual(duplicateKeys(text), [], 'keys given twice');
      assert.deepEqual(lexiconProblems(JSON.parse(text)), []);
    });
  }
});
