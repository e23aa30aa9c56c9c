import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../../../src/core/findings';
import { parseProjectFile } from '../../../../src/core/project/projectFile';

const SCHEMA = join(__dirname, '..', '..', '..', '..', '..', 'docs', 'schemas', 'sourcecheck.schema.json');

describe('project file (.sourcecheck.json)', () => {
  it('reads rules, include/exclude, ignored findings and accepted differences, with comments and trailing commas', () => {
    const { project, problems, broken } = parseProjectFile(`{
      // the desk's decisions
      "rules": { "unattributed-quote": "off", "contradiction": { "severity": "error" }, "inconsistent-figure": { "enabled": true } },
      "include": ["copy/**/*.md"],
      "exclude": ["copy/archive/**"],
      "ignoredFindings": [{ "rule": "unattributed-quote", "file": "copy/a.md", "text": "we will not back down", "note": "a slogan" }],
      "acceptedDifferences": [{ "rule": "inconsistent-figure", "file": "copy/a.md", "text": "9", "otherFile": "../wire/b.txt", "otherText": "seven" }],
    }`);
    assert.deepEqual(problems, []);
    assert.equal(broken, false);
    assert.deepEqual(project.rules, { 'unattributed-quote': { enabled: false }, contradiction: { severity: 'error' }, 'inconsistent-figure': { enabled: true } });
    assert.deepEqual(project.include, ['copy/**/*.md']);
    assert.deepEqual(project.exclude, ['copy/archive/**']);
    assert.equal(project.ignoredFindings.length, 1);
    assert.equal(project.acceptedDifferences[0].otherFile, '../wire/b.txt');
  });

  it('reads an empty file and {} as no decisions', () => {
    for (const text of ['', '{}']) {
      const parsed = parseProjectFile(text);
      assert.deepEqual(parsed.problems, []);
      assert.equal(parsed.project.include, undefined);
      assert.deepEqual(parsed.project.ignoredFindings, []);
    }
  });

  it('names the place of a syntax error and applies nothing of a broken file', () => {
    const parsed = parseProjectFile('{\n  "rules": { "contradiction": "off" \n');
    assert.equal(parsed.broken, true);
    assert.match(parsed.problems[0], /at line \d+, column \d+/);
    assert.deepEqual(parsed.project.rules, {});
    assert.equal(parseProjectFile('[1, 2]').broken, true);
  });

  it('names an unknown setting, an unknown rule, a bad severity and an incomplete entry, and keeps the rest', () => {
    const parsed = parseProjectFile(JSON.stringify({
      rule: {},
      rules: { 'made-up': 'off', contradiction: { severity: 'loud' }, 'unattributed-quote': 'off' },
      include: 'x',
      ignoredFindings: [{ rule: 'contradiction', file: 'a.txt' }, { rule: 'contradiction', file: 'a.txt', text: 'rose' }],
    }));
    assert.equal(parsed.broken, false);
    const all = parsed.problems.join('\n');
    assert.match(all, /"rule" is not a setting/);
    assert.match(all, /"rules"\."made-up" is not a rule/);
    assert.match(all, /"severity" must be one of error, warning, information, hint, not "loud"/);
    assert.match(all, /"include" must be a list of glob patterns/);
    assert.match(all, /"ignoredFindings"\[0\] needs "text"/);
    assert.deepEqual(parsed.project.rules['unattributed-quote'], { enabled: false });
    assert.equal(parsed.project.ignoredFindings.length, 1);
  });

  it('has a JSON Schema naming the same settings and exactly the engine\'s rules', () => {
    const schema = JSON.parse(readFileSync(SCHEMA, 'utf8'));
    assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), [...RULES].sort());
    assert.deepEqual([...schema.definitions.ruleId.enum].sort(), [...RULES].sort());
    assert.deepEqual(Object.keys(schema.properties).sort(), ['$schema', 'acceptedDifferences', 'exclude', 'ignoredFindings', 'include', 'rules']);
    // Every property the schema allows, the parser reads without a problem.
    const example = {
      $schema: 'x',
      rules: { contradiction: { enabled: false, severity: 'default' }, 'inconsistent-figure': 'hint', 'unattributed-quote': false },
      include: ['**/*.md'],
      exclude: [],
      ignoredFindings: [{ rule: 'contradiction', file: 'a', text: 'b', note: 'c' }],
      acceptedDifferences: [{ rule: 'contradiction', file: 'a', text: 'b', otherFile: 'c', otherText: 'd', note: 'e' }],
    };
    assert.deepEqual(parseProjectFile(JSON.stringify(example)).problems, []);
  });
});
