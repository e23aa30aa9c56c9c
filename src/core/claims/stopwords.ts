import { CALENDAR_NAMES } from '../lexicon/calendarNames';

/**
 * Words that say nothing about which event a claim is about: function words,
 * auxiliaries, reporting verbs and vague news filler. They are left out of the
 * alignment so that two sentences meet only over content.
 */
const FUNCTION_WORDS = `a an the this that these those there here it its it's they them their theirs he him his she her hers
we us our you your i me my mine who whom whose which what when where why how whether if then than so as
and or nor but yet for of in on at by to from with without into onto over under about after before during
since until till up down out off through across along around between among against near within upon via per
be is are was were been being am have has had having do does did done will would shall should can could
may might must ought not no n't never also just only even still again once very more most less least much
many some any all each every both either neither other another such own same few several one ones
while although though because unless whereas however meanwhile also too already now yet ago
say said says told tell telling according added adding stated stating reported reporting report
mr mrs ms dr`;

/** Filler that appears in any story: no evidence that two claims are about one event. */
const FILLER = `time times year years day days week weeks month months today yesterday tomorrow tonight night
people person thing things way part lot number numbers
first second third last next new recent recently earlier later latest`;

const STOP = new Set([...FUNCTION_WORDS.split(/\s+/), ...FILLER.split(/\s+/), ...CALENDAR_NAMES].filter(Boolean));

export function isStopword(normal: string): boolean {
  return STOP.has(normal.replace(/’/g, '\''));
}

/** Capitalised words that are not names: sentence openers, pronouns, titles, days and months. */
const NOT_NAMES = new Set([
  ...`the a an this that these those there it its he she they we i you his her their our my your
   but and or so yet if when while as after before since although though however meanwhile
   mr mrs ms dr prof gov sir lord lady`.split(/\s+/),
  ...CALENDAR_NAMES,
]);

export function isNameWord(text: string, sentenceInitial: boolean): boolean {
  if (!/^\p{Lu}/u.test(text)) return false;
  // A contraction is its first word's: 'I'm', 'It's' and 'We've' open many a quotation and name no one.
  if (NOT_NAMES.has(text.toLowerCase().replace(/['’].*$/, ''))) return false;
  // A capital at the start of a sentence proves nothing; such a word counts as a name only when it
  // is all capitals (an acronym) — callers may confirm it by another, mid-sentence capitalised use.
  return !sentenceInitial || /^\p{Lu}{2,}$/u.test(text);
}
