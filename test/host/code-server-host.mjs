// A real VS Code window without a desktop VS Code: code-server (VS Code OSS
// with its Node extension host) on a loopback port, opened in Debian's
// Chromium driven by playwright-core. Everything it writes (code-server's
// config, user data, extensions, Chromium's profile, crash folders, sockets)
// goes into one private temporary folder that is deleted on close, so runs
// neither read nor change the user's own VS Code or code-server setup.
// The facts this rests on are in ../shared/VSCODE-HOST.md.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { chromium } from 'playwright-core';

const VERBOSE = !!process.env.SOURCECHECK_HOST_VERBOSE;

// A window that starts with nothing to show and nothing to ask (no welcome
// page, telemetry, update or recommendation pop-ups, AI side bar) and shows
// an article as prose: wrapped, without minimap or word highlights.
const QUIET_SETTINGS = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'security.workspace.trust.enabled': false,
    'chat.disableAIFeatures': true,
    'git.enabled': false,
    'git.autoRepositoryDetection': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'editor.wordWrap': 'on',
    'editor.minimap.enabled': false,
    'editor.occurrencesHighlight': 'off',
};

// The page relays the workbench's own log and the extension host's console
// through one channel. These lines are printed by every run and say nothing
// about the extension under test: the workbench's start-up, the marketplace
// (open-vsx.org) and GitHub that cannot be reached from here, and the built-in
// chat/agent host. They are kept for the dump shown when a run goes wrong.
const NOISE = [
    /^Resolv(ing|ed) connection token /,
    /^Creating a socket \(renderer-/,
    /^\[(reconnection-grace-time|Service Worker|AccountPolicyGate|AgentHost[^\]]*|chat[^\]]*|mcp[^\]]*)\]/i,
    /^Updating additional builtin extensions cache$/,
    /^Creation of workbench contribution '[^']+' took \d+ms\.$/,
    /open-vsx\.org/,
    /github\.com.*(ENOTFOUND|EAI_AGAIN)|authentication provider.*github|github.*authentication provider/i,
];

const WORKBENCH_STACK = /\n\s+at .*https?:\/\/[^/]+\/stable-[0-9a-f]+\/static\/out\/vs\//;

export function isNoise(line) {
    return NOISE.some((pattern) => pattern.test(line));
}

/**
 * Keeps the last lines code-server and the page printed, to show them when a
 * run goes wrong (or all of them, as they come, with SOURCECHECK_HOST_VERBOSE=1).
 */
class RecentLines {
    constructor(limit = 40) {
        this.limit = limit;
        this.lines = [];
    }
    add(prefix, text) {
        let lines = String(text).split(/\r?\n/).filter((line) => line.trim());
        // A filtered message is known noise: its first line is enough to place it.
        if (!VERBOSE && isNoise(lines[0] ?? '')) lines = lines.slice(0, 1).map((line) => `(filtered) ${line}`);
        for (const line of lines) {
            this.lines.push(`${prefix}${line}`);
            if (this.lines.length > this.limit) this.lines.shift();
            if (VERBOSE) process.stderr.write(`${prefix}${line}\n`);
        }
    }
    dump(title) {
        if (this.lines.length === 0 || VERBOSE) return;
        process.stderr.write(`--- ${title}, last ${this.lines.length} lines (SOURCECHECK_HOST_VERBOSE=1 shows all) ---\n`
            + this.lines.join('\n') + '\n---\n');
    }
}

/**
 * Starts code-server in a fresh private folder, on `port` of the loopback
 * interface (0: any free port). Returns the running server:
 * { origin, authority, scratch, log, remoteUri(path), workbenchUrl(...), close() }.
 */
