// A two-folder workspace (desk/ and wire/, each with its own .sourcecheck.json):
// each folder's file governs its own articles, and the articles are still
// compared across the folders, each finding linking the other folder's passage.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SourceCheckApi } from '../../src/extension/extension';
import { EXTENSION_ID, eventually, sourceCheckDiagnostics as ours } from '../integration/helpers';

function inFolder(name: string, file: string): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.find((f) => f.name === name);
    assert.ok(folder, `the workspace has a folder ${name}`);
    return vscode.Uri.joinPath(folder.uri, file);
}

const links = (d: vscode.Diagnostic, uri: vscode.Uri) => (d.relatedInformation ?? []).some((r) => r.location.uri.toString() === uri.toString());

describe('Source Check in a two-folder workspace', function () {
    this.timeout(60_000);

    it('applies each folder\'s .sourcecheck.json to its own articles and links a contradiction across the folders', async () => {
        assert.deepEqual(vscode.workspace.workspaceFolders?.map((f) => f.name), ['desk', 'wire']);
        const sc = await vscode.extensions.getExtension<SourceCheckApi>(EXTENSION_ID)!.activate();
        const governor = inFolder('desk', 'kaluga-drones-analysis.txt');
        const wire = inFolder('wire', 'kaluga-drones-governor-reports.txt');
        const deskQuote = inFolder('desk', 'quote.txt');
        const wireQuote = inFolder('wire', 'quote.txt');
        await eventually('both folders loaded', () => ([governor, wire, deskQuote, wireQuote].every((u) => sc.corpus.has(u.toString())) ? true : undefined));
        await sc.whenIdle();

        // desk/.sourcecheck.json turns unattributed-quote off for desk's articles only.
        const flagged = await eventually('the wire\'s unattributed quotation flagged', () => ours(wireQuote, 'unattributed-quote')[0]);
        assert.equal(flagged.severity, vscode.DiagnosticSeverity.Warning);
        assert.deepEqual(ours(deskQuote, 'unattributed-quote'), []);

        // The contradiction across the folders, at both places, each linking the other;
        // wire/.sourcecheck.json lowers it to information in the wire's article only.
        const atDesk = await eventually('the contradiction in desk', () => ours(governor, 'contradiction').find((d) => links(d, wire)));
        const atWire = await eventually('the contradiction in wire', () => ours(wire, 'contradiction').find((d) => links(d, governor)));
        assert.equal(atDesk.severity, vscode.DiagnosticSeverity.Warning);
        assert.equal(atWire.severity, vscode.DiagnosticSeverity.Information);
    });
});
