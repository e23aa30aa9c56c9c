/** Zero-based line and character, as VS Code and the Language Server Protocol count them. */
export interface Position {
  line: number;
  character: number;
}

/**
 * Converts UTF-16 offsets to line/character positions for one text. Lines end
 * at \n, \r\n or a lone \r, as VS Code counts them.
 */
export class LineMap {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10) this.starts.push(i + 1);
      else if (ch === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }
}

const lineMaps = new WeakMap<{ text: string }, LineMap>();

/**
 * The line map of an article, built once per version of its text (the corpus
 * keeps one Article object per version), so that every diagnostic, hover,
 * suppression and CLI line of that version shares it.
 */
export function lineMapOf(article: { text: string }): LineMap {
  let map = lineMaps.get(article);
  if (!map) lineMaps.set(article, (map = new LineMap(article.text)));
  return map;
}
