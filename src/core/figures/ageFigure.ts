import { MONTHS, WEEKDAYS } from './calendar';
import type { ParsedNumber } from './numbers';
import { PEOPLE_ROLES, ROLE_PHRASES, roleOf, roleOfVerbBefore, type Role } from './roles';
import type { Unit } from './units';
import { FUNCTION_WORDS, looksLikeVerb, VERB_WORDS, type Word } from './words';

/**
 * Ages: whose age a number is ('Peter Lund, 67,', 'the 42-year-old Kibet') or,
 * for a person described rather than named, which person ('an 81-year-old man
 * … died').
 */

export interface Age {
  owner: string | null;
  name: string;
  next: number;
  /** A person described, not named: the key holds only while the article describes one such person. */
  unnamed?: boolean;
}

/** Nouns for one person described rather than named ('an 81-year-old man', 'a woman aged 40'). */
export const PERSON_NOUNS = new Set(['man', 'woman', 'boy', 'girl', 'pensioner', 'teenager', 'driver', 'cyclist', 'pedestrian', 'motorcyclist', 'motorist', 'passenger', 'patient']);

/**
 * What happened to the person described from `first` to `next`: the verb just before
 * ('killed a man aged 30') or a role in the clause after, past one appositive comma
 * ('One of them, an 81-year-old man, has died'). Only roles of people count.
 */
export function personRole(ws: Word[], first: number, next: number): Role | undefined {
  const before = roleOfVerbBefore(ws[first - 1]?.lower ?? '') ?? roleOfVerbBefore(ws[first - 2]?.lower ?? '');
  if (before && PEOPLE_ROLES.has(before)) return before;
  let n = next;
  if (ws[n]?.text === ',') n++;
  for (let m = n; m < Math.min(ws.length, n + 5); m++) {
    const w = ws[m];
    if (w.kind !== 'word') return undefined;
    const role = roleOf(w.lower);
    if (role) return PEOPLE_ROLES.has(role) ? role : undefined;
  }
  return undefined;
}

const NOT_NAMES = new Set([...WEEKDAYS, ...MONTHS, 'mr', 'mrs', 'ms', 'dr', 'miss', 'sir']);

/** The capitalised name that ends at index `k` (inclusive), e.g. 'Peter Lund', 'Mrs Oyelaran'. */
function nameEndingAt(ws: Word[], k: number): { name: string; surname: string } | undefined {
  const parts: string[] = [];
  for (let n = k; n >= 0 && n > k - 4; n--) {
    const w = ws[n];
    if (w.kind !== 'word' || !/^\p{Lu}/u.test(w.text) || FUNCTION_WORDS.has(w.lower)) break;
    parts.unshift(w.text);
  }
  if (!parts.length) return undefined;
  const surname = parts[parts.length - 1].toLowerCase();
  if (NOT_NAMES.has(surname)) return undefined;
  while (parts.length > 1 && NOT_NAMES.has(parts[0].toLowerCase().replace(/\.$/, ''))) parts.shift();
  return { name: parts.join(' '), surname };
}

