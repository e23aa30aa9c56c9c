#!/usr/bin/env node
// `npm start`: the product on the sample articles (test/samples), in VS Code.
//
//   node test/host/start.mjs                   a window to use, until Ctrl-C
//   node test/host/start.mjs --port 8080       the same on a fixed port (to forward it)
//   node test/host/start.mjs --web [--port N]  the browser build (out/web/extension.js) in VS Code
//                                              for the Web, as on vscode.dev, until Ctrl-C
//   node test/host/start.mjs --screenshot F    a PNG of an article with its findings: a
//                                              finding's hover and the Problems panel
//                            [--file NAME]     (which sample; default: the first one)
//                            [--hover 'words'] … hovering the given words instead (a quotation
//                                              shows its speaker), without the panel
//                            [--compare]       … the comparison view beside the article instead,
//                                              through Compare Articles… in the command palette
//
// With a desktop VS Code (`code` on PATH) it opens the samples in it with the
// extension loaded from this folder. Without one it serves the browser-hosted
// VS Code of test/host (code-server) on loopback and prints the address to
// open; the extension is loaded in development mode, as F5 would, from the
// built out/extension.js (`npm start` builds first).

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installHost, isHostInstallError } from './install-host.mjs';
import { exitOnSignals, launchChromium, startCodeServer } from './code-server-host.mjs';
import { installWebHost, serveWeb } from './web-host.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const samples = path.join(repo, 'test', 'samples');

function parseArguments(argv) {
    const options = { screenshot: undefined, file: undefined, port: 0, hover: undefined, compare: false, web: false };
    for (let i = 0; i < argv.length; i++) {
        const [name, inline] = argv[i].split(/=(.*)/s);
        const value = () => inline ?? argv[++i];
        if (name === '--screenshot') options.screenshot = path.resolve(value());
        else if (name === '--file') options.file = value();
        else if (name === '--port') options.port = Number(value());
        else if (name === '--hover') options.hover = value();
        else if (name === '--compare') options.compare = true;
        else if (name === '--web') options.web = true;
        else throw new Error(`unknown argument ${argv[i]}\nusage: start.mjs [--web] [--port N] [--screenshot FILE.png [--file SAMPLE] [--hover TEXT | --compare]]`);
    }
    if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) throw new Error('--port takes a port number');
    return options;
}

function desktopCode() {
    return spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** The workbench page: the samples folder, the extension in development mode, and `openFile` if given. */
function pageUrl(server, openFile) {
    const payload = [
        ['extensionDevelopmentPath', server.remoteUri(repo)],
        ['skipWelcome', 'true'],
        ['skipReleaseNotes', 'true'],
    ];
    if (openFile) payload.push(['openFile', server.remoteUri(openFile)]);
    return server.workbenchUrl({ folder: samples, payload });
}

async function serve(host, port) {
    const server = await startCodeServer(host, { port });
    console.log('Source Check on the sample articles, in VS Code (code-server):\n');
    console.log(`  ${pageUrl(server)}\n`);
    console.log('Open that address in a browser on this machine (or forward the port: '
        + `ssh -L ${new URL(server.origin).port}:127.0.0.1:${new URL(server.origin).port} …).`);
    console.log('Press Ctrl-C to stop.');
    // Ctrl-C ends the process (exitOnSignals), and with it code-server.
    const how = await server.exited;
    server.log.dump('code-server output');
    throw new Error(`code-server ended (${how})`);
}

/** Runs the command titled `title` through the command palette (F1), as a user would. */
async function runFromPalette(page, title) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 10_000 });
    await page.keyboard.type(title);
    await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: title.split(': ').pop() })
        .first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    // The command's own quick pick (if any) replaces the palette's list: wait for the palette's to go.
    await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: title.split(': ').pop() })
        .first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => {});
}

