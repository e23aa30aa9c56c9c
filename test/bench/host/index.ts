// The extension's speed in a real VS Code (loaded as extensionTestsPath by
// test/bench/hostBench.mjs, not by the test suite): how long activation took,
// and the longest stretch the extension host's main thread was busy while a
// folder of articles arrived in the workspace and while the whole workspace
// was checked. Prints one line `HOSTBENCH {json}` for the caller to read.
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { SourceCheckApi } from '../../../src/extension/extension';

/** Watches the event loop: the longest gap between timer ticks is the longest the thread was busy. */
class BusyMonitor {
  private last = performance.now();
  /** The three longest stretches, longest first. */
  readonly longest: number[] = [0, 0, 0];
  private readonly timer = setInterval(() => {
    const now = performance.now();
    // A 5 ms timer that fires late was held up by work on the thread.
    const busy = now - this.last - 5;
    this.last = now;
    if (busy > this.longest[2]) {
      this.longest[2] = busy;
      this.longest.sort((a, b) => b - a);
    }
  }, 5);

  stop(): number[] {
    clearInterval(this.timer);
    return this.longest.map((ms) => Number(Math.max(0, ms).toFixed(1)));
  }
}

async function waitFor(what: string, probe: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function run(): Promise<void> {
  const staging = process.env.SOURCECHECK_BENCH_STAGING;
  if (!staging) throw new Error('SOURCECHECK_BENCH_STAGING names no folder of articles');
  const extension = vscode.extensions.getExtension<SourceCheckApi>('sourcecheck.sourcecheck');
  if (!extension) throw new Error('the extension is not loaded');
  const api = await extension.activate();
  await api.whenIdle();
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder');

  // 1. A folder of articles arrives (a sync or a checkout): loading and checking them.
  const names = fs.readdirSync(staging).filter((n) => n.endsWith('.txt'));
  const texts = names.map((n) => fs.readFileSync(path.join(staging, n)));
  const before = api.corpus.size;
  const loadMonitor = new BusyMonitor();
  const loadStart = performance.now();
  const target = vscode.Uri.joinPath(folder.uri, 'incoming');
  await vscode.workspace.fs.createDirectory(target);
  await Promise.all(names.map((n, i) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(target, n), texts[i])));
  await waitFor('the new articles loaded', () => api.corpus.size >= before + names.length, 300_000);
  await api.whenIdle();
  const loadMs = performance.now() - loadStart;
  const loadBusyMs = loadMonitor.stop();

  // 2. Source Check: Check Workspace over everything.
  const checkMonitor = new BusyMonitor();
  const checkStart = performance.now();
  await vscode.commands.executeCommand('sourcecheck.checkWorkspace');
  await api.whenIdle();
  const checkMs = performance.now() - checkStart;
  const checkBusyMs = checkMonitor.stop();

  console.log(
    'HOSTBENCH ' +
      JSON.stringify({
        articles: api.corpus.size,
        activationMs: Number(api.activationMs.toFixed(1)),
        workspaceLoadMs: Math.round(loadMs),
        workspaceLoadMaxBusyMs: loadBusyMs[0],
        workspaceLoadTop3BusyMs: loadBusyMs,
        checkWorkspaceMs: Math.round(checkMs),
        checkWorkspaceMaxBusyMs: checkBusyMs[0],
        checkWorkspaceTop3BusyMs: checkBusyMs,
      }),
  );
}
