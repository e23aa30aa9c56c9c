/**
 * Quotation marks and their pairing. compromise's `.quotations()` stops at
 * sentence ends, takes the apostrophe in "it’s" for a closing mark and ignores
 * ‘…’ pairs, so the pairing is ours: a small state machine over the article's
 * prose that knows apostrophes from closing marks and the newsroom conventions
 * for quotations that run over several paragraphs.
 */
import type { Article } from '../text/article';

/** Marks of one family close each other: “…”, "…", ‘…’, '…', «…», ‹…›. */
export type MarkFamily = 'double' | 'single' | 'guillemet' | 'angle';

/** The words between one opening mark and its closing mark (or the paragraph end). */
export interface QuotedSpan {
  /** Position of the opening mark. */
  open: number;
  /** Position of the closing mark, or the paragraph end when the paragraph leaves the quotation open. */
  close: number;
  /** The quoted words: [open + the opening mark's width, the closing mark's first character). */
  start: number;
  end: number;
  family: MarkFamily;
  /** Index of the paragraph holding the opening mark. */
  paragraph: number;
  /** The paragraph ended without a closing mark and the next one reopens the quotation (news convention). */
  leftOpen: boolean;
  /** This span reopens the quotation that the previous paragraph left open. */
  reopens: boolean;
}

interface Mark {
  pos: number;
  family: MarkFamily;
  canOpen: boolean;
  canClose: boolean;
  /** Characters the mark takes: 2 for a double mark typed as two apostrophes (''). */
  width: number;
}