// What an editor sees: the article with its squiggles, the hover of one
// finding, and the Problems panel listing them all (or, with `hover`, the
// hover of the given words; with `compare`, the comparison view beside it).
async function screenshot(host, output, file, { hover, compare } = {}) {
    const article = path.join(samples, file ?? fs.readdirSync(samples).filter((name) => /\.(txt|md)$/.test(name)).sort()[0]);
    if (!fs.existsSync(article)) throw new Error(`no sample ${article}`);
    const server = await startCodeServer(host);
    let browser;
    try {
        const launched = await launchChromium(host, server, { viewport: { width: 1400, height: 900 } });
        browser = launched.browser;
        const { page } = launched;
        await page.goto(pageUrl(server, article));
        await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 60_000 });
        const squiggle = page.locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, '
            + '.monaco-editor .squiggly-info, .monaco-editor .squiggly-hint').first();
        let found = true;
        let shown = true;
        try {
            await squiggle.waitFor({ timeout: 30_000 });
        } catch {
            found = false;
        }
        if (found && compare) {
            // Source Check: Compare Articles… from the command palette, then the other sample from its quick pick.
            await runFromPalette(page, 'Source Check: Compare Articles');
            const other = page.locator('.quick-input-widget .quick-input-list .monaco-list-row').first();
            await other.waitFor({ timeout: 10_000 });
            await page.keyboard.press('Enter');
            // The comparison beside the article; the side bar closed to give both room.
            const table = page.frameLocator('iframe.webview').frameLocator('#active-frame').locator('#comparison table').first();
            try {
                await table.waitFor({ timeout: 20_000 });
            } catch {
                shown = false;
            }
            await page.keyboard.press('Control+B');
            await page.waitForTimeout(1500);
        } else if (found && hover) {
            // Hover the middle of the given words, wherever the editor has laid them out (a
            // wrapped line breaks them over two view lines; Monaco shows spaces as U+00A0).
            const point = await page.evaluate((words) => {
                const lines = [...document.querySelectorAll('.monaco-editor .view-lines .view-line')]
                    .sort((x, y) => x.getBoundingClientRect().top - y.getBoundingClientRect().top);
                const chars = [];
                for (const line of lines) {
                    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
                    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                        [...node.textContent].forEach((c, i) => {
                            if (!/\s/.test(c)) chars.push({ c, node, i });
                        });
                    }
                }
                const wanted = words.replace(/\s+/g, '');
                const at = chars.map((x) => x.c).join('').indexOf(wanted);
                if (at < 0) return undefined;
                const middle = chars[at + Math.floor(wanted.length / 2)];
                const range = document.createRange();
                range.setStart(middle.node, middle.i);
                range.setEnd(middle.node, middle.i + 1);
                const r = range.getBoundingClientRect();
                return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
            }, hover);
            if (!point) throw new Error(`the words '${hover}' are not on the screen`);
            await page.mouse.move(point.x, point.y);
            try {
                await page.locator('.monaco-hover-content').first().waitFor({ timeout: 10_000 });
            } catch {
                shown = false;
            }
            await page.waitForTimeout(800);
        } else if (found) {
            await page.keyboard.press('Control+Shift+M');
            await page.locator('.markers-panel').first().waitFor({ timeout: 10_000 }).catch(() => {});
            // The panel takes room from the editor: find the squiggle again after the layout settles.
            await page.waitForTimeout(1000);
            const box = await squiggle.boundingBox();
            if (box) {
                await page.mouse.move(box.x + Math.min(box.width / 2, 40), box.y + box.height / 2);
                await page.locator('.monaco-hover-content').first().waitFor({ timeout: 10_000 }).catch(() => {});
                await page.waitForTimeout(500);
            }
        }
        fs.mkdirSync(path.dirname(output), { recursive: true });
        await page.screenshot({ path: output });
        console.log(`[start] saved ${output} (${path.basename(article)})`);
        if (!found) {
            console.error('[start] no finding was shown within 30 s: the screenshot shows the article without squiggles');
            return 1;
        }
        if (!shown) {
            console.error(`[start] the ${compare ? 'comparison view' : 'hover'} did not appear: the screenshot shows the article without it`);
            return 1;
        }
        return 0;
    } finally {
        await browser?.close().catch(() => {});
        await server.close();
    }
}

/** The browser build on a copy of the samples (the web workbench's folder is writable), until Ctrl-C. */
async function serveForTheWeb(port) {
    const host = await installWebHost();
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcecheck-samples-'));
    fs.cpSync(samples, folder, { recursive: true });
    process.on('exit', () => fs.rmSync(folder, { recursive: true, force: true }));
    const served = await serveWeb(host, { extensionDevelopmentPath: repo, folder, port });
    console.log('Source Check on the sample articles, in VS Code for the Web (the browser build):\n');
    console.log(`  ${served.url}\n`);
    console.log(`Open that address in Chromium or Chrome on this machine (or forward the port: ssh -L ${new URL(served.url).port}:localhost:${new URL(served.url).port} …).`);
    console.log('Press Ctrl-C to stop.');
    await new Promise(() => {});
}

async function main() {
    const options = parseArguments(process.argv.slice(2));
    if (options.web) {
        if (options.screenshot) throw new Error('--web serves the browser build; --screenshot uses the desktop build');
        exitOnSignals();
        return serveForTheWeb(options.port);
    }
    if (!options.screenshot && desktopCode()) {
        console.log(`[start] opening ${path.relative(repo, samples)} in VS Code with the extension from ${repo}`);
        spawn('code', [`--extensionDevelopmentPath=${repo}`, samples], { stdio: 'inherit' });
        return 0;
    }
    exitOnSignals();
    const host = await installHost();
    if (options.screenshot) return screenshot(host, options.screenshot, options.file, options);
    await serve(host, options.port);
    return 0;
}

main().then((code) => {
    process.exitCode = code;
}, (error) => {
    console.error(`[start] ${isHostInstallError(error) ? error.message : error.message ?? error}`);
    process.exitCode = 1;
});
