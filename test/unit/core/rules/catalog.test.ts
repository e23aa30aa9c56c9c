/**
 * The rule catalog is the one list of rules: the manifest's settings, the
 * README's rule table, the project file's schema, the docs pages and the
 * registry of checks must all agree with it, so that adding or renaming a rule
 * cannot leave one behind.
 * (The CLI's SARIF rule list and the status bar read the catalog directly.)
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SEVERITIES } from '../../../../src/core/findings';
import { CONFLICT_REASONS, RULE_CATALOG } from '../../../../src/core/rules/catalog';
import { CONTRADICTION_SUB_RULES } from '../../../../src/core/rules/contradictionRules';
import { RULE_REGISTRY } from '../../../../src/core/rules/registry';

const repo = resolve(__dirname, '../../../../..');

interface Setting {
  type: string;
  default: unknown;
  enum?: string[];
  markdownDescription?: string;
}

function manifestSettings(): Record<string, Setting> {
  const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  return manifest.contributes.configuration.properties;
}

const lowerFirst = (s: string): string => s[0].toLowerCase() + s.slice(1);

describe('rule catalog', () => {
  it('the registry has one check per catalog entry, in the catalog order', () => {
    assert.deepEqual(RULE_REGISTRY.map((r) => r.id), RULE_CATALOG.map((r) => r.id));
  });

  it('package.json has the enabled and severity settings of every rule, described as the catalog says, and none for unknown rules', () => {
    const settings = manifestSettings();
    for (const rule of RULE_CATALOG) {
      const enabled = settings[`sourceCheck.rules.${rule.id}.enabled`];
      const severity = settings[`sourceCheck.rules.${rule.id}.severity`];
      assert.ok(enabled, `sourceCheck.rules.${rule.id}.enabled missing from package.json`);
      assert.ok(severity, `sourceCheck.rules.${rule.id}.severity missing from package.json`);
      assert.equal(enabled.type, 'boolean');
      assert.equal(enabled.default, true);
      assert.equal(enabled.markdownDescription, `Report \`${rule.id}\`: ${lowerFirst(rule.description)}`);
      assert.equal(severity.default, 'default');
      assert.deepEqual(severity.enum, ['default', ...SEVERITIES]);
      assert.equal(severity.markdownDescription, `Severity of \`${rule.id}\` findings in the Problems panel.`);
    }
    const known = new Set(RULE_CATALOG.map((r) => r.id as string));
    const stray = Object.keys(settings)
      .map((key) => /^sourceCheck\.rules\.(.+)\.(?:enabled|severity)$/.exec(key)?.[1])
      .filter((id): id is string => id !== undefined && !known.has(id));
    assert.deepEqual(stray, [], 'settings for rules the catalog does not have');
  });

  it("the project file's schema (docs/schemas) names every rule, described as the catalog says, and the severities the engine knows", () => {
    const schema = JSON.parse(readFileSync(join(repo, 'docs/schemas/sourcecheck.schema.json'), 'utf8'));
    const described = Object.entries(schema.properties.rules.properties as Record<string, { description: string }>).map(([id, rule]) => [id, rule.description]);
    assert.deepEqual(described, RULE_CATALOG.map((r) => [r.id, r.description]));
    assert.deepEqual(schema.definitions.ruleId.enum, RULE_CATALOG.map((r) => r.id));
    assert.deepEqual(schema.definitions.severity.enum, SEVERITIES);
  });

  it("the README's rule table lists every rule with its default severity, description and docs page", () => {
    const readme = readFileSync(join(repo, 'README.md'), 'utf8');
    // The page is named, not linked: the README has no relative link (see test/unit/ci/packaging).
    const rows = [...readme.matchAll(/^\| `([a-z-]+)` \| (\w+) \| (.+?) \| `(docs\/rules\/[a-z-]+\.md)` \|$/gm)].map((m) => ({
      id: m[1],
      docs: m[4],
      defaultSeverity: m[2],
      description: m[3],
    }));
    assert.deepEqual(
      rows,
      RULE_CATALOG.map((r) => ({ id: r.id, docs: r.docs, defaultSeverity: r.defaultSeverity, description: r.description })),
    );
  });

  it('every rule has its documentation page, with the sections an editor needs', () => {
    for (const rule of RULE_CATALOG) {
      const path = join(repo, rule.docs);
      assert.ok(existsSync(path), `${rule.docs} missing`);
      const page = readFileSync(path, 'utf8');
      assert.match(page, new RegExp(`^# \`${rule.id}\``), `${rule.docs} starts with its rule id`);
      for (const section of ['What it flags', 'Why it matters', 'Fires on', 'Stays quiet on', 'How to silence it']) {
        assert.ok(page.includes(`## ${section}`), `${rule.docs} has no '## ${section}' section`);
      }
    }
  });

  it('.vscodeignore ships the docs pages the diagnostics link to', () => {
    const lines = readFileSync(join(repo, '.vscodeignore'), 'utf8').split(/\r?\n/);
    assert.ok(lines.includes('!docs/rules/**'), '.vscodeignore must keep docs/rules/** in the VSIX');
  });

  it('every contradiction reason is produced by a sub-rule (or, for attribution, by the quotation check), and every sub-rule id is unique', () => {
    const produced = new Set<string>(CONTRADICTION_SUB_RULES.map((r) => r.reason));
    produced.add('attribution');
    assert.deepEqual(CONFLICT_REASONS.map((r) => r.id).filter((id) => !produced.has(id)), []);
    const ids = CONTRADICTION_SUB_RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
  });

  it("the contradiction page's reason table gives every reason's phrase, and no other", () => {
    const page = readFileSync(join(repo, 'docs/rules/contradiction.md'), 'utf8');
    const table = page.slice(page.indexOf('| reason |'));
    const rows = table.split(/\r?\n/).slice(2).filter((line) => line.startsWith('|')).map((line) => line.split('|')[1].trim());
    assert.deepEqual([...rows].sort(), CONFLICT_REASONS.map((r) => r.phrase as string).sort());
  });
});
