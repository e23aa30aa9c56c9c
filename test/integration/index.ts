// The tests module that VS Code's extension host loads (extensionTestsPath):
// runs every compiled *.test.js beside it with mocha, inside the host, where
// `vscode` is the real API. Set SOURCECHECK_TEST_GREP to run only the tests
// whose titles match it.
import fs from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';

export async function run(): Promise<void> {
    const mocha = new Mocha({
        ui: 'bdd',
        // The host's console is relayed as plain text, so colours would show as escape codes.
        color: false,
        // The first test waits for the extension to activate and check the workspace.
        timeout: 30_000,
    });
    const grep = process.env.SOURCECHECK_TEST_GREP;
    if (grep) mocha.grep(grep);
    const testFiles = fs.readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.test.js'))
        .sort();
    for (const file of testFiles) mocha.addFile(path.join(__dirname, file));

    const { passes, failures } = await new Promise<{ passes: number; failures: number }>((resolve) => {
        const runner = mocha.run(() => resolve({ passes: runner.stats?.passes ?? 0, failures: runner.stats?.failures ?? 0 }));
    });
    // A closing line in the form CI logs are read for.
    console.log(`integration: ${passes} passed, ${failures} failed`);
    if (failures > 0) throw new Error(`${failures} integration test${failures === 1 ? '' : 's'} failed`);
    if (passes === 0) throw new Error('no integration test ran');
}
