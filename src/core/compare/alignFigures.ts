import type { Article } from '../text/article';
import type { ComparableFigure, ConflictRow, FigureMentionCell, FigureRow } from './comparison';
import { comparedPassage, overlaps } from './conflicts';

/** A figure's normalised value for display: '1,200', '40–50 km', or its own words when it has no number (a date). */
export function figureValue(f: Pick<ComparableFigure, 'low' | 'high' | 'unit' | 'text'>): string {
  if (f.low === null || f.high === null) return f.text.replace(/\s+/g, ' ').trim();
  const n = (x: number): string => (Number.isFinite(x) ? x.toLocaleString('en-US', { maximumFractionDigits: 2 }) : '∞');
  const value = f.low === f.high ? n(f.low) : `${n(f.low)}–${n(f.high)}`;
  return f.unit ? `${value} ${f.unit}` : value;
}

/** 'hospitalised:worker' → 'hospitalised · worker'. */
export function quantityWords(key: string): string {
  return key
    .split(':')
    .map((part) => part.replace(/[-_]+/g, ' ').trim())
    .filter((part) => part !== '')
    .join(' · ');
}

function intervalsMeet(x: FigureMentionCell, y: FigureMentionCell): boolean {
  if (x.low === null || x.high === null || y.low === null || y.high === null) return x.text.toLowerCase() === y.text.toLowerCase();
  return (x.unit ?? '') === (y.unit ?? '') && x.low <= y.high && y.low <= x.high;
}

/**
 * Figures grouped by the quantity they measure (the engine's key): for each,
 * the mentions in A and in B with normalised values. The engine's
 * inconsistent-figure findings between the two mark a conflict; values that
 * do not meet without a finding (the engine judged the gap acceptable, or
 * could not tell) are shown as a difference.
 */
export function alignFigures(a: Article, figuresA: ComparableFigure[], b: Article, figuresB: ComparableFigure[], conflicts: ConflictRow[]): FigureRow[] {
  const groups = new Map<string, { a: FigureMentionCell[]; b: FigureMentionCell[] }>();
  const add = (article: Article, f: ComparableFigure, sideName: 'a' | 'b'): void => {
    if (!f.key) return;
    let g = groups.get(f.key);
    if (!g) groups.set(f.key, (g = { a: [], b: [] }));
    g[sideName].push({ ...comparedPassage(article, f.start, f.end), value: figureValue(f), low: f.low, high: f.high, unit: f.unit });
  };
  for (const f of figuresA) add(a, f, 'a');
  for (const f of figuresB) add(b, f, 'b');

  const figureConflicts = conflicts.filter((c) => c.rule === 'inconsistent-figure');
  const rows: FigureRow[] = [];
  for (const [key, g] of groups) {
    const row: FigureRow = { status: 'agree', key, quantity: quantityWords(key), a: g.a, b: g.b };
    if (g.a.length === 0) row.status = 'only-b';
    else if (g.b.length === 0) row.status = 'only-a';
    else {
      const conflict = figureConflicts.find((c) => g.a.some((x) => overlaps(x, c.a)) && g.b.some((y) => overlaps(y, c.b)));
      if (conflict) {
        row.status = 'conflict';
        row.detail = conflict.message;
      } else if (!g.a.some((x) => g.b.some((y) => intervalsMeet(x, y)))) {
        row.status = 'differ';
        row.detail = 'The values differ; Source Check did not judge them inconsistent.';
      }
    }
    rows.push(row);
  }
  return rows.sort((x, y) => ORDER[x.status] - ORDER[y.status] || (x.a[0]?.start ?? x.b[0]?.start ?? 0) - (y.a[0]?.start ?? y.b[0]?.start ?? 0));
}

const ORDER: Record<FigureRow['status'], number> = { conflict: 0, differ: 1, agree: 2, 'only-a': 3, 'only-b': 4 };
