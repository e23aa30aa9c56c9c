// The assertions the browser tests need (node:assert is not in a Web Worker).

export function ok(value: unknown, message: string): asserts value {
    if (!value) throw new Error(`expected ${message}`);
}

export function equal<T>(actual: T, expected: T, message: string): void {
    if (actual !== expected) throw new Error(`expected ${message}: ${JSON.stringify(actual)} is not ${JSON.stringify(expected)}`);
}

/** Calls `probe` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = await probe();
        if (value !== undefined) return value;
        if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
}
