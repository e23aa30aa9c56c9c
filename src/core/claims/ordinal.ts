import { wordsText, type ClaimSide, type Conflict } from './conflict';
import { gist } from './gist';
import { isPastForm } from './lemma';
import type { ClaimWord } from './terms';
import { lemmasOf } from '../lexicon/wordnet';

/**
 * Ordinal claims about one event: 'It was the first derailment in the town'
 * against 'It was the second derailment on that stretch'; 'It is the first
 * time the road has been closed' against 'It is the second time … the road
 * has been shut'. Only the copular shape 'It/This/That is/was/marks the Nth
 * …' is read: it speaks of the event itself, while 'the first floor' or 'the
 * second half' elsewhere in a clause name a part, not a repetition.
 */
export interface OrdinalClaim {
  /** 1 for 'first', 2 for 'second', … */
  rank: number;
  /** The event's concept: the noun after the ordinal, or the verb of the clause after 'time'. */
  event: string;
  /** Index in the words of the ordinal. */
  at: number;
  /** Index of the last word of the ranked phrase ('first Legionnaires' outbreak'), when it is not the word after the ordinal. */
  last?: number;
  /** For 'the first time …': the content concepts of the clause after 'time', which two wordings of one event share ('the race was affected by heat' / 'the race has been disrupted by heat'). */
  clause?: Set<string>;
}

const RANKS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5 };
const COPULAS = new Set(['is', 'was', 'marks', 'marked', 'became', 'becomes']);

export function ordinalClaim(words: readonly ClaimWord[]): OrdinalClaim | undefined {
  const normal = (i: number) => words[i]?.token.normal ?? '';
  if (!/^(?:it|this|that)$/.test(normal(0)) || !COPULAS.has(normal(1)) || normal(2) !== 'the') return possessedOrdinal(words);
  const rank = RANKS[normal(3)];
  if (!rank) return possessedOrdinal(words);
  if (normal(4) === 'time') {
    // The verb of the clause after 'time', skipping a participle that opens a parenthetical (', known to …').
    for (let i = 5; i < words.length; i++) {
      const w = words[i];
      if (w.concept && w.token.kind === 'word' && !w.name && isPastForm(w.token.text) && words[i - 1].token.text !== ',') return { rank, event: w.concept, at: 3, clause: clauseAfter(words, 5) };
    }
    return undefined;
  }
  const noun = headNoun(words, 4);
  if (!noun) return undefined;
  return { rank, event: eventOf(noun), at: 3, last: words.indexOf(noun) };
}

/** Words that end the noun phrase after an ordinal: what follows is its complement ('the first outbreak in the county', 'of the disease'). */
const PHRASE_END = /^(?:in|of|at|on|for|since|to|from|by|with|involving|that|which|who|this|last|and|but|or|is|was|has|had)$/;

/**
 * The head of the noun phrase that starts at `from`: its last word before a
 * preposition, a relative or punctuation, skipping a possessive mark ('the
 * first Legionnaires' outbreak in …' → outbreak), at most four words on.
 */
