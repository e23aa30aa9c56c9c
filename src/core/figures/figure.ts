/** A quantity mentioned in an article: its value as an interval, its unit and what it counts. */
export interface Figure {
  start: number;
  end: number;
  text: string;
  /** The normalised value as a closed interval in `unit` (a point when low === high); null for a date or weekday. */
  low: number | null;
  high: number | null;
  unit: string | null;
  /** The quantity it measures ('hospitalised:worker', 'date:event'); only figures with the same key are compared. */
  key: string | null;
}
