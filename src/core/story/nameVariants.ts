/**
 * Whether two written names are one person's name in two forms: an
 * honorific or a generational suffix added ('Herbert Lane' / 'Herbert Lane
 * Jr'), a particle written apart or together ('DelGiudice' / 'Del
 * Giudice'), a surname misspelt by one letter in one outlet ('Wetzler' /
 * 'Welzler'), or one name a shortening of the other ('Lane' / 'Herbert
 * Lane'). Two articles that give the same words to such forms disagree
 * about spelling, not about who spoke.
 */
import honorifics from '../lexicon/honorifics.json';
import nameParticles from '../lexicon/name-particles.json';

const HONORIFICS = new Set(Object.keys(honorifics.honorifics));
const PARTICLES = new Set(nameParticles.particles);
/** Generational suffixes: a family's two generations share the name, but one outlet's form with and another's without it is the likelier reading. */
const SUFFIXES = /^(?:jr|sr|junior|senior|ii|iii|iv)$/;

/** A surname this short is too common a shape for a one-letter difference to mean a misspelling ('Lee' / 'Lees'). */
const MIN_TYPO_LENGTH = 5;

/** The name's words: lower case, no punctuation, honorifics and suffixes left out. */
export function nameParts(name: string): string[] {
  const words = name.toLowerCase().replace(/[’']s$/, '').replace(/[^\p{L}\s'’-]/gu, ' ').split(/\s+/).filter(Boolean);
  while (words.length > 1 && HONORIFICS.has(words[0])) words.shift();
  while (words.length > 1 && SUFFIXES.test(words[words.length - 1])) words.pop();
  return words;
}

/** The surname with its particles joined ('del giudice' → 'delgiudice'), and the given names before it. */
function split(words: string[]): { given: string[]; surname: string } {
  let k = words.length - 1;
  while (k > 0 && PARTICLES.has(words[k - 1])) k--;
  return { given: words.slice(0, k), surname: words.slice(k).join('').replace(/['’-]/g, '') };
}

/** Whether two surnames are one, allowing one edit (substitution, insertion, deletion or swap of neighbours) in a long one. */
function sameSurname(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < MIN_TYPO_LENGTH || a[0] !== b[0]) return false;
  return editDistance(a, b) <= 1;
}

/**
 * Two given-name lists agree when one is empty, or each word of the shorter
 * matches the longer's word in turn, initials against names or initials
 * ('J.' / 'John', 'J.' / 'AJ' / 'A.J.' once the full stops are gone).
 */
function sameGiven(a: string[], b: string[]): boolean {
  const x = joinInitials(a);
  const y = joinInitials(b);
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length === 0) return true;
  const initials = (w: string) => (w.length <= 2 ? w : w[0]);
  return short.every((w, i) => {
    const v = long[i];
    if (v === undefined) return false;
    if (w === v) return true;
    return (w.length <= 2 || v.length <= 2) && (initials(v).includes(initials(w)) || initials(w).includes(initials(v)));
  });
}

/** Single-letter initials run together ('a', 'j' → 'aj'), as 'A.J.' and 'AJ' are one. */
function joinInitials(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const last = out[out.length - 1];
    if (w.length === 1 && last !== undefined && /^\p{L}{1,2}$/u.test(last) && last.length < 3) out[out.length - 1] = last + w;
    else out.push(w);
  }
  return out;
}

/**
 * Whether the two names can be one person's: same surname (particles joined,
 * one letter off in a long one) and given names that do not disagree. A
 * single word against a full name is a shortening when it is the surname.
 */
export function nameVariants(a: string, b: string): boolean {
  const x = nameParts(a);
  const y = nameParts(b);
  if (!x.length || !y.length) return false;
  if (x.join('') === y.join('')) return true;
  const p = split(x);
  const q = split(y);
  return sameSurname(p.surname, q.surname) && sameGiven(p.given, q.given);
}

/** Damerau–Levenshtein distance (optimal string alignment), for short words. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
