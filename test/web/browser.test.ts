// Source Check in the browser (vscode.dev): the `browser` entry in VS Code's
// web extension host, on the sample articles (test/samples) mounted as the
// workspace folder. No Node API is there: the articles come through
// vscode.workspace.fs.
import * as vscode from 'vscode';
import type { Comparison } from '../../src/core/compare/comparison';
import type { SourceCheckApi } from '../../src/extension/extension';
import { equal, eventually, ok } from './check';

const EXTENSION_ID = 'sourcecheck.sourcecheck';
const SOURCE = 'Source Check';
const A = 'kaluga-drones-analysis.txt';
const B = 'kaluga-drones-governor-reports.txt';

function file(name: string): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    ok(folder, 'a workspace folder (the samples)');
    return vscode.Uri.joinPath(folder.uri, name);
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
    return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

async function api(): Promise<SourceCheckApi> {
    const extension = vscode.extensions.getExtension<SourceCheckApi>(EXTENSION_ID);
    ok(extension, `${EXTENSION_ID} to be loaded`);
    const exports = await extension.activate();
    await exports.whenIdle();
    return exports;
}

describe('Source Check in the browser', function () {
    this.timeout(90_000);

    it('runs in the web extension host', () => {
        equal(vscode.env.uiKind, vscode.UIKind.Web, 'the web UI');
        // No remote: the extension runs in the browser's own (Web Worker) extension host, not a Node one.
        equal(vscode.env.remoteName, undefined, 'no remote extension host');
        equal(vscode.workspace.workspaceFolders?.[0]?.uri.scheme, 'vscode-test-web', 'the scheme of the folder the browser serves');
    });

    it('reports the contradictions of the sample articles as diagnostics, each linking the other article', async () => {
        await api();
        for (const [name, other] of [[A, B], [B, A]]) {
            const diagnostics = await eventually(`diagnostics in ${name}`, () => {
                const found = ours(file(name));
                return found.length > 0 ? found : undefined;
            });
            const contradiction = diagnostics.find((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === 'contradiction');
            ok(contradiction, `a contradiction in ${name}: ${diagnostics.map((d) => d.message).join(' | ')}`);
            ok(contradiction.relatedInformation?.some((r) => r.location.uri.toString() === file(other).toString()), `the contradiction in ${name} to link ${other}`);
        }
    });

    it('answers a hover on a finding with the other passage', async () => {
        await api();
        const uri = file(A);
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
        const diagnostic = await eventually('a diagnostic in the open article', () => ours(uri)[0]);
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, diagnostic.range.start.translate(0, 1));
        const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
        ok(text.includes(B.replace(/-/g, '\\-')) || text.includes(B), `the hover to name ${B}: ${text.slice(0, 400)}`);
    });

    it('offers the quick fixes on a cross-article finding', async () => {
        await api();
        const uri = file(A);
        const diagnostic = await eventually('a diagnostic', () => ours(uri)[0]);
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range);
        const titles = actions.map((a) => a.title).join(' | ');
        ok(/ignore/i.test(titles) && /accept/i.test(titles), `ignore and accept quick fixes: ${titles}`);
    });

    it('checks the whole workspace on command', async () => {
        await api();
        const result = await vscode.commands.executeCommand<{ checked: number; total: number }>('sourcecheck.checkWorkspace');
        equal(result.total, 2, 'articles in the samples folder');
        equal(result.checked, 2, 'articles checked');
    });

    it('opens the comparison view of the two sample articles', async () => {
        const sc = await api();
        const model = await vscode.commands.executeCommand<Comparison | undefined>('sourcecheck.compareArticles', file(A), [file(A), file(B)]);
        ok(model, 'the command to return the comparison');
        ok(model.conflicts.length > 0, 'the conflicts of the samples in the view');
        const open = sc.comparisons();
        equal(open.length, 1, 'open comparison views');
        ok(open[0].panel.visible || open[0].panel.active || vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputWebview)), 'the view on screen');
        ok(/<table/.test(open[0].panel.webview.html) || /id="comparison"/.test(open[0].panel.webview.html), 'the view rendered');
        open[0].panel.dispose();
    });
});