export async function startCodeServer(host, { port = 0, startTimeoutMs = 60_000 } = {}) {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcecheck-host-'));
    const dirs = Object.fromEntries(['user-data', 'extensions', 'xdg-config', 'xdg-data', 'xdg-cache', 'tmp']
        .map((name) => [name, path.join(scratch, name)]));
    for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
    fs.mkdirSync(path.join(dirs['user-data'], 'User'));
    fs.writeFileSync(path.join(dirs['user-data'], 'User', 'settings.json'), JSON.stringify(QUIET_SETTINGS, null, 2));
    // Without a config file of its own code-server writes one, with a
    // password, into the user's ~/.config.
    const config = path.join(scratch, 'config.yaml');
    fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);

    const log = new RecentLines();
    const child = spawn(host.node, [
        host.codeServerEntry,
        '--config', config,
        // Port 0 (the default): the system picks a free port and code-server
        // prints it, so parallel runs never race for one.
        '--bind-addr', `127.0.0.1:${port}`,
        '--auth', 'none',
        '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
        '--disable-getting-started-override', '--ignore-last-opened',
        '--user-data-dir', dirs['user-data'],
        '--extensions-dir', dirs.extensions,
        // Without it VS Code 1.139 ignores the test payload of the page URL.
        '--vscode-option', 'enable-smoke-test-driver',
    ], {
        // Its own process group, so that closing ends code-server and every
        // extension host, pty host and file watcher it started, and nothing else.
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        // The extension host inherits this environment; XDG_* keep code-server's
        // logs, state and device id out of the user's home.
        env: {
            ...process.env,
            XDG_CONFIG_HOME: dirs['xdg-config'],
            XDG_DATA_HOME: dirs['xdg-data'],
            XDG_CACHE_HOME: dirs['xdg-cache'],
            TMPDIR: dirs.tmp,
        },
    });
    let exited = false;
    const exitPromise = new Promise((resolve) => child.on('exit', (code, signal) => {
        exited = true;
        resolve(signal ?? code);
    }));
    // If this process ends without close() (an uncaught error, Ctrl-C through
    // exitOnSignals), code-server's group, being detached, would live on.
    const stopAtExit = () => {
        signalGroup(child.pid, 'SIGKILL');
        fs.rmSync(scratch, { recursive: true, force: true });
    };
    process.on('exit', stopAtExit);

    const server = {
        scratch,
        log,
        child,
        /** Resolves with code-server's exit code or signal when it ends. */
        exited: exitPromise,
        origin: '',
        authority: '',
        /** The URI by which the workbench names a path on this machine. */
        remoteUri: (absolutePath) => `vscode-remote://${server.authority}${path.resolve(absolutePath)}`,
        /** The workbench page opening `folder` (or a multi-root `.code-workspace` file), with a payload of [key, value] pairs. */
        workbenchUrl: ({ folder, payload = [] }) => `${server.origin}/?${folder.endsWith('.code-workspace') ? 'workspace' : 'folder'}=${encodeURIComponent(server.remoteUri(folder))}`
            + `&payload=${encodeURIComponent(JSON.stringify(payload))}`,
        close: async () => {
            if (!exited) {
                signalGroup(child.pid, 'SIGTERM');
                // An unref'd timer: once code-server is gone it must not keep this process up.
                const grace = new Promise((resolve) => setTimeout(resolve, 5000, false).unref());
                const stopped = await Promise.race([exitPromise.then(() => true), grace]);
                if (!stopped) signalGroup(child.pid, 'SIGKILL');
            }
            // Extension hosts of the group may outlive code-server for a moment.
            signalGroup(child.pid, 'SIGKILL');
            fs.rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
            process.off('exit', stopAtExit);
        },
    };

    try {
        server.origin = await new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`code-server did not start within ${startTimeoutMs / 1000} s`)), startTimeoutMs);
            let printed = '';
            const watch = (chunk) => {
                log.add('[code-server] ', chunk);
                printed += chunk;
                const listening = /HTTP server listening on (http:\/\/[^\s/]+)/.exec(printed);
                if (listening) {
                    clearTimeout(timer);
                    resolve(listening[1]);
                }
            };
            child.stdout.on('data', watch);
            child.stderr.on('data', watch);
            exitPromise.then((code) => {
                clearTimeout(timer);
                reject(new Error(`code-server exited (${code}) before it listened`));
            });
        });
    } catch (error) {
        log.dump('code-server output');
        await server.close();
        throw error;
    }
    server.authority = new URL(server.origin).host;
    return server;
}

function signalGroup(pid, signal) {
    try {
        process.kill(-pid, signal);
    } catch {
        // The group is already gone.
    }
}

/**
 * Makes Ctrl-C and SIGTERM end this process through process.exit, so that the
 * exit hooks run: startCodeServer's (code-server and the private folder) and
 * playwright's (Chromium).
 */
export function exitOnSignals() {
    for (const signal of ['SIGINT', 'SIGTERM']) {
        process.once(signal, () => {
            process.stderr.write(`[host] ${signal}: closing the VS Code host\n`);
            process.exit(130);
        });
    }
}

/**
 * Debian's Chromium, headless, with the flags that keep it off the (closed)
 * network. Its profile, crash reports and sockets go under `server.scratch`.
 */
