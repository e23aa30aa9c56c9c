/**
 * The side-by-side comparison of two articles: what the engine knows of each,
 * aligned row by row. The extension renders it; nothing here knows about views.
 */

import type { Claim } from '../claims/claim';
import type { Figure } from '../figures/figure';
import type { Quotation } from '../quotes/quotation';
import type { Article } from '../text/article';

/** The parts of a claim, figure and quotation the comparison reads (an ArticleAnalysis has them all). */
export type ComparableClaim = Pick<Claim, 'start' | 'end' | 'text' | 'polarity'>;
export type ComparableFigure = Pick<Figure, 'start' | 'end' | 'text' | 'low' | 'high' | 'unit' | 'key'>;
export type ComparableQuotation = Pick<Quotation, 'start' | 'end' | 'text'> & { speaker: { name: string } | null };

/** What the comparison needs of an analysed article (ArticleAnalysis is one). */
export interface ComparableArticle {
  article: Article;
  claims: ComparableClaim[];
  figures: ComparableFigure[];
  quotations: ComparableQuotation[];
}

/** A stretch of one article, with its words for display. */
export interface ComparedPassage {
  articleId: string;
  start: number;
  end: number;
  text: string;
}

/** A conflict the engine reported between the two articles (a finding in one with a related passage in the other). */
export interface ConflictRow {
  rule: string;
  message: string;
  /** Why, in a few words, without repeating the passages: "'first' ↔ 'again'", "workers taken to hospital: 9 ↔ 7". */
  detail: string;
  a: ComparedPassage;
  b: ComparedPassage;
}

export type ClaimStatus = 'conflict' | 'differ' | 'agree' | 'only-a' | 'only-b';

export interface ClaimRow {
  status: ClaimStatus;
  a?: ComparedPassage & { polarity: 'positive' | 'negative' };
  b?: ComparedPassage & { polarity: 'positive' | 'negative' };
  /** 0–1: how many content words the two claims share. */
  similarity: number;
  /** Why the row is a conflict or a difference, in a few words. */
  detail?: string;
}

export type FigureStatus = 'conflict' | 'differ' | 'agree' | 'only-a' | 'only-b';

export interface FigureMentionCell extends ComparedPassage {
  /** The normalised value for display: '12', '40–50', '3.5 million', 'km 12'. */
  value: string;
  low: number | null;
  high: number | null;
  unit: string | null;
}

export interface FigureRow {
  status: FigureStatus;
  /** The quantity's key as the engine names it ('hospitalised:worker'). */
  key: string;
  /** The key in words ('hospitalised · worker'). */
  quantity: string;
  a: FigureMentionCell[];
  b: FigureMentionCell[];
  detail?: string;
}

export type QuotationStatus = 'same' | 'different-speaker' | 'only-a' | 'only-b';

export interface QuotationCell extends ComparedPassage {
  speaker: string | null;
}

export interface QuotationRow {
  status: QuotationStatus;
  /** The speaker the row is grouped under (A's, else B's; 'Unattributed' when neither names one). */
  speaker: string;
  a?: QuotationCell;
  b?: QuotationCell;
  /** 0–1: how many words the two quotations share. */
  similarity: number;
}

export interface ComparedArticle {
  id: string;
  name: string;
  /** False when the article was skipped as not English: its side is empty for that reason. */
  english: boolean;
  language: string | null;
}

export interface Comparison {
  a: ComparedArticle;
  b: ComparedArticle;
  conflicts: ConflictRow[];
  claims: ClaimRow[];
  figures: FigureRow[];
  quotations: QuotationRow[];
  summary: {
    conflicts: number;
    /**
     * Differences the engine did not judge conflicts, each once: a differing
     * claim, a differing figure not inside a differing claim (the same date
     * would count twice), a quotation given to another speaker.
     */
    differences: number;
    claims: Record<ClaimStatus, number>;
    figures: Record<FigureStatus, number>;
    quotations: Record<QuotationStatus, number>;
  };
}
