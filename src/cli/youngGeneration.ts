import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A check of megabytes of copy allocates short-lived objects (tokens, words,
 * candidate phrases) by the gigabyte, and with V8's default young generation
 * (16 MB semi-spaces in Node 20) a fifth of the run went to collecting them.
 * Larger semi-spaces cut the CPU of a 10 MB file by about a tenth.
 *
 * The size can only be given when the process starts: V8 sizes the young
 * generation when it sets up the heap, and `v8.setFlagsFromString` after that
 * changes the flag but not the heap (measured: the new space stays 32 MB), and
 * V8 documents flags changed after start as unsupported. So the command, given
 * that much input, runs itself again with the flag; a small check is not worth
 * the second start-up (loading the lexicons takes most of a second).
 */
export const SEMI_SPACE_MB = 64;
const FLAG = '--max-semi-space-size';

/** Input from which the relaunch pays for itself (about a tenth of a run of ~2 s per MB against a second's start-up). */
export const LARGE_INPUT_BYTES = 4 * 1024 * 1024;

const ARTICLE_FILE = /\.(txt|md|markdown)$/i;

/**
 * The bytes of article text under `paths` that the check would read, counted
 * up to `enough` (a large workspace is not walked to its end only to decide this).
 */
export function inputBytes(paths: string[], maxFileBytes: number, enough: number): number {
  let total = 0;
  const count = (path: string, named: boolean): void => {
    if (total >= enough) return;
    let stats;
    try {
      stats = statSync(path);
    } catch {
      return;
    }
    if (stats.isDirectory()) {
      let names: string[];
      try {
        names = readdirSync(path);
      } catch {
        return;
      }
      for (const name of names) if (!name.startsWith('.')) count(join(path, name), false);
    } else if (stats.isFile() && (named || ARTICLE_FILE.test(path)) && stats.size <= maxFileBytes) {
      total += stats.size;
    }
  };
  for (const path of paths) count(path, true);
  return total;
}

const SIZE_FLAG = /^--max[-_]semi[-_]space[-_]size\b/;

/** Whether this process was started with a semi-space size already (by its user, NODE_OPTIONS or a relaunch). */
export function hasYoungGenerationFlag(execArgv: readonly string[], nodeOptions = ''): boolean {
  return [...execArgv, ...nodeOptions.split(/\s+/)].some((arg) => SIZE_FLAG.test(arg));
}

/**
 * Runs the command again in a new Node process with larger semi-spaces, its
 * output going straight to this one's. Returns its exit status, or undefined
 * when it could not be started (the caller then checks in this process).
 */
export function relaunchWithLargerYoungGeneration(script: string, argv: string[]): number | undefined {
  const child = spawnSync(process.execPath, [...process.execArgv, `${FLAG}=${SEMI_SPACE_MB}`, script, ...argv], { stdio: 'inherit' });
  if (child.error) return undefined;
  if (child.signal) {
    process.kill(process.pid, child.signal);
    return 1;
  }
  return child.status ?? 1;
}
