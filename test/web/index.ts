// The tests module of the browser build (extensionTestsPath in the web
// extension host, a Web Worker): mocha's browser build, the test files
// bundled in. test/host/run-web.mjs serves it with the VS Code web build.
import 'mocha/mocha';

export function run(): Promise<void> {
    return new Promise((resolve, reject) => {
        // The host's console is relayed as plain text, so colours would show as escape codes.
        mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
        // Required here, not imported at the top: `describe` exists only after setup.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        require('./browser.test');
        try {
            mocha.run((failures) => {
                const passes = mocha.suite.total() - failures;
                console.log(`web: ${passes} passed, ${failures} failed`);
                if (failures > 0) reject(new Error(`${failures} web test${failures === 1 ? '' : 's'} failed`));
                else resolve();
            });
        } catch (error) {
            reject(error);
        }
    });
}
