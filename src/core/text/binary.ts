/**
 * Whether a file's bytes look like a binary file rather than an article: a NUL
 * byte in the first 8 KB, as git decides. The CLI and the extension skip such
 * files with the same rule.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0);
}
