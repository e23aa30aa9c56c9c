// The tests module of the two-folder window (test/fixtures/multi-root/story.code-workspace),
// which run-integration.mjs opens after the single-folder suite: a workspace's folders
// cannot change into a multi-root workspace inside one test window.
import { runTestsIn } from '../integration/index';

export function run(): Promise<void> {
    return runTestsIn(__dirname);
}
