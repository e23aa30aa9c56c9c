import { type ClaimSide, type Conflict } from './conflict';
import { gist } from './gist';
import { isPastForm } from './lemma';
import { ordinalConflict } from './ordinal';
import { perWords } from './memo';
import type { ClaimWord } from './terms';

/**
 * 'First' against 'again': one article says something happened for the first
 * time, another that it happened before. Only two shapes of 'first' make that
 * claim, and each names what is new:
 *
 * - 'the first time (that) S V …' / 'for the first time': the event is the
 *   clause's subject and verb ('the first time the Greens have held …');
 * - 'the first [adjectives] N in/on/at/against <Name>': the event happens to the
 *   named place or party ('the first confirmed drone attack in the Kaluga region').
 *
 * 'The first Argentine to play for Rovers', 'the first to reach the microphone',
 * 'first elected in 2015', 'their first proper look at the damage' say nothing
 * about an earlier occurrence and are not first-claims.
 *
 * The other side repeats: 'again', 'once again', 'once more', 'for the second
 * time', 'the second time …', 'previously', 'S, who last V-ed …'.
 */
interface FirstClaim {
  /** Concepts that identify the event (subject and verb, or the named party). */
  event: string[];
  /** Whether the event is named by its party only (the 'first N in <Name>' shape). */
  byName: boolean;
  text: string;
}

interface RepeatClaim {
  /** Index in the words of the repetition cue. */
  at: number;
  text: string;
}

const FIRST_SCOPE = new Set(['in', 'on', 'at', 'against', 'over', 'inside']);

export const firstClaim = perWords(firstClaimIn);

function firstClaimIn(words: readonly ClaimWord[]): FirstClaim | undefined {
  const normal = (i: number) => words[i]?.token.normal ?? '';
  for (let i = 0; i < words.length; i++) {
    if (normal(i) !== 'first') continue;
    // 'the first time since 2011', 'the first … in 20 years' say it happened before.
    const window = words.slice(i, i + 12).map((w) => w.token.normal).join(' ');
    if (/\b(?:since|in (?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|many|several) (?:years|decades|months|generations))\b/.test(window)) continue;
    if (normal(i + 1) === 'time') {
      // 'for the first time' describes the clause around it; 'the first time S V' the clause after it.
      const after = normal(i - 2) === 'for' ? words.filter((_, j) => j < i - 2 || j > i + 1) : words.slice(i + 2);
      const event = eventOf(after);
      if (event.length >= 2) return { event, byName: false, text: phraseOf(words, i, Math.min(words.length, i + 8)) };
      continue;
    }
    if (normal(i - 1) !== 'the' && normal(i - 1) !== 'its' && normal(i - 1) !== 'their') continue;
    // 'the first [adjectives] N in <Name>': lower-case words up to a scope preposition, then a name.
    let j = i + 1;
    while (j < words.length && j - i <= 4 && words[j].token.kind === 'word' && !FIRST_SCOPE.has(normal(j)) && !words[j].name) j++;
    if (j === i + 1 || !FIRST_SCOPE.has(normal(j)) || normal(j - 1) === 'to') continue;
    // 'The first occurred on Kansas City's opening drive': 'first' is a pronoun and the verb says what happened, not what is new.
    if (j === i + 2 && isPastForm(words[i + 1].token.text)) continue;
    let k = j + 1;
    if (normal(k) === 'the') k++;
    const names: string[] = [];
    while (k < words.length && words[k].name) names.push(words[k++].token.normal);
    if (names.length > 0) return { event: names, byName: true, text: phraseOf(words, i, k) };
  }
  return undefined;
}

/** The subject's names and the main verb of a clause ('the Greens have held …' → green, hold); the object's names when the subject has none. */
function eventOf(words: readonly ClaimWord[]): string[] {
  const verbAt = words.findIndex((w) => w.concept && w.token.kind === 'word' && !w.name && isPastForm(w.token.text));
  if (verbAt < 0) return [];
  const names = (from: number, to: number) => words.slice(from, to).filter((w) => w.name && w.concept).map((w) => w.concept!);
  let subject = names(0, verbAt);
  if (subject.length === 0) {
    let end = verbAt + 1;
    while (end < words.length && (words[end].name || words[end].token.normal === 'the')) end++;
    subject = names(verbAt + 1, end);
  }
  return subject.length > 0 ? [...subject, words[verbAt].concept!] : [];
}

export const repeatClaim = perWords(repeatClaimIn);

function repeatClaimIn(words: readonly ClaimWord[]): RepeatClaim | undefined {
  const normal = (i: number) => words[i]?.token.normal ?? '';
  for (let i = 0; i < words.length; i++) {
    const w = normal(i);
    if (w === 'again' || (w === 'once' && normal(i + 1) === 'more') || w === 'previously') {
      return { at: i, text: phraseOf(words, Math.max(0, i - 1), Math.min(words.length, i + 2)) };
    }
    if (/^(?:second|third|fourth|fifth)$/.test(w) && normal(i + 1) === 'time') return { at: i, text: phraseOf(words, i, i + 2) };
    // 'who last held the seat': 'last' before a past verb.
    if (w === 'last' && words[i + 1] && !words[i + 1].name && isPastForm(words[i + 1].token.text)) {
      return { at: i, text: phraseOf(words, i, i + 2) };
    }
  }
  return undefined;
}

function phraseOf(words: readonly ClaimWord[], from: number, to: number): string {
  return words.slice(from, to).map((w) => w.token.text).join(' ').replace(/\s+([,.;:’'])/g, '$1');
}

const NEAR = 5;

export function firstAgainConflict(a: ClaimSide, b: ClaimSide): Conflict | null {
  const ordinal = ordinalConflict(a, b);
  if (ordinal) return ordinal;
  const first = firstClaim(a.words);
  if (!first) return null;
  // A side that also says 'first' is not contradicting the other's 'first'.
  if (firstClaim(b.words)) return null;
  const repeat = repeatClaim(b.words);
  if (!repeat) return null;
  if (first.byName) {
    // The repeated event must be about the same named party, named next to the cue.
    const near = b.words.slice(Math.max(0, repeat.at - NEAR), repeat.at + NEAR + 1).filter((w) => w.name).map((w) => w.token.normal);
    if (!first.event.some((name) => near.includes(name))) return null;
  } else if (!first.event.every((c) => b.terms.has(c))) {
    return null;
  }
  return { reason: 'first-again', detail: `'${first.text}' ↔ '${repeat.text}'`, here: gist(a), there: gist(b) };
}