const LETTER = /[\p{L}\p{M}\p{Nd}]/u;
/** Characters after which a mark stands at the start of a word (an opening position). */
const BEFORE_OPENING = /[\s([{\u2014\u2013\-/“‘"'«‹„‚]/;
/** Characters before which a mark stands at the end of a word (a closing position). */
const AFTER_CLOSING = /[\s.,;:!?)\]}\u2014\u2013\-…”’"'»›]/;
/** Elisions written with a leading apostrophe: ’90s, ’n’, ’em, ’til. */
const ELISION = /^(?:\d\d?s?\b|n['’]|em\b|til\b|tis\b|twas\b|cause\b|bout\b|round\b)/i;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

function openingPosition(prev: string | undefined, next: string | undefined): boolean {
  return (prev === undefined || BEFORE_OPENING.test(prev)) && next !== undefined && !/\s/.test(next);
}

function closingPosition(prev: string | undefined, next: string | undefined): boolean {
  return prev !== undefined && !/\s/.test(prev) && (next === undefined || AFTER_CLOSING.test(next));
}

/** The candidate quotation marks of one paragraph, apostrophes left out. */
function marksOf(prose: string, start: number, end: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = start; i < end; i++) {
    const ch = prose[i];
    if (!'"“”„\'‘’‚«»‹›'.includes(ch)) continue;
    const prev = i > start ? prose[i - 1] : undefined;
    // Two apostrophes typed for a double mark (typewriter and wire copy: ''It's over,'' he said) are one mark;
    // read as two single marks, the quotation loses its cue behind the second apostrophe.
    if (ch === '\'' && prose[i + 1] === '\'' && prev !== '\'' && prose[i + 2] !== '\'') {
      const after = i + 2 < end ? prose[i + 2] : undefined;
      const opening = openingPosition(prev, after);
      const closing = closingPosition(prev, after);
      if (opening !== closing) marks.push({ pos: i, family: 'double', canOpen: opening, canClose: closing, width: 2 });
      i++;
      continue;
    }
    const next = i + 1 < end ? prose[i + 1] : undefined;
    const opening = openingPosition(prev, next);
    const closing = closingPosition(prev, next);
    switch (ch) {
      case '“':
      case '„':
        marks.push({ pos: i, family: 'double', canOpen: true, canClose: ch === '“' && closing && !opening, width: 1 });
        break;
      case '”':
        marks.push({ pos: i, family: 'double', canOpen: opening && !closing, canClose: true, width: 1 });
        break;
      case '"': {
        // '… vote for 'Clinton,' " said X': typesetters put a space between a nested closing mark and the outer one.
        const spacedClose = prev === ' ' && i - 2 >= start && '\'’'.includes(prose[i - 2]) && (next === undefined || AFTER_CLOSING.test(next));
        if (opening || closing || spacedClose) marks.push({ pos: i, family: 'double', canOpen: opening && !spacedClose, canClose: closing || spacedClose, width: 1 });
        break;
      }
      case '«':
        marks.push({ pos: i, family: 'guillemet', canOpen: true, canClose: false, width: 1 });
        break;
      case '»':
        marks.push({ pos: i, family: 'guillemet', canOpen: false, canClose: true, width: 1 });
        break;
      case '‹':
        marks.push({ pos: i, family: 'angle', canOpen: true, canClose: false, width: 1 });
        break;
      case '›':
        marks.push({ pos: i, family: 'angle', canOpen: false, canClose: true, width: 1 });
        break;
      default: {
        // Single marks: an apostrophe inside a word (it’s) or before an elision (’90s) is never a mark.
        if (isLetter(prev) && isLetter(next)) break;
        const rest = prose.slice(i + 1, Math.min(end, i + 6));
        if (ch === '’') {
          if (closing) marks.push({ pos: i, family: 'single', canOpen: false, canClose: true, width: 1 });
          break;
        }
        if (opening && ELISION.test(rest)) break;
        if (ch === '‘' || ch === '‚') {
          if (opening || !closing) marks.push({ pos: i, family: 'single', canOpen: true, canClose: false, width: 1 });
          break;
        }
        if (opening || closing) marks.push({ pos: i, family: 'single', canOpen: opening, canClose: closing, width: 1 });
      }
    }
  }
  return marks;
}

/**
 * Whether the closing-position single mark at `index` is a plural possessive
 * (the kids’ school) rather than the end of the quotation: it follows a word,
 * a lower-case word follows it, and a later mark of the paragraph can close the
 * quotation before any new one opens.
 */
function possessiveApostrophe(prose: string, marks: Mark[], index: number, end: number): boolean {
  const m = marks[index];
  if (!isLetter(prose[m.pos - 1])) return false;
  if (!/^\s+[\p{Ll}\d]/u.test(prose.slice(m.pos + 1, Math.min(end, m.pos + 4)))) return false;
  for (let k = index + 1; k < marks.length; k++) {
    const later = marks[k];
    if (later.family !== 'single') continue;
    if (later.canOpen && !later.canClose) return false;
    if (later.canClose) return true;
  }
  return false;
}

/** Whether a paragraph has a mark that could close an open quotation of `family` before any new one opens. */
function closesCarriedQuotation(marks: Mark[], family: MarkFamily): boolean {
  for (const m of marks) {
    if (m.family !== family) continue;
    if (m.canClose) return true;
    if (m.canOpen) return false;
  }
  return false;
}

interface Open {
  family: MarkFamily;
  pos: number;
  width: number;
  paragraph: number;
  reopens: boolean;
}

/**
 * Every outermost quotation of the article, in order. A quotation nested in
 * another (‘…’ inside “…”) is part of the outer one. A paragraph that ends with
 * the quotation still open continues it: in the next paragraph when that opens
 * with a mark of the same family, or across the line break when the next line
 * goes on without one and closes it.
 */
export function pairQuotationMarks(article: Article): QuotedSpan[] {
  const prose = article.prose;
  const spans: QuotedSpan[] = [];
  const paragraphMarks = article.paragraphs.map((p) => marksOf(prose, p.start, p.end));
  let stack: Open[] = [];
  let reopenNext = false;

  for (const paragraph of article.paragraphs) {
    const marks = paragraphMarks[paragraph.index];
    const carried = stack[0];
    if (carried && !closesCarriedQuotation(marks, carried.family)) stack = [];
    for (let k = 0; k < marks.length; k++) {
      const m = marks[k];
      const top = stack[stack.length - 1];
      // The innermost open mark of the family closes first ('“… what he calls “hell” than …”').
      let openIndex = -1;
      for (let o = stack.length - 1; o >= 0; o--) if (stack[o].family === m.family) { openIndex = o; break; }
      if (openIndex >= 0 && m.canClose && !(m.family === 'single' && possessiveApostrophe(prose, marks, k, paragraph.end))) {
        if (openIndex === 0) {
          const outer = stack[0];
          spans.push(spanOf(outer, m.pos + m.width - 1, false, m.pos));
        }
        stack = stack.slice(0, openIndex);
        continue;
      }
      if (m.canOpen && (!top || top.family !== m.family || nestsSameFamily(prose, marks, k))) {
        const atStart = m.pos === paragraph.start;
        stack.push({ family: m.family, pos: m.pos, width: m.width, paragraph: paragraph.index, reopens: stack.length === 0 && atStart && reopenNext });
      }
    }
    reopenNext = false;
    const outer = stack[0];
    if (!outer) continue;
    const next = article.paragraphs[paragraph.index + 1];
    const nextMarks = next ? paragraphMarks[next.index] : [];
    const reopened = next !== undefined && nextMarks[0]?.pos === next.start && nextMarks[0].family === outer.family && nextMarks[0].canOpen;
    if (reopened) {
      spans.push(spanOf(outer, paragraph.end, true));
      stack = [];
      reopenNext = true;
    } else if (next && closesCarriedQuotation(nextMarks, outer.family)) {
      stack = stack.slice(0, 1);
    } else {
      // Never closed: a quotation only when it opened the paragraph (a missing closing mark), else a stray mark.
      if (outer.pos === article.paragraphs[outer.paragraph].start) spans.push(spanOf(outer, paragraph.end, false));
      stack = [];
    }
  }
  return spans.filter((s) => s.end > s.start && /[\p{L}\p{Nd}]/u.test(prose.slice(s.start, s.end)) && nicknameAt(prose, s.open) < 0);
}

/**
 * A curly opening mark after a word inside a quotation of the same marks
 * ('“As a young woman, I'd rather live in what he calls “hell” than …”'):
 * copy that does not alternate double and single marks nests them; a mark
 * that can only open cannot close the quotation around it.
 */
function nestsSameFamily(prose: string, marks: Mark[], k: number): boolean {
  const m = marks[k];
  // Only inside a running sentence: after a full stop or at a line's start the mark opens a new quotation.
  if (m.canClose || (prose[m.pos] !== '“' && prose[m.pos] !== '„') || !/[\p{L}\p{Nd},:;] $/u.test(prose.slice(Math.max(0, m.pos - 2), m.pos))) return false;
  // The inner quotation closes, then the outer one, before another opens: a stray mark ('“The “Mean Girls” star
  // fooled …, where her lawyer said she was “ensconced …”') nests nothing.
  const next = marks.slice(k + 1).filter((x) => x.family === m.family).slice(0, 2);
  return next.length === 2 && next.every((x) => x.canClose && !(x.canOpen && prose[x.pos] === '“'));
}

/**
 * A nickname set in marks between a first and a last name ('Dolores “Dee”
 * Whitt', 'Harold "Buddy" Carmack'): one or two capitalised words, a
 * capitalised word right before the opening mark and right after the closing
 * one. Part of the name, not a quotation. Returns the closing mark's position, or -1.
 */
export function nicknameAt(prose: string, open: number): number {
  if (!'"“‘\''.includes(prose[open] ?? '')) return -1;
  const before = /(?:^|[^\p{L}])\p{Lu}[\p{L}\p{M}.'’\-]*[ \u00a0]$/u.exec(prose.slice(Math.max(0, open - 30), open));
  if (!before) return -1;
  const m = /^["“‘']\p{Lu}[\p{L}\p{M}.'’\-]*(?:[ \u00a0]\p{Lu}[\p{L}\p{M}.'’\-]*)?["”’'][ \u00a0]\p{Lu}\p{Ll}/u.exec(prose.slice(open, open + 40));
  if (!m) return -1;
  return open + m[0].length - 4;
}

/** `close` is the closing mark's last character, `end` its first (they differ for a mark typed as two apostrophes). */
function spanOf(open: Open, close: number, leftOpen: boolean, end = close): QuotedSpan {
  return {
    open: open.pos,
    close,
    start: open.pos + open.width,
    end,
    family: open.family,
    paragraph: open.paragraph,
    leftOpen,
    reopens: open.reopens,
  };
}
