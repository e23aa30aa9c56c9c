#!/usr/bin/env node
// `npm run test:web`: the browser build (out/web/extension.js) in VS Code for
// the Web, with the tests of test/web (bundled into out/web/tests.js by
// `npm run build`), on a fresh copy of the sample articles (test/samples).
// SOURCECHECK_HOST_TIMEOUT (seconds) bounds the run; SOURCECHECK_HOST_VERBOSE=1
// shows everything the server and the page print.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isHostInstallError } from './install-host.mjs';
import { installWebHost, runWebTests } from './web-host.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

async function main() {
    const tests = path.join(repo, 'out', 'web', 'tests.js');
    for (const built of [path.join(repo, 'out', 'web', 'extension.js'), tests]) {
        if (!fs.existsSync(built)) {
            console.error(`[web] ${path.relative(repo, built)} is missing: run \`npm run build\` first`);
            return 1;
        }
    }
    const host = await installWebHost();
    const seconds = Number(process.env.SOURCECHECK_HOST_TIMEOUT);
    const started = Date.now();
    const code = await runWebTests(host, {
        extensionDevelopmentPath: repo,
        extensionTestsPath: tests,
        fixture: path.join(repo, 'test', 'samples'),
        timeoutMs: (Number.isFinite(seconds) && seconds > 0 ? seconds : 300) * 1000,
    });
    console.log(`[web] ${code === 0 ? 'passed' : 'failed'} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return code;
}

main().then((code) => {
    process.exitCode = code;
}, (error) => {
    console.error(`[web] ${isHostInstallError(error) ? error.message : error.stack ?? error}`);
    process.exitCode = 1;
});
