// The tests module that VS Code's extension host loads (extensionTestsPath):
// runs every compiled *.test.js beside it with mocha, inside the host, where
// `vscode` is the real API. Set SOURCECHECK_TEST_GREP to run only the tests
// whose titles match it.
import fs from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
    return runTestsIn(__dirname);
}

/** Runs every *.test.js under `dir` (another window's suite, test/multiroot, runs its own folder). */
export async function runTestsIn(dir: string): Promise<void> {
    const mocha = new Mocha({
        ui: 'bdd',
        // The host's console is relayed as plain text, so colours would show as escape codes.
        color: false,
        // The first test waits for the extension to activate and check the workspace.
        timeout: 30_000,
    });
    const grep = process.env.SOURCECHECK_TEST_GREP;
    if (grep) mocha.grep(grep);
    const testFiles = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.test.js'))
        .sort();
    for (const file of testFiles) mocha.addFile(path.join(dir, file));

    const { passes, failures } = await new Promise<{ passes: number; failures: number }>((resolve) => {
        const runner = mocha.run(() => resolve({ passes: runner.stats?.passes ?? 0, failures: runner.stats?.failures ?? 0 }));
    });
    // A closing line in the form CI logs are read for.
    console.log(`integration: ${passes} passed, ${failures} failed`);
    if (failures > 0) throw new Error(`${failures} integration test${failures === 1 ? '' : 's'} failed`);
    // A grep may match no test of one window's suite (the other window has them).
    if (passes === 0 && !grep) throw new Error('no integration test ran');
}
