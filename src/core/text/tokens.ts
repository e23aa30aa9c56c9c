/**
 * Tokens are cheap and our own (a regular expression over the sentence), so
 * that offsets are exact and a detector that needs only words never pays for a
 * full compromise parse.
 */
export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower case, curly apostrophe straightened. */
  normal: string;
  kind: TokenKind;
}

// A word keeps inner apostrophes and hyphens (it’s, don’t, Maloyaroslavets, twenty-one);
// a number keeps inner separators (1,200  4.5  10-12 is three tokens).
const TOKEN = /\p{L}[\p{L}\p{M}]*(?:['’\-][\p{L}\p{M}]+)*|\d+(?:[.,]\d+)*|[^\s\p{L}\d]/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) {
    const t = m[0];
    const kind: TokenKind = /^\p{L}/u.test(t) ? 'word' : /^\d/.test(t) ? 'number' : 'punct';
    tokens.push({
      start: offset + m.index,
      end: offset + m.index + t.length,
      text: t,
      normal: t.toLowerCase().replace(/’/g, '\''),
      kind,
    });
  }
  return tokens;
}
