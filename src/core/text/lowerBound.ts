/**
 * The first index in [0, count) at which `before` turns false, for a sequence
 * kept in reading order (so `before` is true on a prefix and false after it):
 * the one binary search that windows over sentences, mentions, quotation spans
 * and figures share, so that none of them rescans a long article.
 */
export function lowerBound(count: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