/** 'Name, 42,', 'Name (42)', 'Name, a 42-year-old teacher', 'the 42-year-old Name', 'Name, aged 42,'. */
export function ageAt(ws: Word[], firstIndex: number, at: number, next: number, parsed: ParsedNumber, unit: Unit | undefined): Age | undefined {
  if (parsed.value < 1 || parsed.value > 120 || parsed.low !== parsed.high || parsed.fraction) return undefined;
  const l = (n: number): string => ws[n]?.lower ?? '';
  // 'N-year-old'
  if (unit?.name === 'years' && ws[next - 2]?.text === '-' && l(next) === '-' && l(next + 1) === 'old') {
    const end = next + 2;
    let k = firstIndex - 1;
    const indefinite = l(k) === 'a' || l(k) === 'an';
    if (indefinite || l(k) === 'the') k--;
    // 'Near the mark on Lake Drive, the 29-year-old Kibet cut …': a name right after the age is its owner;
    // after 'a' it cannot be ('Tomás Arregui, a 27-year-old Basque climber'): the capital starts a description.
    const nameNext = ws[end]?.kind === 'word' && /^\p{Lu}/u.test(ws[end].text) && !indefinite;
    // 'At his home outside Delft, the 61-year-old admitted …': an age that is its clause's subject
    // (a verb follows it) opens a clause after the comma; the name before the comma is not his.
    const subject = ws[end]?.kind === 'word' && (VERB_WORDS.has(ws[end].lower) || looksLikeVerb(ws[end].lower) || /^(?:has|had|was|is|said|says|will|would)$/.test(ws[end].lower));
    if (ws[k]?.text === ',' && !nameNext && !subject) {
      const name = nameEndingAt(ws, k - 1);
      if (name) return { owner: name.surname, name: name.name, next: end };
    }
    // 'the 67-year-old farmer Peter Lund', '67-year-old Peter Lund'
    for (let n = end; n < end + 3 && ws[n]; n++) {
      if (/^\p{Lu}/u.test(ws[n].text) && ws[n].kind === 'word') {
        let m = n;
        while (ws[m + 1]?.kind === 'word' && /^\p{Lu}/u.test(ws[m + 1].text)) m++;
        const name = nameEndingAt(ws, m);
        if (name) return { owner: name.surname, name: name.name, next: end };
        break;
      }
      if (ws[n].kind !== 'word') break;
    }
    // 'an 81-year-old man … died': an unnamed person, known by the noun and what happened to him.
    const noun = ws[end]?.kind === 'word' && PERSON_NOUNS.has(ws[end].lower) ? ws[end].lower : '';
    const role = noun ? personRole(ws, firstIndex, end + 1) : undefined;
    if (noun && role) return { owner: `${noun}:${role}`, name: `the ${noun} ${ROLE_PHRASES[role]}`, next: end, unnamed: true };
    return { owner: null, name: '', next: end };
  }
  // 'a man aged 87 has died'
  if (!unit && !parsed.words && l(at - 1) === 'aged' && PERSON_NOUNS.has(l(at - 2)) && ws[at - 2].lower === ws[at - 2].text.toLowerCase()) {
    const noun = l(at - 2);
    const role = personRole(ws, at - 2, next);
    if (role) return { owner: `${noun}:${role}`, name: `the ${noun} ${ROLE_PHRASES[role]}`, next, unnamed: true };
  }
  const turned = unit ? undefined : turnedAt(ws, at, next);
  if (turned) return turned;
  if (unit || parsed.words) return undefined;
  // 'Ferreyra, 24,' and 'Peter Lund (67)'
  const opened = ws[at - 1]?.text === ',' || ws[at - 1]?.text === '(' || (l(at - 1) === 'aged' && ws[at - 2]?.text === ',');
  const closed = ws[next]?.text === ',' || ws[next]?.text === ')' || ws[next]?.text === '.';
  if (!opened || !closed) return undefined;
  const nameEnd = l(at - 1) === 'aged' ? at - 3 : at - 2;
  if (ws[next + 1]?.kind === 'number') return undefined; // a list of numbers
  const name = nameEndingAt(ws, nameEnd);
  if (!name) return undefined;
  return { owner: name.surname, name: name.name, next: next };
}

/** Words after 'turned 30' that end the age: when or where, or the clause's end ('turned 30 in March', 'turns 40 next week'). */
const AFTER_TURNED = /^(?:in|on|last|this|next|earlier|later|when|and|at|before|after|during|years?)$/;

/**
 * 'Kemala, who turned 30 in March', 'Ortega turns 45 next week', 'she had turned 70': a number right
 * after a form of 'turn' that no unit or noun follows is an age, its owner the name that is the
 * verb's subject (before the verb, or before ', who').
 */
function turnedAt(ws: Word[], at: number, next: number): Age | undefined {
  const l = (n: number): string => ws[n]?.lower ?? '';
  if (!/^(?:turned|turns|turn|turning)$/.test(l(at - 1))) return undefined;
  const after = ws[next];
  if (after && after.kind === 'word' && !AFTER_TURNED.test(after.lower)) return undefined;
  if (after && after.kind === 'number') return undefined;
  let end = next;
  if (/^years?$/.test(l(next)) && l(next + 1) === 'old') end = next + 2;
  let k = at - 2;
  while (k >= 0 && /^(?:has|had|have|will|just|recently|only|to|would|who)$/.test(l(k))) k--;
  if (ws[k]?.text === ',' && l(k + 1) === 'who') k--;
  const name = k >= 0 ? nameEndingAt(ws, k) : undefined;
  return name ? { owner: name.surname, name: name.name, next: end } : { owner: null, name: '', next: end };
}
