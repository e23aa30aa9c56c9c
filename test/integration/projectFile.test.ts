// The project file (.sourcecheck.json) in a real VS Code: the quick fixes
// write it, the finding goes, the CLI on the same folder reports the same
// set. The two-folder workspace is test/multiroot (a window of its own).
import assert from 'node:assert/strict';
import path from 'node:path';
import * as vscode from 'vscode';
import { run } from '../../src/cli/main';
import { activeApi, eventually, ruleOf, sourceCheckDiagnostics as ours, workspaceFile as file } from './helpers';

const FIRE_A = 'fire_a.txt';
const FIRE_B = 'fire_b.txt';
const QUOTE = 'unattributed.txt';
const api = () => activeApi(FIRE_A, FIRE_B, QUOTE);

async function quickFix(uri: vscode.Uri, diagnostic: vscode.Diagnostic, title: RegExp): Promise<string> {
    const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, diagnostic.range)) as vscode.CodeAction[];
    const action = actions.find((a) => title.test(a.title));
    assert.ok(action?.command, `no quick fix ${title}; offered: ${actions.map((a) => a.title).join(' | ')}`);
    await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
    return action.title;
}

/** Waits until the quick fix that writes into .sourcecheck.json is offered for a diagnostic, then applies it. */
async function ignoreInProjectFile(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<void> {
    const title = 'Ignore this finding here (in .sourcecheck.json)';
    await eventually('the quick fix to name the project file', async () => {
        const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, diagnostic.range)) as vscode.CodeAction[];
        return actions.some((a) => a.title === title) ? true : undefined;
    });
    await quickFix(uri, diagnostic, /^Ignore this finding here \(in \.sourcecheck\.json\)$/);
}

/** A finding as both shells can name it: article path, rule and where it starts. */
const key = (filePath: string, rule: string, line: number, character: number) => `${path.basename(filePath)} ${rule} ${line}:${character}`;

