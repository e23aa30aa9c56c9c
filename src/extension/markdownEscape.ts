// No vscode import: the escaping is unit-tested in Node.

/**
 * Escapes text for a MarkdownString: article text is untrusted and must never
 * become markup, HTML or a link. HTML's own characters become entities (a
 * backslash would leave a literal '<' in the source); Markdown's are escaped.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~:]/g, (c) => `\\${c}`)
    .replace(/\s+/g, ' ');
}