export async function launchChromium(host, server, { viewport = { width: 1280, height: 800 } } = {}) {
    const [config, cache, tmp] = ['config', 'cache', 'tmp'].map((name) => path.join(server.scratch, `chromium-${name}`));
    for (const dir of [config, cache, tmp]) fs.mkdirSync(dir, { recursive: true });
    const browser = await chromium.launch({
        executablePath: host.chromium,
        headless: true,
        args: [
            '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync',
            '--disable-dev-shm-usage',
        ],
        env: { ...process.env, XDG_CONFIG_HOME: config, XDG_CACHE_HOME: cache, TMPDIR: tmp },
    });
    const page = await browser.newPage({ viewport });
    // The page's console repeats what codeAutomationLog relays; only its
    // uncaught errors are new (a workbench that fails to start says so there).
    if (VERBOSE) page.on('console', (message) => server.log.add(`[page ${message.type()}] `, message.text()));
    page.on('pageerror', (error) => server.log.add('[page error] ', error.message));
    return { browser, page };
}

/**
 * What the tests' window reports through the workbench's automation hooks:
 * every console line of the extension host (`codeAutomationLog`, handed to
 * `onLog` with whether the tests have finished) and the tests' exit code
 * (`codeAutomationExit`, which `result` resolves to).
 */
export async function receiveTestResults(page, onLog) {
    let finished = false;
    let reportExit;
    const result = new Promise((resolve) => {
        reportExit = resolve;
    });
    await page.exposeFunction('codeAutomationExit', (code) => {
        finished = true;
        reportExit(Number(code));
    });
    await page.exposeFunction('codeAutomationLog', (type, args) => onLog(type, util.format(...(Array.isArray(args) ? args : [args])), finished));
    // In an object: an async function's returned promise would be awaited with it.
    return { result };
}

/**
 * Opens a window on `workspace` with the extension at
 * `extensionDevelopmentPath` in development mode and runs the tests module at
 * `extensionTestsPath` (whose `run()` resolves or rejects, as for
 * @vscode/test-electron). Prints the extension host's console and returns the
 * exit code the tests reported: 0 passed, non-zero failed, 1 on a timeout.
 */
export async function runExtensionTests(host, { extensionDevelopmentPath, extensionTestsPath, workspace, timeoutMs }) {
    const started = Date.now();
    const server = await startCodeServer(host);
    let browser;
    try {
        const { browser: launched, page } = await launchChromium(host, server);
        browser = launched;
        const { result } = await receiveTestResults(page, (type, text, finished) => {
            // After the result, the workbench tears the extension host down
            // and logs the requests that this cancels.
            if (finished || isNoise(text)) {
                server.log.add('[workbench] ', text);
                return;
            }
            const stream = type === 'error' || type === 'warn' ? process.stderr : process.stdout;
            // An error raised inside the workbench's own code (its stack is in
            // the page's scripts, not in an extension) is told in one line.
            if (WORKBENCH_STACK.test(text)) {
                server.log.add('[workbench] ', text);
                stream.write(`[workbench] ${text.split('\n')[0]}\n`);
                return;
            }
            stream.write(`${text}\n`);
        });
        const url = server.workbenchUrl({
            folder: workspace,
            payload: [
                ['extensionDevelopmentPath', server.remoteUri(extensionDevelopmentPath)],
                ['extensionTestsPath', server.remoteUri(extensionTestsPath)],
                ['skipWelcome', 'true'],
                ['skipReleaseNotes', 'true'],
            ],
        });
        await page.goto(url);
        let timer;
        const timeout = new Promise((resolve) => {
            timer = setTimeout(() => resolve(`the tests did not finish within ${timeoutMs / 1000} s `
                + '(SOURCECHECK_HOST_TIMEOUT sets the limit in seconds)'), timeoutMs);
        });
        // Fail at once, not at the time limit, when the window can no longer report.
        const crashed = new Promise((resolve) => page.once('crash', () => resolve('the VS Code page crashed')));
        const serverGone = server.exited.then((how) => `code-server ended (${how}) before the tests did`);
        const code = await Promise.race([result, timeout, crashed, serverGone]);
        clearTimeout(timer);
        if (typeof code === 'string') {
            process.stderr.write(`[host] ${code}\n`);
            server.log.dump('code-server and workbench output');
            return 1;
        }
        if (VERBOSE) process.stderr.write(`[host] tests exited ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
        return code;
    } finally {
        await browser?.close().catch(() => {});
        await server.close();
    }
}

/** The test run's time limit: SOURCECHECK_HOST_TIMEOUT seconds, 600 by default (one window of the suite on a busy two-core machine takes 2–5 minutes; a hang still fails). */
export function testTimeoutMs() {
    const seconds = Number(process.env.SOURCECHECK_HOST_TIMEOUT);
    return (Number.isFinite(seconds) && seconds > 0 ? seconds : 600) * 1000;
}
