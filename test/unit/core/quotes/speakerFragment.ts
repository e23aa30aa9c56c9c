/**
 * Whether a reported speaker is a clause fragment rather than a name, a role
 * or a described source. Used by the unit tests and by
 * test/tools/speakerFragments.mjs over a whole set of articles.
 */
import nlp from 'compromise';

const TIME = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last (?:week|month|year))\b/i;

/** Why the speaker is a fragment, or undefined when it reads as a name, role or description. */
export function speakerFragment(speaker: string): string | undefined {
  const s = speaker.trim();
  if (!s) return 'empty';
  if (TIME.test(s)) return 'time expression';
  if (/[,;:()“”"]/.test(s)) return 'punctuation inside';
  if (/['’]s?$/.test(s)) return 'ends in a possessive';
  if (/\b(?:of|for|at|in|to|on|with|by|and|or|but|that|which|who)$/i.test(s)) return 'ends in a function word';
  const terms = ((nlp(s).json() as Array<{ terms: Array<{ tags: string[]; text: string }> }>)[0]?.terms ?? []);
  if (terms.length === 1) {
    const tags = new Set(terms[0].tags);
    const named = ['Person', 'ProperNoun', 'Place', 'Organization', 'FirstName', 'LastName', 'Acronym'].some((t) => tags.has(t));
    if (!named && ['Adverb', 'Conjunction', 'Preposition', 'Value', 'Determiner', 'Date'].some((t) => tags.has(t))) return 'lone ' + [...tags].join('/');
  }
  const last = terms[terms.length - 1];
  if (terms.length > 1 && last && /^\p{Ll}/u.test(last.text) && last.tags.includes('Verb') && !last.tags.includes('Noun')) return 'ends in a verb';
  // A finite verb inside the speaker makes it a clause ('The paper took note of').
  if (terms.some((t, k) => k > 0 && t.tags.includes('PastTense') && !t.tags.includes('Adjective') && !/^\p{Lu}/u.test(t.text))) return 'verb inside';
  return undefined;
}
