// The assertions the browser tests need (node:assert is not in a Web Worker).
import { eventually as poll } from '../integration/eventually';

export function ok(value: unknown, message: string): asserts value {
    if (!value) throw new Error(`expected ${message}`);
}

export function equal<T>(actual: T, expected: T, message: string): void {
    if (actual !== expected) throw new Error(`expected ${message}: ${JSON.stringify(actual)} is not ${JSON.stringify(expected)}`);
}

/** Calls `probe` until it returns a value other than undefined, or fails after `timeoutMs`. */
export function eventually<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
    return poll(what, probe, timeoutMs);
}
