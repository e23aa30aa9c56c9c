#!/usr/bin/env node
// `npm run test:integration`: runs the mocha suite of test/integration (built
// into out/test/integration by `npm run build`) inside a real VS Code
// extension host, through @vscode/test-electron's runTests.
//
// Which VS Code: the desktop one whose executable VSCODE_EXECUTABLE names (the
// Electron binary, as runTests wants it: /usr/share/code/code on Linux,
// ".../Visual Studio Code.app/Contents/MacOS/Electron" on macOS); otherwise —
// on every machine of ours and in CI, which cannot download VS Code — the
// browser-hosted VS Code of test/host (code-server in headless Chromium),
// installed on first use.
//
// The window opens a fresh copy of test/fixtures/workspace, so tests may edit
// and delete files freely. SOURCECHECK_TEST_GREP runs only matching tests;
// SOURCECHECK_HOST_TIMEOUT (seconds) bounds the browser-hosted run;
// SOURCECHECK_HOST_VERBOSE=1 shows everything code-server and the page print.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';
import { installHost, isHostInstallError } from './install-host.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// The benchmark (test/bench/hostBench.mjs) runs its own module in another workspace through this same path.
const extensionTestsPath = process.env.SOURCECHECK_TESTS_MODULE ?? path.join(repo, 'out', 'test', 'integration', 'index');
const fixture = process.env.SOURCECHECK_WORKSPACE_FIXTURE ?? path.join(repo, 'test', 'fixtures', 'workspace');

async function vscodeExecutable() {
    if (process.env.VSCODE_EXECUTABLE) return process.env.VSCODE_EXECUTABLE;
    await installHost();
    return path.join(repo, 'test', 'host', 'code.mjs');
}

// The second window: a two-folder workspace (a window cannot become multi-root inside a test).
const multiRoot = {
    fixture: path.join(repo, 'test', 'fixtures', 'multi-root'),
    workspaceFile: 'story.code-workspace',
    testsPath: path.join(repo, 'out', 'test', 'multiroot', 'index'),
};

async function main() {
    const suites = [{ fixture, testsPath: extensionTestsPath, workspaceFile: undefined }];
    // The benchmark brings its own module and workspace; SOURCECHECK_TEST_GREP narrows the run to matching titles.
    if (!process.env.SOURCECHECK_TESTS_MODULE) suites.push({ fixture: multiRoot.fixture, testsPath: multiRoot.testsPath, workspaceFile: multiRoot.workspaceFile });
    for (const built of [path.join(repo, 'out', 'extension.js'), ...suites.map((s) => `${s.testsPath}.js`)]) {
        if (!fs.existsSync(built)) {
            console.error(`[integration] ${path.relative(repo, built)} is missing: run \`npm run build\` first`);
            return 1;
        }
    }
    const vscodeExecutablePath = await vscodeExecutable();
    // Every window runs, so one failure does not hide the other's results; the first failure's code is the run's.
    let result = 0;
    for (const suite of suites) {
        const code = await runSuite(vscodeExecutablePath, suite);
        if (result === 0) result = code;
    }
    return result;
}

async function runSuite(vscodeExecutablePath, suite) {
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcecheck-workspace-'));
    fs.cpSync(suite.fixture, workspace, { recursive: true });
    try {
        await runTests({
            vscodeExecutablePath,
            extensionDevelopmentPath: repo,
            extensionTestsPath: suite.testsPath,
            // A desktop VS Code would otherwise also load the user's installed extensions.
            launchArgs: [suite.workspaceFile ? path.join(workspace, suite.workspaceFile) : workspace, '--disable-extensions'],
        });
        return 0;
    } catch (error) {
        // runTests rejects with the exit code when the tests fail; it has
        // already printed their output.
        if (typeof error?.code === 'number') return error.code || 1;
        console.error(`[integration] ${error?.message ?? error}`);
        return 1;
    } finally {
        fs.rmSync(workspace, { recursive: true, force: true });
    }
}

main().then((code) => {
    process.exitCode = code;
}, (error) => {
    console.error(`[integration] ${isHostInstallError(error) ? error.message : error.stack ?? error}`);
    process.exitCode = 1;
});
