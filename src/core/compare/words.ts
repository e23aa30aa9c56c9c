/**
 * Content words of a passage, for aligning passages of two articles that say
 * the same thing in slightly different words. Function words carry no content
 * and inflection endings are cut, so "workers were evacuated" and "evacuating
 * the workers" share their content.
 */
const FUNCTION_WORDS = new Set(
  ('a an the and or but of to in on at by for from with as into onto about over under after before than then ' +
    'is are was were be been being am has have had do does did will would shall should can could may might must ' +
    'it its this that these those there here he she they we i you his her their our my your him them us me ' +
    'who whom whose which what when where why how not no nor so if also just only very more most some any all ' +
    'said says say told according').split(' '),
);

/** Cuts the commonest English inflections; crude, but the same on both sides, which is all alignment needs. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 5 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && /(?:ss|us|is)$/.test(w)) return w;
  else if (w.length > 3 && w.endsWith('s')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

export function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
  const out = new Set<string>();
  for (const raw of words) {
    const w = raw.replace(/['’]s$/, '');
    if (FUNCTION_WORDS.has(w)) continue;
    out.add(stem(w));
  }
  return out;
}

/** Every word, function words included (for quotations, where the exact words matter). */
export function allWords(text: string): Set<string> {
  return new Set((text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).map((w) => w.replace(/’/g, "'")));
}

/** Dice coefficient of two word sets: 1 for the same words, 0 for none shared. */
export function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Share of the smaller set found in the larger: 1 when one passage's words are all in the other (a quotation quoted in part). */
export function containment(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}

/**
 * Pairs items of two lists by score, best pairs first, each item at most once
 * (greedy: the lists are an article's claims or quotations, tens of items).
 */
export function matchGreedy<A, B>(as: A[], bs: B[], score: (a: A, b: B) => number, minimum: number): Array<[number, number, number]> {
  const candidates: Array<[number, number, number]> = [];
  for (let i = 0; i < as.length; i++) {
    for (let j = 0; j < bs.length; j++) {
      const s = score(as[i], bs[j]);
      if (s >= minimum) candidates.push([i, j, s]);
    }
  }
  candidates.sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: Array<[number, number, number]> = [];
  for (const [i, j, s] of candidates) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    pairs.push([i, j, s]);
  }
  return pairs;
}
