/**
 * A seeded generator of hostile article text for the fuzz tests: random
 * Unicode, unbalanced and nested quotation marks, runs of thousands of marks,
 * huge and malformed numbers, very long sentences and lines, binary bytes,
 * mixed scripts — spliced into fragments of real news copy so that the
 * detectors' deeper paths run too.
 */

export function seededRandom(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    // xorshift32: fast, deterministic, good enough to pick fragments.
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2 ** 32;
  };
}

const NEWS = [
  '"We tried," Smith said, "but the water rose too fast."',
  '‘It was terrifying,’ said Maria Ivanova, a 42-year-old teacher.',
  'About 60 firefighters and 12 fire engines were at the scene on Tuesday.',
  'The company estimated the damage at £4.5 million, or $5.6m.',
  'No firefighters were hurt. Two were treated for smoke inhalation.',
  'It is the first confirmed attack in the region, which lies 150 kilometers southwest of Moscow.',
  'Said Dr.\nElena Kovalenko, «the worst is over».',
  'Residents within half a mile were told to stay indoors until 10:30 a.m. on March 3, 2024.',
  'The so-called "peace corridor" opened again.',
  '# Heading\n\n- a list item with `code` and [a link](http://x)\n\n```\ncode "block"\n```\n',
  'It’s the town’s students’ ’90s rock ’n’ roll.',
  'Between 10 and 12 people, or 10-12, or 1,200, or 1.2 million, or twenty-one.',
];

const MARKS = ['"', '“', '”', '‘', '’', '\'', '«', '»', '‹', '›', '„', '`'];
const ODD = ['\u0000', '\uFEFF', '\r', '\r\n', '\u2028', '\u200B', '\uD800', '\uDFFF', '\uFFFD', '\t', '\u0301', '🔥', '👩‍👩‍👧', 'ß', 'İ', 'ﬁ'];
const SCRIPTS = ['Пожар на заводе', '火灾发生在工厂', 'حريق في المصنع', 'Φωτιά στο εργοστάσιο', 'आग लगी', 'Feuer in der Fabrik, sagte er.'];

function pick<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)];
}

function randomUnicode(rnd: () => number, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) {
    const r = rnd();
    const code = r < 0.6 ? 0x20 + Math.floor(rnd() * 0x5f) : r < 0.9 ? Math.floor(rnd() * 0x3000) : Math.floor(rnd() * 0x10000);
    s += String.fromCharCode(code);
  }
  return s;
}

/** One hostile fragment. */
function fragment(rnd: () => number): string {
  switch (Math.floor(rnd() * 10)) {
    case 0:
      return randomUnicode(rnd, 1 + Math.floor(rnd() * 200));
    case 1:
      return pick(rnd, MARKS).repeat(1 + Math.floor(rnd() * 3000));
    case 2:
      return Array.from({ length: 1 + Math.floor(rnd() * 50) }, () => pick(rnd, MARKS) + pick(rnd, NEWS).slice(0, Math.floor(rnd() * 40))).join(' ');
    case 3:
      return ['9'.repeat(1 + Math.floor(rnd() * 400)), '1,2,3,,4..5', '1e309', '-0.0.0', '£.m', '$$$4.5bnbn', '12-', '-12-', '٣٤٥', '10—12', '½ ⅓'][Math.floor(rnd() * 11)];
    case 4:
      return Array.from({ length: 200 + Math.floor(rnd() * 2000) }, () => pick(rnd, ['word', 'said', 'the', '"', '14', 'Dr.', ',', 'no'])).join(' ');
    case 5:
      return pick(rnd, ODD).repeat(1 + Math.floor(rnd() * 20));
    case 6:
      return pick(rnd, SCRIPTS);
    case 7:
      return '\n'.repeat(1 + Math.floor(rnd() * 4));
    default:
      return pick(rnd, NEWS);
  }
}

/** A hostile article of roughly `size` characters. */
export function hostileArticle(rnd: () => number, size: number): string {
  let text = '';
  while (text.length < size) text += fragment(rnd) + pick(rnd, [' ', ' ', '\n', '\n\n', '']);
  return text;
}
