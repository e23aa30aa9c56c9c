import type { ClaimSide } from './conflict';

const MAX = 90;

/**
 * A claim in one short line for a message: the clause as written, without the
 * attribution that opens it ('Fire officials said …') and cut at a word
 * boundary when long.
 */
export function gist(side: ClaimSide, from = 0, to = side.words.length): string {
  const words = side.words.slice(from, to);
  let first = 0;
  // Skip a leading attribution: '<few words> said (that)'.
  const said = words.findIndex((w, i) => i < 7 && /^(?:said|says|believe|believes|told)$/.test(w.token.normal));
  if (said >= 0 && said + 1 < words.length && !words.slice(0, said).some((w) => w.token.kind === 'punct' && w.token.text !== '’' && w.token.text !== '\'')) {
    first = said + 1;
    if (words[first]?.token.normal === 'that') first++;
  }
  while (words[first] && words[first].token.kind === 'punct') first++;
  let last = words.length;
  while (last > first && words[last - 1].token.kind === 'punct') last--;
  if (first >= last) return '';
  const text = side.article.text.slice(words[first].token.start, words[last - 1].token.end).replace(/\s+/g, ' ');
  if (text.length <= MAX) return text;
  const cut = text.lastIndexOf(' ', MAX);
  return `${text.slice(0, cut > 40 ? cut : MAX)}…`;
}
