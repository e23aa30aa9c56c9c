// The extension in a real VS Code: it activates on a plain-text article and
// publishes its findings as diagnostics. Runs in the copy of
// test/fixtures/workspace that run-integration.mjs opens.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { eventually, EXTENSION_ID, ruleOf, SOURCE, workspaceFile } from './helpers';

describe('Source Check in VS Code', () => {
    it('activates when a text article is opened', async () => {
        const extension = vscode.extensions.getExtension(EXTENSION_ID);
        assert.ok(extension, `${EXTENSION_ID} is loaded`);
        const document = await vscode.workspace.openTextDocument(workspaceFile('unattributed.txt'));
        await vscode.window.showTextDocument(document);
        await eventually('the extension to activate', () => (extension.isActive ? true : undefined));
    });

    it('reports a quotation with no speaker as an unattributed-quote diagnostic', async () => {
        const uri = workspaceFile('unattributed.txt');
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
        const diagnostic = await eventually('an unattributed-quote diagnostic', () =>
            vscode.languages.getDiagnostics(uri).find((d) => d.source === SOURCE && ruleOf(d) === 'unattributed-quote'));
        const quoteLine = diagnostic.range.start.line;
        assert.equal(quoteLine, 2, 'the diagnostic is on the quotation, not on the preceding paragraph');
        const code = diagnostic.code;
        assert.ok(typeof code === 'object', 'the code links to the rule\'s page');
        assert.ok(code.target.path.endsWith('/docs/rules/unattributed-quote.md'), code.target.toString());
        await vscode.workspace.fs.stat(code.target);
    });
});
