/**
 * Glob patterns as VS Code's settings write them (`**`, `*`, `?`, `{a,b}`,
 * `[abc]`), matched against a workspace-relative path with forward slashes.
 * findFiles does the matching for a whole-folder scan; this answers for one
 * file at once when it is created, renamed or closed.
 */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let inGroup = 0;
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*') {
      if (glob[i + 1] === '*') {
        // '**/' matches zero or more folders; a trailing '**' anything.
        if (glob[i + 2] === '/') {
          re += '(?:.*/)?';
          i += 2;
        } else {
          re += '.*';
          i += 1;
        }
      } else {
        re += '[^/]*';
      }
    } else if (ch === '?') re += '[^/]';
    else if (ch === '{') {
      inGroup++;
      re += '(?:';
    } else if (ch === '}' && inGroup > 0) {
      inGroup--;
      re += ')';
    } else if (ch === ',' && inGroup > 0) re += '|';
    else if (ch === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close > i) {
        re += '[' + glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
        i = close;
      } else re += '\\[';
    } else re += ch.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Compiled once per pattern: a folder of new files is matched file by file against the same few globs. */
const compiled = new Map<string, RegExp>();

export function matchesAny(relativePath: string, globs: string[]): boolean {
  return globs.some((g) => {
    if (g.trim() === '') return false;
    let re = compiled.get(g);
    if (!re) {
      if (compiled.size > 1000) compiled.clear();
      compiled.set(g, (re = globToRegExp(g)));
    }
    return re.test(relativePath);
  });
}
