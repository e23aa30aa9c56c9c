// The engine's worker in the browser: a Web Worker running out/web/engine.js.
// Chosen through package.json's "imports" (#engine-worker, condition
// "browser"), so that the browser build holds nothing of Node.
import type * as vscode from 'vscode';
import type { StartWorker } from './transport';
import { webWorkerStarter } from './webTransport';

export function engineWorker(extensionUri: vscode.Uri): StartWorker {
  return webWorkerStarter(extensionUri.with({ path: `${extensionUri.path.replace(/\/$/, '')}/out/web/engine.js` }).toString(true));
}
