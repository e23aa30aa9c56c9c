// The place check in a real VS Code: the seed articles disagree about where
// Kaluga is, and each shows it, linked to the other, with the distances; a
// hover on the place says where the gazetteer puts it.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeApi, eventually, sourceCheckDiagnostics as ours, workspaceFile as file } from './helpers';

const SEED_A = '000_e78afd072a24a4cf.txt';
const SEED_B = '001_dc5fe3218381ca3d.txt';

describe('Source Check places', function () {
    this.timeout(60_000);

    it('shows the Kaluga place contradiction in both seed articles, related to the other, with distances', async () => {
        await activeApi(SEED_A, SEED_B);
        for (const [here, there, words] of [
            [SEED_A, SEED_B, /southwest of Moscow/],
            [SEED_B, SEED_A, /near the Russian-Ukrainian border/],
        ] as const) {
            const document = await vscode.workspace.openTextDocument(file(here));
            const diagnostic = await eventually(`a place contradiction in ${here}`, () =>
                ours(file(here), 'contradiction').find((d) => /km apart/.test(d.message)),
            );
            assert.match(document.getText(diagnostic.range), words);
            assert.match(diagnostic.message, /On the map Kaluga is .*\d+ km south-west of Moscow/);
            assert.ok((diagnostic.relatedInformation ?? []).some((r) => r.location.uri.toString() === file(there).toString()), `${here} links ${there}`);
        }
    });

    it('says in a hover where the gazetteer puts a place the story locates', async () => {
        await activeApi(SEED_A, SEED_B);
        const uri = file(SEED_A);
        const document = await vscode.workspace.openTextDocument(uri);
        const offset = document.getText().indexOf('Moscow.');
        const text = await eventually('a place hover', async () => {
            const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(offset + 2));
            const all = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
            return /gazetteer puts Moscow/.test(all) ? all : undefined;
        });
        assert.match(text, /km north-east of Kaluga/);
    });
});
