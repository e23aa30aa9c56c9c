/**
 * Lets a promise run on its own without ever becoming an unhandled rejection
 * (which the extension host reports against the extension): a failure is
 * logged with what was being done.
 */
export function settle(work: Thenable<unknown>, log: { warn(message: string): void } | undefined, what: string): void {
  work.then(undefined, (error: unknown) => log?.warn(`${what} failed: ${(error as Error)?.message ?? error}`));
}
