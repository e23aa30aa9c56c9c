// What every integration test file needs: waiting for the extension to catch
// up, naming files of the workspace copy, and reading Source Check's own
// diagnostics. (Not a *.test.ts file, so index.ts does not run it as tests.)
import { eventually as poll } from './eventually';
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SourceCheckApi } from '../../src/extension/extension';

export const EXTENSION_ID = 'sourcecheck.sourcecheck';
export const SOURCE = 'Source Check';

/** Calls `probe` until it returns a value other than undefined, or fails after `timeoutMs`. */
export function eventually<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
    return poll(what, probe, timeoutMs);
}

/** A file of the test window's workspace folder (a fresh copy of test/fixtures/workspace). */
export function workspaceFile(name: string): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test window has a workspace folder');
    return vscode.Uri.joinPath(folder.uri, name);
}

export function ruleOf(diagnostic: vscode.Diagnostic): string {
    const code = diagnostic.code;
    return String(typeof code === 'object' ? code.value : code);
}

/** Source Check's diagnostics of a file, of one rule when given. */
export function sourceCheckDiagnostics(uri: vscode.Uri, rule?: string): vscode.Diagnostic[] {
    return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE && (!rule || ruleOf(d) === rule));
}

/** The activated extension's API, once the named workspace files are loaded and every check has been published. */
export async function activeApi(...loaded: string[]): Promise<SourceCheckApi> {
    const extension = vscode.extensions.getExtension<SourceCheckApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded`);
    const exports = await extension.activate();
    await eventually(`${loaded.join(', ')} loaded`, () => (loaded.every((name) => exports.corpus.has(workspaceFile(name).toString())) ? true : undefined));
    await exports.whenIdle();
    return exports;
}
