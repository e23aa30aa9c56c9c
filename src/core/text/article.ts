import { plainTextDirectiveLines } from './directives';
import { maskMarkdown } from './markdown';
import { lineBreakInsideSentence, splitSentences } from './sentences';
import { tokenize, type Token } from './tokens';

/**
 * An article as the detectors see it: the original text, a same-length "prose"
 * copy with everything that is not prose blanked out, and its paragraphs,
 * sentences and tokens. Every offset is a UTF-16 index into `text`.
 */
export type ArticleFormat = 'plaintext' | 'markdown';

export type ParagraphKind = 'prose' | 'heading' | 'list-item' | 'blockquote';

export interface Sentence {
  /** Index in `Article.sentences`. */
  index: number;
  /** Index of the paragraph that holds it. */
  paragraph: number;
  start: number;
  end: number;
  /** The sentence's prose, line breaks and markup as spaces (same length as end - start). */
  text: string;
  tokens: Token[];
}

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  kind: ParagraphKind;
  /** Indices into `Article.sentences`. */
  sentences: number[];
}

export interface Article {
  /** The file's path or URI, as the caller names it. */
  id: string;
  text: string;
  format: ArticleFormat;
  /** `text` with non-prose characters (markup, BOM, carriage returns) replaced by spaces. */
  prose: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

export function formatOf(id: string): ArticleFormat {
  return /\.(md|markdown|mdx)$/i.test(id) ? 'markdown' : 'plaintext';
}

interface Block {
  start: number;
  end: number;
  kind: ParagraphKind;
}

/** Lines of [start, end), as content ranges without their line breaks. */
function lineRanges(prose: string, start: number, end: number): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || prose[i] === '\n') {
      lines.push([s, i]);
      s = i + 1;
    }
  }
  return lines;
}

/**
 * Plain-text paragraphs. Copy that separates paragraphs with blank lines may be
 * hard-wrapped, so single line breaks inside a block are not breaks; copy with
 * no blank lines (wire feeds, the seed articles) has one paragraph a line,
 * except where the line break falls inside a sentence.
 */
function plainTextBlocks(prose: string): Block[] {
  const lines = lineRanges(prose, 0, prose.length).filter(([s, e]) => prose.slice(s, e).trim() !== '');
  // Blank lines mark paragraphs, and single breaks inside a block are wrapping, only in copy that is
  // wrapped at all: a line longer than any wrap width followed by a single break shows copy that puts
  // a paragraph on a line and a blank line only here and there (after the headline, around a section).
  const blankSeparated = /\S[ \t]*\n[ \t]*\n\s*\S/.test(prose) && !unwrappedLine(prose);
  const blocks: Block[] = [];
  for (const [s, e] of lines) {
    const previous = blocks[blocks.length - 1];
    if (previous) {
      const between = prose.slice(previous.end, s);
      const sameBlock = blankSeparated
        ? !/\n[ \t]*\n/.test(between)
        : lineBreakInsideSentence(prose.slice(previous.start, previous.end), prose.slice(s, e));
      if (sameBlock) {
        previous.end = e;
        continue;
      }
    }
    blocks.push({ start: s, end: e, kind: 'prose' });
  }
  // A first line without closing punctuation, followed by more copy, is a headline.
  const first = blocks[0];
  if (first && blocks.length > 1 && !/[.!?'"’”:]\s*$/.test(prose.slice(first.start, first.end))) {
    first.kind = 'heading';
  }
  return blocks;
}

/** Longer than copy is wrapped at (72-80 characters, 100 at most). */
const WRAP_WIDTH = 100;

/** Whether some line longer than a wrap width ends in a single line break before more copy. */
function unwrappedLine(prose: string): boolean {
  const single = /([^\n]*)\n[ \t]*(?=\S)/g;
  for (let m = single.exec(prose); m; m = single.exec(prose)) {
    if (m[1].trim().length > WRAP_WIDTH) return true;
  }
  return false;
}

function trimBlock(prose: string, b: Block): Block | undefined {
  let { start, end } = b;
  while (start < end && /\s/.test(prose[start])) start++;
  while (end > start && /\s/.test(prose[end - 1])) end--;
  return end > start ? { start, end, kind: b.kind } : undefined;
}

export function parseArticle(id: string, text: string, format: ArticleFormat = formatOf(id)): Article {
  let prose: string;
  let blocks: Block[];
  if (format === 'markdown') {
    const masked = maskMarkdown(text);
    prose = masked.prose;
    blocks = masked.blocks;
  } else {
    prose = text;
    blocks = [];
  }
  // A BOM and carriage returns are not prose; blanking them keeps offsets.
  prose = prose.replace(/[\uFEFF\r\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, ' ');
  if (format === 'plaintext') {
    // A Source Check directive line (`// sourcecheck-disable-next-line`) is an instruction, not prose.
    for (const d of plainTextDirectiveLines(text)) prose = prose.slice(0, d.start) + ' '.repeat(d.end - d.start) + prose.slice(d.end);
    blocks = plainTextBlocks(prose);
  }

  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const raw of blocks) {
    const block = trimBlock(prose, raw);
    if (!block) continue;
    const paragraph: Paragraph = { index: paragraphs.length, start: block.start, end: block.end, kind: block.kind, sentences: [] };
    for (const span of splitSentences(prose, block.start, block.end)) {
      const sentenceText = prose.slice(span.start, span.end).replace(/\n/g, ' ');
      paragraph.sentences.push(sentences.length);
      sentences.push({
        index: sentences.length,
        paragraph: paragraph.index,
        start: span.start,
        end: span.end,
        text: sentenceText,
        tokens: tokenize(sentenceText, span.start),
      });
    }
    paragraphs.push(paragraph);
  }
  return { id, text, format, prose, paragraphs, sentences };
}

/** The sentence that contains `offset`, or undefined (binary search). */
export function sentenceAt(article: Article, offset: number): Sentence | undefined {
  let lo = 0;
  let hi = article.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = article.sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** The prose of [start, end) on one line, for messages and hovers. */
export function passage(article: Article, start: number, end: number): string {
  return article.prose.slice(start, end).replace(/\s+/g, ' ').trim();
}
