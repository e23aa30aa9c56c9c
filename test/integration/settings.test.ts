// The settings not covered by editor.test.ts, each applied live in a real VS
// Code: include and exclude globs, the debounce delay, and the cap on the
// findings one article shows in the Problems panel.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeApi, eventually, sourceCheckDiagnostics, workspaceFile } from './helpers';

async function setting(key: string, value: unknown): Promise<void> {
    await vscode.workspace.getConfiguration('sourceCheck').update(key, value, vscode.ConfigurationTarget.Workspace);
}

const api = () => activeApi('unattributed.txt');
const QUOTES = 'Officials met on Monday.\n\n"We will not back down."\n\n"Nobody here is leaving."\n\n"This town is our home."\n';

describe('Source Check settings', function () {
    this.timeout(60_000);

    it('drops an excluded file and its diagnostics, and brings it back', async () => {
        const sc = await api();
        const uri = workspaceFile('unattributed.txt');
        await eventually('its diagnostic', () => (sourceCheckDiagnostics(uri, 'unattributed-quote').length > 0 ? true : undefined));
        const defaults = vscode.workspace.getConfiguration('sourceCheck').get<string[]>('exclude') ?? [];
        await setting('exclude', [...defaults, '**/unattributed.txt']);
        try {
            await eventually('the file dropped', () => (!sc.corpus.has(uri.toString()) && sourceCheckDiagnostics(uri).length === 0 ? true : undefined));
        } finally {
            await setting('exclude', undefined);
        }
        await eventually('the file back', () => (sourceCheckDiagnostics(uri, 'unattributed-quote').length > 0 ? true : undefined));
    });

    it('loads only the files include names (an open document is still checked)', async () => {
        const sc = await api();
        const loose = workspaceFile('loose.txt');
        await vscode.workspace.fs.writeFile(loose, new TextEncoder().encode('Officials met on Monday.\n'));
        await eventually('the new file loaded', () => (sc.corpus.has(loose.toString()) ? true : undefined));
        const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
        await setting('include', ['**/*.md']);
        try {
            await eventually('the unopened .txt articles dropped', () =>
                sc.corpus.ids().some((id) => id.endsWith('.txt') && !open.has(id)) ? undefined : true);
        } finally {
            await setting('include', undefined);
        }
        await eventually('the .txt articles back', () => (sc.corpus.has(loose.toString()) ? true : undefined));
        await vscode.workspace.fs.delete(loose);
    });

    it('waits for the debounce delay before re-checking an edit', async () => {
        const sc = await api();
        const uri = workspaceFile('debounce.txt');
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('Officials met on Monday.\n'));
        await eventually('the new file loaded', () => (sc.corpus.has(uri.toString()) ? true : undefined));
        const document = await vscode.workspace.openTextDocument(uri);
        await setting('recheckDelay', 4000);
        // A changed setting re-checks every article; the edit must not ride on that check.
        await sc.whenIdle();
        const edit = new vscode.WorkspaceEdit();
        edit.insert(uri, document.positionAt(document.getText().length), '\n"We will never give up on this town."\n');
        await vscode.workspace.applyEdit(edit);
        // Well inside the delay, the edit has not been checked yet.
        await new Promise((resolve) => setTimeout(resolve, 1000));
        assert.equal(sourceCheckDiagnostics(uri, 'unattributed-quote').length, 0, 'not re-checked before the delay');
        await eventually('the check after the delay', () => (sourceCheckDiagnostics(uri, 'unattributed-quote').length > 0 ? true : undefined), 20_000);
        await setting('recheckDelay', undefined);
        await vscode.commands.executeCommand('workbench.action.files.revert', uri);
        await vscode.workspace.fs.delete(uri);
    });

    it('caps the findings one article shows', async () => {
        await api();
        const uri = workspaceFile('many.txt');
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(QUOTES));
        await eventually('three findings', () => (sourceCheckDiagnostics(uri, 'unattributed-quote').length === 3 ? true : undefined));
        await setting('maxProblemsPerArticle', 1);
        await eventually('one finding shown', () => (sourceCheckDiagnostics(uri).length === 1 ? true : undefined));
        await setting('maxProblemsPerArticle', undefined);
        await eventually('all three again', () => (sourceCheckDiagnostics(uri, 'unattributed-quote').length === 3 ? true : undefined));
        await vscode.workspace.fs.delete(uri);
    });
});
