/**
 * A claim: what one clause of a sentence asserts, with what the contradiction
 * rules need to know about it — whether it is negated or hedged, who asserts it,
 * and the names, times and figures it mentions.
 */
export interface Claim {
  start: number;
  end: number;
  text: string;
  /** The words before the predicate ('The River Aske'), or null when none was found. */
  subject: string | null;
  /** The first verb of the clause ('rose', 'were hurt'), or null. */
  predicate: string | null;
  polarity: 'positive' | 'negative';
  /** Index of the sentence in `Article.sentences`. */
  sentence: number;
  /** The clause's tokens in the sentence: [first, last). */
  tokenRange: [number, number];
  /**
   * What a leading 'It' stands for ('It was rejected' after 'X tabled an
   * amendment to …'): the previous sentence's object, as its tokens [first, last),
   * read in place of the pronoun by the rules.
   */
  antecedent?: { sentence: number; first: number; last: number };
  /** An 'it' before an origin verb read as the previous sentence's event noun (see pronounEvent.ts). */
  pronounEvent?: { index: number; concept: string };
  /** The negation cue ('no', 'denied', 'without'), or null. */
  negation: string | null;
  /** The hedge cue ('may', 'reportedly', 'believed to'), or null for a firm claim. */
  hedge: string | null;
  /** Who the article says asserts it ('Fire officials', 'Gwen Aldous'); null for the article itself. */
  source: string | null;
  /** Names in the clause (lower case, one entry per word). */
  entities: string[];
  /** Content concepts of the clause (stems, synonyms merged): what the alignment index keys on. */
  terms: string[];
  /** Named places the clause puts things in ('Coldham', 'Carrow town hall' → 'Carrow'). */
  places: string[];
  /** Time words of the clause ('sunday', 'overnight', '2011'). */
  times: string[];
  /** The event the clause gives a cause for ('fire', 'shortfall'; see cause.ts), which aligns it with other accounts of that cause. */
  causeEvent?: string;
  /** The event an 'It was the first/second …' clause ranks ('derailment', 'close'; see ordinal.ts), which aligns it with other rankings of that event. */
  ordinalEvent?: string;
  /** Numbers in the clause, as written. */
  figures: string[];
}
