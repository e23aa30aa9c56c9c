// The messages between the extension host and the engine's worker (a
// worker_threads Worker on the desktop, a Web Worker in the browser). Plain
// data only: each message crosses the thread boundary by structured clone.
// This file holds types (and one naming function) alone, so that both sides
// import it without pulling in the other's code.
import type { Comparison } from '../../core/compare/comparison';
import type { Finding, Passage } from '../../core/findings';
import type { ArticleFormat } from '../../core/text/article';

/** What the extension host asks of the engine. */
export type EngineRequest =
  /** Adds an article or replaces its text; `version` stamps the findings computed on this text. */
  | { type: 'load'; id: string; version: number; text: string; format: ArticleFormat }
  | { type: 'remove'; id: string }
  /**
   * Checks the articles changed since the last check and those that depend on
   * them (`ids` adds more; `all` checks every article). Findings come back one
   * `findings` message per article, then `checked`.
   */
  | { type: 'check'; request: number; ids?: string[]; all?: boolean }
  /** The articles that share quantities, claims or quotations with one article. */
  | { type: 'dependents'; request: number; id: string }
  /** What the hover shows at an offset of one article, on the given version of its text. */
  | { type: 'hover'; request: number; id: string; version: number; offset: number; findings: Finding[] }
  /** The side-by-side comparison of two articles, with the findings each shows. */
  | { type: 'compare'; request: number; a: string; b: string; findingsA: Finding[]; findingsB: Finding[] }
  /** Stops a check or query under way at its next article; its reply says it was cancelled. */
  | { type: 'cancel'; request: number };

/** What the engine tells the extension host. */
export type EngineEvent =
  /** One article's findings, computed on `version` of its text (dropped by the host if the text has moved on). */
  | { type: 'findings'; id: string; version: number; findings: Finding[]; english: boolean; language?: string; englishRatio: number }
  /** A check's progress: it is now working on `id` (named in the log if the worker dies there). */
  | { type: 'progress'; request: number; id: string; done: number; total: number }
  | { type: 'checked'; request: number; checked: number; total: number; cancelled: boolean }
  | { type: 'reply'; request: number; result: unknown; cancelled?: boolean }
  /** An article whose analysis or check failed; its other findings are not shown. */
  | { type: 'failure'; id: string; version: number; message: string; detail: string };

/** The answer to a `hover` request: passages to show, as offsets; the host turns them into Markdown and links. */
export interface HoverAnswer {
  /** The span of the article the hover covers. */
  start: number;
  end: number;
  /** The words of each passage the findings here relate to, by `articleId:start:end`. */
  relatedTexts: Record<string, string>;
  blocks: HoverBlock[];
}

export type HoverBlock =
  | { kind: 'quotation'; speaker?: string; resolution: string; cue?: string; start: number; end: number; echoes: Array<{ articleId: string; start: number; end: number; text: string; speaker?: string }> }
  | { kind: 'figure'; quantity?: string; display: string; mentions: Array<{ articleId: string; start: number; end: number; text: string; display: string }> }
  | { kind: 'corroborated'; passages: Array<{ articleId: string; start: number; end: number; text: string }> }
  | { kind: 'place'; name: string; country: string; lat: number; lon: number; others: Array<{ km: number; bearing: string; name: string }> }
  /** Who a name is across the loaded articles: other names for them, and what each article says of them. */
  | { kind: 'person'; name: string; body: boolean; aliases: string[]; articles: number; attributes: Array<{ kind: string; value: string; sure: boolean; articleId: string; start: number; end: number }> };

export type CompareAnswer = Comparison | undefined;

/** How a related passage is named in `HoverAnswer.relatedTexts`. */
export function relatedKey(p: Passage): string {
  return `${p.articleId}:${p.start}:${p.end}`;
}
