// Waiting for the extension to catch up, for the tests in a desktop extension
// host (./helpers.ts) and in the browser's Web Worker host (test/web/check.ts):
// no dependency at all, so that it runs in both.

/** Calls `probe` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs: number): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = await probe();
        if (value !== undefined) return value;
        if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
}
