import type { SpeakerResolution } from '../findings';

/** Who a quotation is attributed to, as the article names them. */
export interface Speaker {
  /** The fullest name the article gives (honorifics and titles left out), or the anonymous description. */
  name: string;
  resolution: Exclude<SpeakerResolution, 'none'>;
  /** Where the speaker is named for this quotation (the pronoun or role noun when resolved through one). */
  start: number;
  end: number;
}

/** A quotation: one or more spans of quoted words (a split quotation has two) and its speaker. */
export interface Quotation {
  /** From the first span's start to the last span's end; the marks are outside [start, end). */
  start: number;
  end: number;
  /** The quoted words' spans (inside the marks), in order. */
  spans: Array<{ start: number; end: number }>;
  /** The quoted words, spans joined by ' … '. */
  text: string;
  speaker: Speaker | null;
  /** The attribution cue ('said', 'according to', 'stating', ':'), or null. */
  cue: string | null;
  /**
   * 'full' when the quotation is someone's sentence(s); 'partial' when a few
   * quoted words run inside the reporter's sentence ('described the damage as
   * "catastrophic"').
   */
  kind: 'full' | 'partial';
}