describe('Source Check project file (.sourcecheck.json)', function () {
    this.timeout(90_000);
    const project = () => file('.sourcecheck.json');

    after(async () => {
        await vscode.workspace.fs.delete(project()).then(undefined, () => undefined);
    });

    it('writes quick fixes into .sourcecheck.json, the finding goes, and the CLI then reports the same set', async () => {
        const sc = await api();
        await vscode.workspace.fs.writeFile(project(), new TextEncoder().encode('{\n  // the desk\'s decisions\n}\n'));
        const quoteUri = file(QUOTE);
        // Code actions are asked of open documents.
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(quoteUri));
        const quote = await eventually('an unattributed-quote diagnostic', () => ours(quoteUri, 'unattributed-quote')[0]);
        await ignoreInProjectFile(quoteUri, quote);
        await eventually('the ignored quotation to go', () => (ours(quoteUri, 'unattributed-quote').some((d) => d.range.isEqual(quote.range)) ? undefined : true));

        const aUri = file(FIRE_A);
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(aUri));
        const figure = await eventually('the figure disagreement', () => ours(aUri, 'inconsistent-figure')[0]);
        const title = await quickFix(aUri, figure, /^Accept this difference with fire_b\.txt \(in \.sourcecheck\.json\)$/);
        assert.ok(title);
        await eventually('the accepted difference to go at both places', () =>
            ours(aUri, 'inconsistent-figure').length === 0 && ours(file(FIRE_B), 'inconsistent-figure').length === 0 ? true : undefined);

        const written = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(project())).replace(/^\s*\/\/.*$/m, ''));
        assert.deepEqual(written.ignoredFindings.map((e: { file: string; rule: string }) => [e.file, e.rule]), [[QUOTE, 'unattributed-quote']]);
        assert.deepEqual(written.acceptedDifferences.map((e: { file: string; otherFile: string }) => [e.file, e.otherFile]), [[FIRE_A, FIRE_B]]);
        assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(project())), /the desk's decisions/, 'the comment is kept');

        // The same folder through the CLI: the same findings, articles as on disk.
        await sc.whenIdle();
        const folder = vscode.workspace.workspaceFolders![0].uri.fsPath;
        const cli = run(['check', '--format', 'json', '--fail-on', 'none', folder]);
        assert.equal(cli.code, 0, cli.stderr.join('\n'));
        const fromCli = new Set<string>(JSON.parse(cli.stdout).findings.map((f: { file: string; rule: string; range: { start: { line: number; character: number } } }) =>
            key(f.file, f.rule, f.range.start.line, f.range.start.character)));
        const fromEditor = new Set<string>();
        for (const id of sc.corpus.ids()) {
            const uri = vscode.Uri.parse(id);
            if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === id && d.isDirty)) continue;
            for (const d of ours(uri)) fromEditor.add(key(uri.path, ruleOf(d), d.range.start.line, d.range.start.character));
        }
        for (const name of [QUOTE, FIRE_A, FIRE_B]) {
            const of = (set: Set<string>) => [...set].filter((k) => k.startsWith(`${name} `)).sort();
            assert.deepEqual(of(fromCli), of(fromEditor), name);
        }
        console.log(`project file: CLI ${fromCli.size} findings, editor ${fromEditor.size}`);
        assert.deepEqual([...fromEditor].filter((k) => !fromCli.has(k)), [], 'the editor shows nothing the CLI does not');
        assert.deepEqual([...fromCli].filter((k) => !fromEditor.has(k)), [], 'the CLI reports nothing the editor does not');

        await vscode.workspace.fs.delete(project());
        await eventually('the quotation back once the file is gone', () => ours(quoteUri, 'unattributed-quote').find((d) => d.range.isEqual(quote.range)));
    });

    it('lets the nearest project file govern a sub-folder: its rules apply there only, and its quick fixes write into it', async () => {
        const sc = await api();
        const nested = file('desk/.sourcecheck.json');
        const copy = file('desk/unattributed.txt');
        const encode = (text: string) => new TextEncoder().encode(text);
        try {
            await vscode.workspace.fs.writeFile(copy, await vscode.workspace.fs.readFile(file(QUOTE)));
            await eventually('the copy checked', () => ours(copy, 'unattributed-quote')[0]);
            await vscode.workspace.fs.writeFile(nested, encode('{ "rules": { "unattributed-quote": { "severity": "hint" } } }\n'));
            await eventually('the sub-folder’s severity on the copy', () => (ours(copy, 'unattributed-quote')[0]?.severity === vscode.DiagnosticSeverity.Hint ? true : undefined));
            assert.notEqual(ours(file(QUOTE), 'unattributed-quote')[0]?.severity, vscode.DiagnosticSeverity.Hint, 'the root article keeps its severity');

            await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(copy));
            const quote = ours(copy, 'unattributed-quote')[0];
            await ignoreInProjectFile(copy, quote);
            await eventually('the ignored quotation to go', () => (ours(copy, 'unattributed-quote').length === 0 ? true : undefined));
            const written = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(nested)));
            assert.deepEqual(written.ignoredFindings.map((e: { file: string }) => e.file), ['unattributed.txt'], 'named relative to the sub-folder');
            await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(project())), 'no project file appeared at the root');
            assert.ok(ours(file(QUOTE), 'unattributed-quote').length > 0, 'the root article’s finding stays');

            await vscode.workspace.fs.delete(nested);
            await eventually('the copy’s finding back once its project file is gone', () => ours(copy, 'unattributed-quote')[0]);
        } finally {
            await vscode.commands.executeCommand('workbench.action.closeAllEditors');
            // Deleted as the explorer does, so that the copy, still an open document, leaves the corpus too.
            const remove = new vscode.WorkspaceEdit();
            remove.deleteFile(file('desk'), { recursive: true, ignoreIfNotExists: true });
            await vscode.workspace.applyEdit(remove);
            // The watcher's events for the deleted folder must not reach the next test.
            await eventually('the copy unloaded', () => (sc.corpus.has(copy.toString()) ? undefined : true));
            await sc.whenIdle();
        }
    });

    it('follows a renamed article in .sourcecheck.json when the setting says always, and its finding stays dismissed', async () => {
        const sc = await api();
        const before = file('moveme.txt');
        const after = file('moved.txt');
        const config = vscode.workspace.getConfiguration('sourceCheck');
        try {
            await config.update('projectFile.followRenames', 'always', vscode.ConfigurationTarget.Workspace);
            await vscode.workspace.fs.writeFile(before, await vscode.workspace.fs.readFile(file(QUOTE)));
            await vscode.workspace.fs.writeFile(project(), new TextEncoder().encode('{}\n'));
            await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(before));
            const quote = await eventually('the copy’s quotation flagged', () => ours(before, 'unattributed-quote')[0]);
            await ignoreInProjectFile(before, quote);
            await eventually('the ignored quotation to go', () => (ours(before, 'unattributed-quote').length === 0 ? true : undefined));

            const rename = new vscode.WorkspaceEdit();
            rename.renameFile(before, after);
            assert.ok(await vscode.workspace.applyEdit(rename));
            const files = async () => JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(project()))).ignoredFindings.map((e: { file: string }) => e.file);
            await eventually('the project file to name the new path', async () => ((await files()).join() === 'moved.txt' ? true : undefined));
            await eventually('the renamed article loaded', () => (sc.corpus.has(after.toString()) ? true : undefined));
            await sc.whenIdle();
            assert.equal(ours(after, 'unattributed-quote').length, 0, 'the finding stays dismissed under the new name');
        } finally {
            await config.update('projectFile.followRenames', undefined, vscode.ConfigurationTarget.Workspace);
            await vscode.commands.executeCommand('workbench.action.closeAllEditors');
            const remove = new vscode.WorkspaceEdit();
            for (const uri of [before, after, project()]) remove.deleteFile(uri, { ignoreIfNotExists: true });
            await vscode.workspace.applyEdit(remove);
            await sc.whenIdle();
        }
    });
});
