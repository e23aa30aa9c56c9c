#!/usr/bin/env node
// Stands in for the `code` executable of a desktop VS Code, for
// @vscode/test-electron's runTests({ vscodeExecutablePath }): it takes the
// arguments runTests passes and runs the tests in the browser-hosted VS Code
// (code-server + Chromium), exiting with the tests' exit code.
//
//   code.mjs --extensionDevelopmentPath=DIR --extensionTestsPath=MODULE [WORKSPACE] [other flags]
//
// The other flags runTests adds (--no-sandbox, --disable-extensions,
// --user-data-dir=…, …) are for an Electron VS Code and are ignored: the
// browser host always starts with its own private, empty profile.

import path from 'node:path';
import { installHost, isHostInstallError } from './install-host.mjs';
import { exitOnSignals, runExtensionTests, testTimeoutMs } from './code-server-host.mjs';

function parseArguments(argv) {
    const options = { workspace: undefined, extensionDevelopmentPath: undefined, extensionTestsPath: undefined };
    for (const argument of argv) {
        const flag = /^--([^=]+)(?:=(.*))?$/.exec(argument);
        if (!flag) {
            options.workspace ??= path.resolve(argument);
        } else if (flag[1] === 'extensionDevelopmentPath' || flag[1] === 'extensionTestsPath') {
            options[flag[1]] = path.resolve(flag[2] ?? '');
        }
    }
    if (!options.extensionDevelopmentPath || !options.extensionTestsPath) {
        throw new Error('usage: code.mjs --extensionDevelopmentPath=DIR --extensionTestsPath=MODULE [WORKSPACE]');
    }
    // A window needs a folder; the extension's own folder is what a desktop
    // VS Code would show when given none.
    options.workspace ??= options.extensionDevelopmentPath;
    return options;
}

// runTests passes on Ctrl-C as SIGINT.
exitOnSignals();
try {
    const options = parseArguments(process.argv.slice(2));
    const host = await installHost();
    process.exitCode = await runExtensionTests(host, { ...options, timeoutMs: testTimeoutMs() });
} catch (error) {
    console.error(`[host] ${isHostInstallError(error) ? error.message : error.stack ?? error}`);
    process.exitCode = 1;
}
