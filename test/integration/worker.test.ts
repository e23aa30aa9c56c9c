// The engine in its worker: killed in the middle of a check, it is restarted
// with every article, the check finishes and the diagnostics come back; the
// log names the file it was checking and the status bar says it restarted.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeApi, eventually, sourceCheckDiagnostics as ours, workspaceFile as file } from './helpers';

const A = '000_e78afd072a24a4cf.txt';
const B = '001_dc5fe3218381ca3d.txt';

describe('Source Check engine worker', function () {
    this.timeout(120_000);

    it('restarts a worker killed mid-check, and every diagnostic comes back', async () => {
        const sc = await activeApi(A, B);
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file(A)));
        const before = new Map(sc.corpus.ids().map((id) => [id, ours(vscode.Uri.parse(id)).map((d) => d.message).sort()]));
        assert.ok([...before.values()].some((messages) => messages.length > 0), 'the workspace has findings to lose');
        // A new finding made just before the crash must survive it too.
        const document = await vscode.workspace.openTextDocument(file(B));
        const edit = new vscode.WorkspaceEdit();
        edit.insert(file(B), document.positionAt(document.getText().length), '\n\n"Nobody will ever know what happened that night."\n');
        await vscode.workspace.applyEdit(edit);

        const check = vscode.commands.executeCommand<{ checked: number; total: number }>('sourcecheck.checkWorkspace');
        await new Promise((resolve) => setTimeout(resolve, 30));
        sc.killEngine();
        const result = await check;
        await sc.whenIdle();
        assert.equal(result.checked, result.total, 'the check finished after the restart');
        assert.equal(sc.engine().state, 'restarted');
        assert.match(sc.statusText(), /\$\(debug-restart\)/, 'the status bar says the engine restarted');
        for (const [id, messages] of before) {
            if (id === file(B).toString()) continue;
            assert.deepEqual(ours(vscode.Uri.parse(id)).map((d) => d.message).sort(), messages, `the diagnostics of ${id} are back`);
        }
        const quoteLine = document.getText().split('\n').findIndex((line) => line.includes('Nobody will ever know'));
        await eventually('the finding typed before the crash', () => ours(file(B), 'unattributed-quote').find((d) => d.range.start.line === quoteLine));
        const logged = await eventually('the crash in the log', async () => {
            for (const [name, type] of await vscode.workspace.fs.readDirectory(sc.logUri).then(undefined, () => [] as Array<[string, vscode.FileType]>)) {
                if (type !== vscode.FileType.File) continue;
                const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(sc.logUri, name)));
                if (/engine stopped/.test(text)) return text;
            }
            return undefined;
        });
        assert.match(logged, /It was restarted with every article/);
        await vscode.commands.executeCommand('workbench.action.files.revert', file(B));
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });
});
