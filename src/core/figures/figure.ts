import type { Article, Sentence } from '../text/article';

/** What kind of quantity a figure states; only figures of comparable kinds are compared. */
export type FigureKind =
  | 'count'
  | 'measure'
  | 'money'
  | 'percent'
  | 'age'
  | 'ordinal'
  | 'year'
  | 'date'
  | 'weekday'
  | 'time'
  | 'duration';

/**
 * When a dated figure happened. A weekday is a window of hours in the week
 * (Sunday 00:00 = 0, cyclic at 168) so that 'Saturday night' and 'the early
 * hours of Sunday' can agree; a date keeps the parts it states.
 */
export interface FigureWhen {
  weekday?: number;
  /** Hours from Sunday 00:00 of the start and end of the window (end may exceed 168 and wraps). */
  fromHour?: number;
  toHour?: number;
  year?: number;
  month?: number;
  day?: number;
}

/** A quantity mentioned in an article: its value as an interval, its unit and what it counts. */
export interface Figure {
  start: number;
  end: number;
  text: string;
  /** The number as written, with its qualifier and unit but without the counted noun ('a dozen', '30-mile'). */
  stated: string;
  /**
   * The normalised value as an interval in `unit` (a point when low === high);
   * null for a weekday or date, whose value is in `when`. Minutes of the day for a time.
   */
  low: number | null;
  high: number | null;
  unit: string | null;
  /** The quantity it measures ('count:worker:hospital', 'day:fire'); only figures with the same key are compared. */
  key: string | null;
  kind: FigureKind;
  /** The number as stated, before its qualifier (12 for 'about a dozen'); null when there is none. */
  value: number | null;
  /** The qualifier as normalised ('about', 'more than', 'range', …), null for a plain number. */
  qualifier: string | null;
  lowOpen: boolean;
  highOpen: boolean;
  /** Half the last significant digit of the stated number, in `unit`: how far it may have been rounded. */
  rounding: number;
  /** Significant digits of the stated number, to tell a rounded figure from a precise one. */
  significant: number;
  /** What is counted or measured, in words, for messages ('workers taken to hospital'). */
  quantity: string | null;
  /** The person or body the figure belongs to when the text names it ('lund' for 'Peter Lund, 76,'). */
  owner: string | null;
  /** A share that is its clause's subject ('40 percent of the flights were cancelled'): of everyone's, so never one owner's. */
  ofAll?: boolean;
  /**
   * The act or thing a duration is the length of, as a lemma ('negotiate', 'talks', 'strike'):
   * figures keyed 'duration:act' are compared only when WordNet relates their acts.
   */
  act?: string;
  /** A zero read from a negation ('no one was hurt'): such claims are the contradiction rule's, not this one's. */
  negated: boolean;
  /** 'sure' when the key rests on a role or a name, 'unsure' when only on a bare noun. */
  confidence: 'sure' | 'unsure';
  /** Index of the sentence that holds it: two figures of one sentence are never compared. */
  sentence: number;
  when?: FigureWhen;
  /** Whose it is, which occasion and which part of a whole: set once the article's figures are all found. */
  attachment?: FigureAttachment;
  /**
   * The day of a series of events ('Sunday's quakes', 'rallies on Monday'): it tells that the article
   * gives its kind of event two days (see FigureAttachment.ambiguous), but it is no one event's date
   * and is compared with none.
   */
  series?: boolean;
  /** A full date of the page's dateline ('Posted: Sep 27, 2013 5:50 PM'): the day the article was written, its 'now'. */
  dateline?: boolean;
  /** The event or thing a measure with no key is of (see eventMeasure.ts). */
  measures?: EventMeasure;
}

/**
 * What a measure with no key measures: its dimension, the event its clause names
 * (a verb or an act noun, as a WordNet lemma) and the thing it is of or the
 * clause's subject ('bus' for 'the bus was doing 90 km/h').
 */
export interface EventMeasure {
  /** 'duration', 'speed', 'distance', 'mass', 'time of day', 'percentage', 'money' … */
  dimension: string;
  event: string | null;
  /** The event's word as written, for messages ('negotiating', 'talks'). */
  said: string | null;
  thing: string | null;
  /** The thing is what a pronoun ('it') most likely stands for: enough to tie two measures as likely, never surely. */
  inferred: boolean;
  /** The name that is the clause's subject ('david garrard'): two names' measures are two people's. */
  who?: string;
  /** The event is named by a noun ('the search', 'an 11-yard pass'), which says which event; a bare verb does not. */
  named?: boolean;
}

/** What a figure is attached to beyond its key (set by attachment.ts). */
export interface FigureAttachment {
  /** The clause's subject when it names someone and the figure is not itself the subject ('hansbrough'). */
  holder: string | null;
  /** null for the story's own time; 'past' or 'past:2004' for an occasion the article recalls. */
  occasion: string | null;
  /** The years the figure's sentence names: two sentences naming only different years tell of different occasions. */
  years: number[];
  /** A part or a total of the counted whole, marked as such ('across asia', 'in one province alone'). */
  part: string | null;
  /**
   * A count a universal quantifier states as the whole of its set ('all four lifts', 'both of its two
   * data centres'): it is what the whole of a partitive counts ('two of the four lifts'), as well as
   * what a count told alone may count.
   */
  whole?: boolean;
  /** The place the clause puts the figure in ('takengon' for 'in Takengon'). */
  place: string | null;
  /**
   * The article itself gives a larger count of the same key with no place beside this count in a place
   * ('24 people dead' … 'Twelve people were killed … in Bener Meriah district'): this one counts a part.
   */
  within?: boolean;
  /** The window of a series the figure counts ('first', 'last'). */
  selector: string | null;
  /** One end of a range ('from midnight to 7 a.m.'): neither end is the whole quantity. */
  rangeEnd: boolean;
  /**
   * The figure's clause is about another thing of a kind the story names ('three died in an air strike on
   * another UN school', 'another climber … fell about 200 feet'): a second instance, not the story's own.
   */
  another?: boolean;
  /** A measure that names a mark, not a length ('tackled at the 14-yard line', 'from the 200-metre mark'): a place on a scale. */
  mark?: boolean;
  /**
   * The article gives this key two different days ('the quake on Wednesday … Sunday's quakes'):
   * it tells of two events of one kind, and which one another article dates cannot be known.
   */
  ambiguous: boolean;
}

export interface FoundFigure {
  figure: Figure;
  next: number;
}

/** The fields every figure starts from. */
export function baseFigure(article: Article, sentence: Sentence, start: number, end: number): Figure {
  return {
    start,
    end,
    text: article.text.slice(start, end),
    stated: article.text.slice(start, end),
    low: null,
    high: null,
    unit: null,
    key: null,
    kind: 'count',
    value: null,
    qualifier: null,
    lowOpen: false,
    highOpen: false,
    rounding: 0,
    significant: 0,
    quantity: null,
    owner: null,
    negated: false,
    confidence: 'unsure',
    sentence: sentence.index,
  };
}

/**
 * What a figure measures, as the key builders (`countKey.ts`, `measureKey.ts` …)
 * read it from the words around it; beside `Figure` so that the builders and
 * `quantityKey.ts`, which gathers them, import it without a circle.
 */
export interface QuantityKey {
  key: string | null;
  quantity: string | null;
  owner: string | null;
  confidence: 'sure' | 'unsure';
  /** A share that is its clause's subject: see Figure.ofAll. */
  ofAll?: boolean;
  /** See Figure.act. */
  act?: string;
  /** Offset where the figure's span should end (after the counted noun), if beyond the number. */
  end?: number;
}