function headNoun(words: readonly ClaimWord[], from: number): ClaimWord | undefined {
  let head: ClaimWord | undefined;
  for (let i = from; i < Math.min(words.length, from + 5); i++) {
    const w = words[i];
    if (w.token.kind !== 'word') {
      if (/^['’]$/.test(w.token.text)) continue;
      break;
    }
    if (PHRASE_END.test(w.token.normal)) break;
    head = w;
  }
  return head?.concept && !head.name ? head : undefined;
}

/** The content concepts of the words from `from` on, names included. */
function clauseAfter(words: readonly ClaimWord[], from: number): Set<string> {
  return new Set(words.slice(from).filter((w) => w.concept).map((w) => w.concept!));
}

/** Concepts of a 'first time' clause both wordings must share besides the ordinal: the thing and what happened to it. */
const SAME_TIME_CLAUSE = 2;

/** Whether two ordinal claims rank one event: the same event noun or verb, or two 'first time' clauses about one thing. */
function sameEvent(x: OrdinalClaim, y: OrdinalClaim): boolean {
  if (x.event === y.event) return true;
  if (!x.clause || !y.clause) return false;
  let shared = 0;
  for (const c of x.clause) if (y.clause.has(c) && ++shared >= SAME_TIME_CLAUSE) return true;
  return false;
}

/** The event a noun names, one lemma for its synonyms in news copy ('drop' → 'relegation', 'blaze' → 'fire'). */
function eventOf(noun: ClaimWord): string {
  return lemmasOf(noun.token.normal, 'n')[0] ?? noun.concept!;
}

/**
 * 'the club's first relegation in 40 years', 'their second drop in a decade':
 * an ordinal after a possessive ranks the owner's events of a kind. Read only
 * with a window in years, since 'his second goal' and 'his first goal' are
 * two events, both true; the windows are compared by ordinalConflict.
 */
function possessedOrdinal(words: readonly ClaimWord[]): OrdinalClaim | undefined {
  for (let i = 1; i + 1 < words.length; i++) {
    const rank = RANKS[words[i].token.normal];
    if (!rank || !/^(?:its|their|his|her|our)$|'s$/.test(words[i - 1].token.normal)) continue;
    const noun = words[i + 1];
    if (!noun.concept || noun.name || noun.token.kind !== 'word' || windowYears(words, i) === undefined) continue;
    return { rank, event: eventOf(noun), at: i };
  }
  return undefined;
}

const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20, thirty: 30, forty: 40, fifty: 50 };

/** The window of an ordinal in years ('in 40 years' → 40, 'in a decade' → 10), or undefined. */
function windowYears(words: readonly ClaimWord[], at: number): number | undefined {
  const m = /\bin (\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty) (years?|decades?|century|centuries)\b/.exec(words.slice(at, at + 8).map((w) => w.token.normal).join(' '));
  if (!m) return undefined;
  const n = /^\d+$/.test(m[1]) ? Number(m[1]) : COUNTS[m[1]];
  return n * (/^decade/.test(m[2]) ? 10 : /^centur/.test(m[2]) ? 100 : 1);
}

/** Words after 'since' that date the event back to the beginning ('since the line opened', 'since records began'): the first ever. */
const ORIGINS = /\bsince (?:(?:the|its|it|records?) )?(?:\w+ )?(?:opened|open|opening|was built|were built|built|began|founded|was founded|started|records began|construction)\b/;

/** Whether the 'first' claim is limited to a window ('the first … this year', 'since 2011', 'in ten years'), which a repetition may sit outside. */
function windowed(words: readonly ClaimWord[], at: number): boolean {
  const after = words.slice(at).map((w) => w.token.normal).join(' ');
  if (/\bsince\b/.test(after) && !ORIGINS.test(after)) return true;
  return /\b(?:this|last) (?:year|month|week|season|decade|century)\b|\bin (?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|many|several) (?:years|decades|months|weeks|generations)\b/.test(after);
}

export function ordinalConflict(a: ClaimSide, b: ClaimSide): Conflict | null {
  const first = ordinalClaim(a.words);
  const repeat = ordinalClaim(b.words);
  if (!first || !repeat || first.rank !== 1 || repeat.rank < 2 || !sameEvent(first, repeat)) return null;
  // 'the first in 40 years' against 'the second in a decade': the repeat's window lies inside the first's.
  const yearsA = windowYears(a.words, first.at);
  const yearsB = windowYears(b.words, repeat.at);
  if (yearsA !== undefined && yearsB !== undefined) {
    if (yearsB > yearsA) return null;
  } else if (windowed(a.words, first.at)) return null;
  const text = (side: ClaimSide, o: OrdinalClaim) => wordsText(side, o.at, Math.max(o.at + 2, (o.last ?? 0) + 1));
  return { reason: 'first-again', detail: `'${text(a, first)}' ↔ '${text(b, repeat)}'`, here: gist(a), there: gist(b) };
}
