import { type ClaimSide, type Conflict } from './conflict';
import { gist } from './gist';
import { isKindOf, lemmasOf } from '../lexicon/wordnet';
import { perWords } from './memo';
import type { ClaimWord } from './terms';

/**
 * A different person in the same role: 'the driver, Sam Ortiz,' against 'the
 * driver, Lee Tan,'. A story has one driver of its car, one judge of its
 * trial; when two articles name the one in 'the ROLE, Name' apposition with
 * no name in common, one of them has the wrong person. The role noun is any
 * noun WordNet files under person ('driver', 'judge', 'owner'), so no role
 * list is kept; a possessed role ('the victim's father') is left out, since
 * the possessor may differ.
 */
interface Filler {
  role: string;
  names: string[];
  at: number;
  text: string;
}

export const roleFiller = perWords(roleFillerIn);

function roleFillerIn(words: readonly ClaimWord[]): Filler | undefined {
  for (let i = 1; i + 2 < words.length; i++) {
    if (words[i - 1].token.normal !== 'the' || words[i].name || words[i].token.kind !== 'word') continue;
    // 'the driver, Sam Ortiz' or 'the driver Sam Ortiz'.
    let j = i + 1;
    if (words[j].token.text === ',') j++;
    const names: string[] = [];
    let k = j;
    while (k < words.length && words[k].name && words[k].token.kind === 'word') names.push(words[k++].token.normal);
    if (names.length < 2) continue;
    const role = personNoun(words[i].token.normal);
    if (!role) continue;
    const text = words.slice(i - 1, k).map((w) => w.token.text).join(' ').replace(/ ,/g, ',');
    return { role, names, at: i, text };
  }
  return undefined;
}

/** The noun's lemma when WordNet files one of its senses under person, else undefined; plurals are left out (two drivers are two people). */
function personNoun(word: string): string | undefined {
  if (/s$/.test(word) && !/ss$/.test(word)) return undefined;
  const lemma = lemmasOf(word, 'n')[0];
  return lemma && lemma === word && isKindOf(lemma, 'person') ? lemma : undefined;
}

export function roleFillerConflict(a: ClaimSide, b: ClaimSide): Conflict | null {
  const x = roleFiller(a.words);
  const y = roleFiller(b.words);
  if (!x || !y || x.role !== y.role) return null;
  if (x.names.some((n) => y.names.includes(n))) return null;
  // The rest of the clauses must be about one thing: two content words shared besides the role and the names.
  const own = new Set([x.role, ...x.names, ...y.names]);
  let shared = 0;
  for (const t of a.terms) if (b.terms.has(t) && !own.has(t) && ![...own].some((o) => t === o.slice(0, t.length))) shared++;
  if (shared < 2) return null;
  return { reason: 'agent', detail: `'${x.text}' ↔ '${y.text}'`, here: gist(a), there: gist(b) };
}
