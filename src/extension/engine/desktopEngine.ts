// The engine's worker on the desktop: a worker_threads Worker running
// out/engine.js. Chosen through package.json's "imports" (#engine-worker),
// so that the browser build never holds it.
import type * as vscode from 'vscode';
import { nodeWorkerStarter } from './nodeTransport';
import type { StartWorker } from './transport';

export function engineWorker(extensionUri: vscode.Uri): StartWorker {
  return nodeWorkerStarter(extensionUri.with({ path: `${extensionUri.path.replace(/\/$/, '')}/out/engine.js` }).fsPath);
}
