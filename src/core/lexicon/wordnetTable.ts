import table from './generated/wordnet.txt';

/**
 * The compiled WordNet table (src/build/wordnet.mjs writes it at build
 * time; esbuild bundles it as a string). Nothing is parsed up front: the
 * first use finds where each line starts (one scan), a lemma is found by
 * binary search in the sorted index section, and a synset line is parsed
 * when first asked for. A check that never asks about a word pays nothing.
 */
export type PartOfSpeech = 'n' | 'v' | 'a';

export interface Synset {
  readonly pos: PartOfSpeech;
  /** Multiword lemmas with a space. */
  readonly lemmas: readonly string[];
  readonly hypernyms: readonly number[];
  readonly entailments: readonly number[];
  readonly similar: readonly number[];
  /** WordNet's lexicographer file (nouns and verbs): 18 noun.person, 32 verb.communication…; -1 for adjectives. */
  readonly lexfile: number;
}

export interface LemmaEntry {
  readonly synsets: readonly number[];
  /** `lemma.pos` of the direct antonyms. */
  readonly antonyms: readonly string[];
  /** `lemma.pos` of the derivationally related forms. */
  readonly derivations: readonly string[];
  /** The lemma's commonest sense (WordNet's sense 1), when the table keeps it; `synsets` are in table order. */
  readonly commonest?: number;
}

interface Lines {
  /** Offset of each line's first character, plus one past the end. */
  starts: Int32Array;
  count: number;
  /** First line of each section. */
  firstSynset: number;
  firstIndex: number;
  firstIrregular: number;
  endIrregular: number;
}

/** Records end with '|' rather than a newline, so that the bundled string (and a minified bundle) stays one line. */
const RECORD_END = '|';

let lines: Lines | undefined;
let loadMs = 0;
const synsets = new Map<number, Synset>();
const entries = new Map<string, LemmaEntry | null>();
const NONE: readonly never[] = [];

function linesOf(): Lines {
  if (lines) return lines;
  const started = performance.now();
  let count = 0;
  for (let at = table.indexOf(RECORD_END); at >= 0; at = table.indexOf(RECORD_END, at + 1)) count++;
  const starts = new Int32Array(count + 2);
  let n = 0;
  starts[n++] = 0;
  for (let at = table.indexOf(RECORD_END); at >= 0 && at + 1 < table.length; at = table.indexOf(RECORD_END, at + 1)) starts[n++] = at + 1;
  starts[n] = table.length + 1;
  const first = (kind: string, from: number) => {
    let i = from;
    while (i < n && table[starts[i]] !== kind) i++;
    return i;
  };
  const firstSynset = first('S', 0);
  const firstIndex = first('I', firstSynset);
  const firstIrregular = first('X', firstIndex);
  lines = { starts, count: n, firstSynset, firstIndex, firstIrregular, endIrregular: n };
  loadMs = performance.now() - started;
  return lines;
}

function line(i: number): string {
  const l = linesOf();
  return table.slice(l.starts[i], l.starts[i + 1] - 1);
}

/** Milliseconds the first use spent indexing the table (0 before it). */
export function wordNetLoadMs(): number {
  return loadMs;
}

/** Warms the table (for a shell that wants to pay the cost off the first keystroke). */
export function loadWordNet(): number {
  linesOf();
  return loadMs;
}

function ids(field: string): number[] {
  return field.slice(1).split(',').map((id) => parseInt(id, 36));
}

export function synset(id: number): Synset {
  let found = synsets.get(id);
  if (found) return found;
  const fields = line(linesOf().firstSynset + id).split(' ');
  let hypernyms: readonly number[] = NONE, entailments: readonly number[] = NONE, similar: readonly number[] = NONE;
  let lexfile = -1;
  for (let i = 3; i < fields.length; i++) {
    const f = fields[i];
    if (f[0] === '@') hypernyms = ids(f);
    else if (f[0] === '*') entailments = ids(f);
    else if (f[0] === '&') similar = ids(f);
    else if (f[0] === '~') lexfile = Number(f.slice(1));
  }
  found = {
    pos: fields[1] as PartOfSpeech,
    lemmas: fields[2] ? fields[2].split(',').map((l) => l.replace(/_/g, ' ')) : NONE,
    hypernyms, entailments, similar, lexfile,
  };
  synsets.set(id, found);
  return found;
}

/** The line in [from, to) whose key (second field) is `key`, by binary search. */
function find(key: string, from: number, to: number): string | undefined {
  let lo = from, hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const text = line(mid);
    const end = text.indexOf(' ', 2);
    const k = text.slice(2, end < 0 ? undefined : end);
    if (k === key) return text;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** The index entry of `lemma.pos` (multiword lemmas with a space), or null when WordNet does not know it. */
export function lemmaEntry(key: string): LemmaEntry | null {
  const cached = entries.get(key);
  if (cached !== undefined) return cached;
  const l = linesOf();
  const text = find(key.replace(/ /g, '_'), l.firstIndex, l.firstIrregular);
  let entry: LemmaEntry | null = null;
  if (text) {
    const fields = text.split(' ');
    let antonyms: readonly string[] = NONE, derivations: readonly string[] = NONE;
    let commonest: number | undefined;
    for (let i = 3; i < fields.length; i++) {
      if (fields[i][0] === '^') {
        commonest = parseInt(fields[i].slice(1), 36);
        continue;
      }
      const keys = fields[i].slice(1).split(',').map((k) => k.replace(/_/g, ' '));
      if (fields[i][0] === '!') antonyms = keys;
      else if (fields[i][0] === '+') derivations = keys;
    }
    entry = { synsets: ids(` ${fields[2]}`), antonyms, derivations, commonest };
  }
  if (entries.size > 100_000) entries.clear();
  entries.set(key, entry);
  return entry;
}

/** The base form of an irregular verb form ('threw' → 'throw'). */
export function irregularVerb(form: string): string | undefined {
  const l = linesOf();
  return find(form, l.firstIrregular, l.endIrregular)?.split(' ')[2];
}
