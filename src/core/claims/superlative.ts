import { type ClaimSide, type Conflict } from './conflict';
import type { ClaimWord } from './terms';

/**
 * One title, two holders: 'The village of Porthcarn was the worst hit' against
 * 'In Tregarth, the worst-hit village, …'. A damage superlative (concept
 * 'worst-hit': worst/hardest hit, most affected …) names one place of a kind;
 * two articles giving the title to different named places of the same kind
 * contradict each other. Both sides must name the kind ('village', 'street'),
 * so that 'the worst-hit village' and 'the worst-hit county' never meet, and
 * the same scope ('in Cornwall'), if any.
 */
export interface Superlative {
  title: string;
  kind: string;
  place: string[];
  scope: string[];
  text: string;
}

const SCOPE_PREPOSITIONS = /^(?:in|on|across)$/;
const BE = /^(?:was|were|is|are|been)$/;

/** A run of names from i: their normals, and the index after them. */
function namesAt(words: readonly ClaimWord[], i: number): { names: string[]; end: number } {
  const names: string[] = [];
  while (i < words.length && words[i].name) names.push(words[i++].token.normal);
  return { names, end: i };
}

/** The lower-case noun at i that names a kind of place ('village'), if it is a plain content word. */
function kindAt(words: readonly ClaimWord[], i: number): string | undefined {
  const w = words[i];
  return w && w.token.kind === 'word' && !w.name && w.concept && !/(?:ed|ing|ly)$/.test(w.token.normal) && !BE.test(w.token.normal) ? w.concept : undefined;
}

export function superlativeOf(words: readonly ClaimWord[]): Superlative | undefined {
  const s = words.findIndex((w) => w.concept === 'worst-hit');
  if (s < 0) return undefined;
  const title = words[s].concept!;
  // The title's phrase is one or two words ('worst-hit' / 'worst hit'); the kind may follow it.
  let after = s + 1;
  if (words[after] && words[after].concept === null && words[after].token.kind === 'word' && !/^(?:the|a|an|of|in)$/.test(words[after].token.normal)) after++;
  let kind = kindAt(words, after);
  let place: string[] = [];
  if (kind) after++;
  // The holder before the title: 'Name, the worst-hit …', 'Name was the worst-hit …', 'The village of Name was the worst hit'.
  let k = s - 1;
  if (words[k]?.token.normal === 'the') k--;
  const link = words[k]?.token;
  let from = s;
  if (link && (link.text === ',' || BE.test(link.normal))) {
    let j = k - 1;
    while (j >= 0 && words[j].name) j--;
    place = words.slice(j + 1, k).map((w) => w.token.normal);
    from = j + 1;
    if (place.length > 0 && words[j]?.token.normal === 'of' && words[j - 2]?.token.normal === 'the') {
      const named = kindAt(words, j - 1);
      if (kind && named !== kind) return undefined;
      kind = named;
      from = j - 2;
    }
  }
  if (place.length === 0 && (words[after]?.token.normal === 'of' || words[after]?.token.text === ',' || BE.test(words[after]?.token.normal ?? ''))) {
    // '… the worst-hit village of Name' / ', Name,' / 'was Name'
    const run = namesAt(words, after + 1);
    place = run.names;
    if (place.length > 0) after = run.end;
  }
  if (!kind || place.length === 0) return undefined;
  // 'in Cornwall' after the kind narrows the title.
  const scope = SCOPE_PREPOSITIONS.test(words[after]?.token.normal ?? '') ? namesAt(words, words[after + 1]?.token.normal === 'the' ? after + 2 : after + 1).names : [];
  const text = words.slice(from, Math.max(after, s + 1)).map((w) => w.token.text).join(' ').replace(/\s+([,.;:])/g, '$1');
  return { title, kind, place, scope, text };
}

export function superlativeConflict(a: ClaimSide, b: ClaimSide): Conflict | null {
  const x = superlativeOf(a.words);
  const y = superlativeOf(b.words);
  if (!x || !y || x.title !== y.title || x.kind !== y.kind || x.scope.join(' ') !== y.scope.join(' ')) return null;
  const normalsA = new Set(a.words.map((w) => w.token.normal));
  const normalsB = new Set(b.words.map((w) => w.token.normal));
  // A side naming both places (one inside the other, or both hit) does not contradict.
  if (x.place.some((p) => normalsB.has(p)) || y.place.some((p) => normalsA.has(p))) return null;
  return {
    reason: 'superlative',
    detail: `'${x.text}' ↔ '${y.text}'`,
    here: x.text,
    there: y.text,
  };
}
