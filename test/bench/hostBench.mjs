#!/usr/bin/env node
// The real-host half of `npm run bench`: writes a folder of generated articles
// (the same generator as the engine benchmark) for the extension to load, and
// runs test/bench/host/index.ts inside a real VS Code through the integration
// runner. Prints the `HOSTBENCH {json}` line that module prints, and exits
// non-zero when the host cannot run.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const benchDir = path.join(repo, 'out', 'test', 'bench');
const { seedStories, articles } = require(path.join(benchDir, 'workspace.js'));

const count = Number(process.env.BENCH_HOST_ARTICLES ?? 300);
const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcecheck-bench-articles-'));
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcecheck-bench-workspace-'));
// Half the articles are in the workspace when it opens (start-up load), half arrive later.
const generated = articles(count, seedStories(benchDir));
const atStartup = Math.floor(generated.length / 2);
generated.forEach(([id, text], i) => fs.writeFileSync(path.join(i < atStartup ? workspace : staging, id.replace(/\//g, '_')), text));

const child = spawn(process.execPath, [path.join(repo, 'test', 'host', 'run-integration.mjs')], {
    env: {
        ...process.env,
        SOURCECHECK_TESTS_MODULE: path.join(repo, 'out', 'test', 'bench', 'host', 'index'),
        SOURCECHECK_WORKSPACE_FIXTURE: workspace,
        SOURCECHECK_BENCH_STAGING: staging,
        SOURCECHECK_BENCH_STARTUP: String(atStartup),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
});
let output = '';
child.stdout.on('data', (chunk) => {
    output += chunk;
});
child.on('close', (code) => {
    fs.rmSync(staging, { recursive: true, force: true });
    fs.rmSync(workspace, { recursive: true, force: true });
    const line = output.split('\n').find((l) => l.includes('HOSTBENCH '));
    if (code !== 0 || !line) {
        process.stderr.write(output.slice(-4000));
        process.exitCode = code || 1;
        return;
    }
    console.log(line.slice(line.indexOf('HOSTBENCH ')));
});
