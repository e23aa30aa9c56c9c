/**
 * Markdown is read by masking: every character that is markup rather than prose
 * (heading hashes, emphasis markers, link targets, code, HTML, front matter) is
 * replaced by a space in a copy of the text of the same length. Offsets computed
 * on the masked copy therefore point straight into the original file, which is
 * what diagnostics and the CLI report.
 */

/** A block of a Markdown document: a run of prose lines, with what kind of block it is. */
export interface MarkdownBlock {
  start: number;
  end: number;
  kind: 'prose' | 'heading' | 'list-item' | 'blockquote';
}

export interface MaskedMarkdown {
  prose: string;
  blocks: MarkdownBlock[];
}

interface Line {
  start: number;
  /** End of the line's content, before its line break. */
  end: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      let end = i;
      if (end > start && text[end - 1] === '\r') end--;
      lines.push({ start, end });
      start = i + 1;
    }
  }
  return lines;
}

function blank(chars: string[], start: number, end: number): void {
  for (let i = start; i < end; i++) if (chars[i] !== '\n') chars[i] = ' ';
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_MARKER = /^( {0,3})([-*+]|\d{1,9}[.)])([ \t]+|$)/;
const BLOCKQUOTE_MARKER = /^ {0,3}>[ ]?/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S+/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;

/** Masks the inline markup of one line's prose part (from..to). */
function maskInline(text: string, chars: string[], from: number, to: number): void {
  const segment = text.slice(from, to);
  const mask = (re: RegExp, keep?: (m: RegExpExecArray) => [number, number] | undefined): void => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(segment))) {
      const s = from + m.index;
      const e = s + m[0].length;
      const kept = keep?.(m);
      if (kept) {
        blank(chars, s, s + kept[0]);
        blank(chars, s + kept[1], e);
      } else {
        blank(chars, s, e);
      }
      if (m[0].length === 0) re.lastIndex++;
    }
  };
  // Inline code and images carry no prose at all.
  mask(/(`+)[^`]*?\1/g);
  mask(/!\[[^\]]*\]\([^)]*\)/g);
  // Links keep their text, lose brackets and target.
  mask(/\[([^\]]+)\]\([^)]*\)/g, (m) => [1, 1 + m[1].length]);
  mask(/\[([^\]]+)\]\[[^\]]*\]/g, (m) => [1, 1 + m[1].length]);
  mask(/<(?:https?:|mailto:)[^>\s]*>/g);
  mask(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g);
  mask(/<!--[\s\S]*?-->/g);
  // Emphasis markers: only runs of * _ ~ that touch a word on one side, so that
  // an asterisk used as a footnote mark or arithmetic stays (it is rare in news).
  mask(/(?<=\S)[*_~]{1,3}(?=[\s.,;:!?)'"’”]|$)|(?<=^|[\s(])[*_~]{1,3}(?=\S)/g);
}

/** Masks markup in a Markdown document and lists its prose blocks. */
export function maskMarkdown(text: string): MaskedMarkdown {
  const chars = text.split('');
  const blocks: MarkdownBlock[] = [];
  const lines = splitLines(text);
  let current: MarkdownBlock | undefined;
  const close = (): void => {
    if (current) blocks.push(current);
    current = undefined;
  };
  const extend = (kind: MarkdownBlock['kind'], start: number, end: number): void => {
    if (!current || current.kind !== kind) {
      close();
      current = { start, end, kind };
    } else {
      current.end = end;
    }
  };

  let i = 0;
  // Front matter: a YAML block at the very start.
  if (lines.length > 1 && text.slice(lines[0].start, lines[0].end) === '---') {
    const endIndex = lines.findIndex((l, k) => k > 0 && /^(---|\.\.\.)\s*$/.test(text.slice(l.start, l.end)));
    if (endIndex > 0) {
      blank(chars, 0, lines[endIndex].end);
      i = endIndex + 1;
    }
  }

  let inHtmlComment = false;
  for (; i < lines.length; i++) {
    const line = lines[i];
    const content = text.slice(line.start, line.end);
    if (inHtmlComment) {
      blank(chars, line.start, line.end);
      if (content.includes('-->')) inHtmlComment = false;
      continue;
    }
    if (/^\s*<!--/.test(content) && !content.includes('-->')) {
      close();
      blank(chars, line.start, line.end);
      inHtmlComment = true;
      continue;
    }
    const fence = FENCE.exec(content);
    if (fence) {
      close();
      const marker = fence[1];
      let j = i;
      blank(chars, line.start, line.end);
      for (j = i + 1; j < lines.length; j++) {
        const l = lines[j];
        blank(chars, l.start, l.end);
        if (text.slice(l.start, l.end).trim().startsWith(marker[0].repeat(marker.length))) break;
      }
      i = j;
      continue;
    }
    if (content.trim() === '') {
      close();
      continue;
    }
    if (/^( {4}|\t)/.test(content) && !current) {
      // Indented code block: only after a blank line, as CommonMark has it.
      blank(chars, line.start, line.end);
      continue;
    }
    if (THEMATIC_BREAK.test(content) || LINK_DEFINITION.test(content) || TABLE_ROW.test(content)) {
      close();
      blank(chars, line.start, line.end);
      continue;
    }
    const setext = SETEXT_UNDERLINE.exec(content);
    if (setext && current && current.kind === 'prose') {
      current.kind = 'heading';
      blank(chars, line.start, line.end);
      close();
      continue;
    }
    const heading = ATX_HEADING.exec(content);
    if (heading) {
      close();
      blank(chars, line.start, line.start + heading[0].length);
      // Closing hashes of an ATX heading.
      const trailing = /\s#+\s*$/.exec(content);
      if (trailing) blank(chars, line.start + trailing.index, line.end);
      maskInline(text, chars, line.start, line.end);
      blocks.push({ start: line.start, end: line.end, kind: 'heading' });
      continue;
    }
    let from = line.start;
    let kind: MarkdownBlock['kind'] = 'prose';
    const quote = BLOCKQUOTE_MARKER.exec(content);
    if (quote) {
      blank(chars, from, from + quote[0].length);
      from += quote[0].length;
      kind = 'blockquote';
    }
    const list = LIST_MARKER.exec(text.slice(from, line.end));
    if (list) {
      blank(chars, from, from + list[0].length);
      from += list[0].length;
      close();
      kind = 'list-item';
    } else if (current?.kind === 'list-item' && /^\s+/.test(content)) {
      kind = 'list-item';
    }
    maskInline(text, chars, from, line.end);
    extend(kind, from, line.end);
  }
  close();
  return { prose: chars.join(''), blocks };
}
