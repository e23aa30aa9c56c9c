/** A claim: what one sentence (or clause) asserts. */
export interface Claim {
  start: number;
  end: number;
  text: string;
  subject: string | null;
  predicate: string | null;
  polarity: 'positive' | 'negative';
}
