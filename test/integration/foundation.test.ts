// The foundation in a real VS Code: diagnostics follow the article through
// edits, undo and deletion; hovers name speakers and list the other articles'
// passages; cross-article diagnostics link the other file; untrusted article
// text never becomes markup or a command; a full check writes no file.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeApi, eventually, EXTENSION_ID, sourceCheckDiagnostics as ours, workspaceFile as file } from './helpers';

const SEED_A = '000_e78afd072a24a4cf.txt';
const SEED_B = '001_dc5fe3218381ca3d.txt';
const api = () => activeApi('fire_b.txt');

async function hoverText(uri: vscode.Uri, needle: string): Promise<{ text: string; hovers: vscode.Hover[] }> {
    const document = await vscode.workspace.openTextDocument(uri);
    const offset = document.getText().indexOf(needle);
    assert.ok(offset >= 0, `${needle} is in ${uri.path}`);
    const hovers = await eventually('a hover', async () => {
        const found = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(offset + 2));
        return found.some((h) => h.contents.some((c) => typeof c !== 'string' && 'value' in c && c.value.includes('Source Check'))) ? found : undefined;
    });
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    return { text, hovers };
}

describe('Source Check foundation', function () {
    this.timeout(60_000);

    it('shows the seed articles’ contradiction in each, related to the other file', async () => {
        await api();
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file(SEED_A)));
        for (const [here, there] of [
            [SEED_A, SEED_B],
            [SEED_B, SEED_A],
        ]) {
            const diagnostic = await eventually(`a contradiction in ${here}`, () => ours(file(here), 'contradiction')[0]);
            const related = diagnostic.relatedInformation ?? [];
            assert.ok(
                related.some((r) => r.location.uri.toString() === file(there).toString()),
                `${here}'s contradiction links ${there}`,
            );
        }
        const a = await vscode.workspace.openTextDocument(file(SEED_A));
        const d = ours(file(SEED_A), 'contradiction')[0];
        assert.match(a.getText(d.range), /first confirmed drone attack/);
    });

    it('hovers on a contradiction with one block: its message once (VS Code shows it), the other passage quoted and linked', async () => {
        const sc = await api();
        const uri = file(SEED_A);
        const diagnostic = await eventually('the seed contradiction', () => ours(uri, 'contradiction')[0]);
        const document = await vscode.workspace.openTextDocument(uri);
        await vscode.window.showTextDocument(document);
        await eventually('the status bar to say what it counts', () => (/^\$\([a-z-]+\) Source Check: (.*, )?\d+ contradictions?(,|$)/.test(sc.statusText()) ? true : undefined));
        const { text } = await hoverText(uri, document.getText(diagnostic.range).slice(0, 30));
        // What the editor sees: VS Code's own hover of the diagnostic (its message) and this extension's hover.
        const seen = `${diagnostic.message}\n${text}`;
        assert.equal(seen.split(diagnostic.message).length - 1, 1, `the message once in:\n${seen}`);
        assert.equal(text.split('Source Check · contradiction').length - 1, 1, 'one block for the finding');
        const plain = text.replace(/\\(.)/g, '$1');
        assert.match(plain, /\[001_dc5fe3218381ca3d\.txt:43\]\([^)]*001_dc5fe3218381ca3d\.txt#L43/, `the other passage is linked:\n${text}`);
        assert.match(plain, /“[^”]*once again at[^”]*”/, 'the other passage is quoted');
        assert.doesNotMatch(text, /corroborated/, 'never corroborated beside a conflict');
    });

    it('flags a quotation when an edit removes its attribution, and clears it on undo', async () => {
        await api();
        const uri = file('fire_a.txt');
        const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
        assert.equal(ours(uri, 'unattributed-quote').length, 0, 'attributed at first');
        const text = editor.document.getText();
        const attribution = '," said Station Manager Priya Castellano, who led the crews.';
        const at = text.indexOf(attribution);
        assert.ok(at > 0);
        await editor.edit((edit) =>
            edit.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + attribution.length)), '."'),
        );
        const flagged = await eventually('an unattributed-quote after the edit', () => ours(uri, 'unattributed-quote')[0]);
        assert.match(editor.document.getText(flagged.range), /The heat was unbearable/);
        await vscode.commands.executeCommand('undo');
        assert.equal(editor.document.getText(), text, 'undo restored the text');
        await eventually('the diagnostic to go after undo', () => (ours(uri, 'unattributed-quote').length === 0 ? true : undefined));
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    it('hovers on a quotation with its speaker and the other article that carries it', async () => {
        await api();
        const { text } = await hoverText(file('fire_a.txt'), 'The heat was unbearable');
        assert.match(text, /Priya Castellano/);
        assert.match(text, /fire\\?_b\.txt/, 'the other article is listed');
        assert.match(text, /told/, 'the cue is shown');
    });

    it('hovers on a figure with the other article’s mention of the same quantity', async () => {
        await api();
        const { text } = await hoverText(file('fire_a.txt'), '9 workers');
        assert.match(text, /fire\\?_b\.txt/);
        assert.match(text, /seven/);
    });

    it('hovers on a name with who it is across the articles: the fullest name, what each article says, linked', async () => {
        await api();
        const { text } = await hoverText(file('fire_b.txt'), 'Priya Castellano, the station');
        assert.match(text, /Source Check · person/);
        assert.match(text, /Priya Castellano\*\*, named in 2 articles/);
        assert.match(text, /role \*\*station manager\*\*/);
        assert.match(text, /fire\\?_a\\?\.txt:3/, `the other article’s passage is linked: ${text}`);
    });

    it('clears a file’s diagnostics when it is deleted', async () => {
        const sc = await api();
        const uri = file('doomed.txt');
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('Officials met on Monday.\n"We will never give up on this town."\n'));
        await eventually('the new file checked', () => (ours(uri, 'unattributed-quote').length > 0 ? true : undefined));
        await vscode.workspace.fs.delete(uri);
        await eventually('its diagnostics cleared', () => (ours(uri).length === 0 && !sc.corpus.has(uri.toString()) ? true : undefined));
    });

    it('renders hostile article text inertly in hovers', async () => {
        await api();
        // The same hostile words in two articles: the hover quotes the other article's passage.
        const { text, hovers } = await hoverText(file('hostile.txt'), 'Read this');
        assert.match(text, /hostile2/, 'the hover quotes the other article');
        assert.match(text, /img/, 'the hostile words are shown, as text');
        for (const h of hovers) {
            for (const c of h.contents) {
                if (typeof c !== 'string' && 'isTrusted' in c) {
                    const trusted = (c as vscode.MarkdownString).isTrusted;
                    assert.ok(trusted === undefined || trusted === false || (typeof trusted === 'object' && !trusted.enabledCommands.includes('workbench.action.quit')));
                    assert.notEqual((c as vscode.MarkdownString).supportHtml, true);
                }
            }
        }
        assert.doesNotMatch(text, /\]\(command:/, 'no command link survives');
        assert.doesNotMatch(text, /<(img|script|b)\b/, 'no raw HTML survives');
        assert.doesNotMatch(text, /```/, 'no code fence survives');
        assert.doesNotMatch(text, /\*\*now\*\*/, 'no emphasis survives');
    });

    it('declares its Restricted Mode support', () => {
        const extension = vscode.extensions.getExtension(EXTENSION_ID);
        assert.ok(extension);
        const capabilities = extension.packageJSON.capabilities;
        assert.ok(capabilities?.untrustedWorkspaces, 'capabilities.untrustedWorkspaces is declared');
        assert.ok('supported' in capabilities.untrustedWorkspaces);
    });

    it('leaves every workspace file byte-identical after a full check', async () => {
        const sc = await api();
        const folder = vscode.workspace.workspaceFolders![0];
        const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*'));
        const before = new Map<string, Uint8Array>();
        for (const uri of files) before.set(uri.toString(), await vscode.workspace.fs.readFile(uri));
        await vscode.commands.executeCommand('sourcecheck.checkWorkspace');
        await sc.whenIdle();
        for (const uri of files) {
            const after = await vscode.workspace.fs.readFile(uri);
            assert.deepEqual(Buffer.from(after), Buffer.from(before.get(uri.toString())!), `${uri.path} unchanged`);
        }
    });
});
