import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// out/test/unit/ci → the repository root.
const repo = join(__dirname, '..', '..', '..', '..');

/** The commands of the README's quick-start block, comments stripped. */
function quickStartCommands(): string[] {
  const readme = readFileSync(join(repo, 'README.md'), 'utf8');
  const section = /## Quick start[^\n]*\n([\s\S]*?)(?:\n## |$)/.exec(readme);
  assert.ok(section, 'the README has a "Quick start" section');
  const block = /```\n([\s\S]*?)```/.exec(section[1]);
  assert.ok(block, 'the quick start has a code block');
  return block[1].split('\n').map((line) => line.replace(/\s+#.*$/, '').trim()).filter(Boolean);
}

/** The commands .ci/run runs: its lines that are neither set-up of the script nor progress output. */
function ciCommands(): string[] {
  const script = readFileSync(join(repo, '.ci', 'run'), 'utf8');
  return script.split('\n').map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .filter((line) => !/^(set |cd |step|export |sudo\(\) )/.test(line));
}

describe('the quick start', () => {
  it('is what CI runs, command for command (npm start, with or without --web, is the interactive one CI leaves out)', () => {
    assert.deepEqual(ciCommands(), quickStartCommands().filter((command) => !/^npm start\b/.test(command)));
  });

  it('installs exactly the Debian packages the VS Code host names as needed', async () => {
    const installer = await import(pathToFileURL(join(repo, 'test', 'host', 'install-host.mjs')).href);
    const apt = quickStartCommands().find((command) => command.includes('apt-get install'));
    assert.ok(apt, 'the quick start installs Debian packages');
    const listed = apt.replace(/.*apt-get install -y /, '').split(/\s+/);
    assert.deepEqual([...listed].sort(), [...installer.DEBIAN_PACKAGES].sort());
  });

  it('gives the host installer an npm environment without the outer npm\'s configuration', async () => {
    const installer = await import(pathToFileURL(join(repo, 'test', 'host', 'install-host.mjs')).href);
    const env = installer.npmEnvironment({ npm_config_nodedir: '/node24' }, {
      PATH: '/bin',
      HOME: '/home/editor',
      npm_config_user_agent: 'npm/11.0.0 node/v20.20.2 linux x64 workspaces/false',
      npm_config_node_gyp: '/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js',
      npm_config_nodedir: '/usr',
      npm_lifecycle_event: 'test',
      npm_package_json: '/repo/package.json',
      npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js',
      INIT_CWD: '/repo',
    });
    assert.equal(env.PATH, '/bin');
    assert.equal(env.HOME, '/home/editor');
    assert.equal(env.npm_config_nodedir, '/node24');
    for (const leaked of ['npm_config_user_agent', 'npm_config_node_gyp', 'npm_lifecycle_event', 'npm_package_json', 'npm_execpath', 'INIT_CWD']) {
      assert.equal(env[leaked], undefined, leaked);
    }
  });
});
