/**
 * The benchmark's workspace: a deterministic corpus of generated stories built
 * from seed articles, so that every run measures the same text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The seed stories: each folder of the shared corpus (one story, its articles) when it is beside the repository, else the samples. */
export function seedStories(benchDir: string): string[][] {
  const shared = resolve(benchDir, '../../../../shared/corpus');
  const samples = resolve(benchDir, '../../../test/samples');
  const stories: string[][] = [];
  const walk = (dir: string): void => {
    const texts: string[] = [];
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (name.endsWith('.txt')) texts.push(readFileSync(path, 'utf8'));
      else if (!name.includes('.')) walk(path);
    }
    if (texts.length > 0) stories.push(texts);
  };
  walk(existsSync(shared) ? shared : samples);
  return stories;
}

// A deterministic generator, so every run builds the same corpus.
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

const SYLLABLES = ['bar', 'den', 'fal', 'gor', 'hal', 'kem', 'lor', 'mar', 'nes', 'pol', 'ran', 'sel', 'tor', 'vin', 'wes', 'yar',
  'zel', 'cor', 'dun', 'fen', 'bri', 'cal', 'dor', 'el', 'gan', 'hul', 'ist', 'jor', 'kel', 'lin', 'mos', 'oda'];
/** Capitalised words kept as they are: the calendar, which the figures read. */
const KEPT = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/;

/** Words of four letters or more that quotations keep: they carry the grammar, not the content. */
const FUNCTION_WORDS = /^(?:that|this|these|those|with|have|were|what|will|they|them|from|been|your|into|than|then|when|there|their|would|could|should|about|said)$/;

/**
 * A made-up name for a capitalised word of a story: the same in every article
 * of the story, and (four syllables from 32) almost never the same in another
 * story, as the people and places of unrelated news stories differ.
 */
function nameIn(story: number, word: string): string {
  let h = hash(`${story}:${word}`);
  let name = '';
  for (let i = 0; i < 4; i++, h = Math.floor(h / 32)) name += SYLLABLES[h % 32];
  return name[0].toUpperCase() + name.slice(1);
}

/**
 * One article of a generated story: a seed article with its names swapped for
 * the story's names (so stories read as different stories while the articles
 * of one story share them), the long words of its quotations swapped too (what
 * people say differs from story to story; the short commonplaces stay) and, in
 * a later version, some numbers changed.
 */
export function storyArticle(text: string, story: number, changeNumbers: number, seed: number): string {
  const rnd = random(seed);
  const capitalised = /(?<![\p{L}'’])\p{Lu}\p{Ll}{2,}(?!\p{L})/gu;
  // Names: capitalised words found inside a sentence (sentence-initial words are mostly common words), swapped everywhere.
  const names = new Set<string>();
  for (const m of text.matchAll(capitalised)) {
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    if (m.index > 0 && !/[.!?]["”’]?\s+$|\n\s*$|["“‘(]$/.test(before) && !KEPT.test(m[0])) names.add(m[0]);
  }
  return text
    .replace(capitalised, (w) => (names.has(w) ? nameIn(story, w) : w))
    // Double marks and single curly ones (’ before a letter is an apostrophe); a paragraph of a
    // quotation that goes on in the next one has no closing mark.
    .replace(/[“"][^“”"\n]*(?:[”"]|$)|‘[^‘\n]*?(?:’(?!\p{L})|$)/gmu, (quoted) => quoted.replace(/(?<!\p{L})\p{Ll}{4,}(?!\p{L})/gu, (w) => (FUNCTION_WORDS.test(w) ? w : nameIn(story, w).toLowerCase())))
    .replace(/\b\d+\b/g, (n) => (rnd() < changeNumbers ? String(Math.max(1, Math.round(Number(n) * (0.5 + rnd())))) : n));
}

export function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * A workspace of `count` articles: many stories of 3 to 5 articles each (the
 * seed story's articles, then later versions of them with a few numbers
 * changed), each story with its own names.
 */
export function articles(count: number, stories: string[][]): Array<[string, string]> {
  const result: Array<[string, string]> = [];
  for (let story = 0; result.length < count; story++) {
    const seed = stories[story % stories.length];
    const versions = 3 + (story % 3);
    for (let v = 0; v < versions && result.length < count; v++) {
      const text = storyArticle(seed[v % seed.length], story, v < seed.length ? 0 : 0.15, story * 8 + v + 1);
      result.push([`story-${story}/a${v}.txt`, text]);
    }
  }
  return result;
}

