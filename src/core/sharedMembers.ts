/**
 * Whether two collections share at least `n` members. Several places ask it of
 * name and key sets on the hot path of a re-check (which articles tell one
 * story, which depend on which): it walks the smaller collection against the
 * larger one as a set and stops at the n-th shared member.
 */
type Members<T> = ReadonlySet<T> | readonly T[];

function sizeOf<T>(c: Members<T>): number {
  return c instanceof Set ? c.size : (c as readonly T[]).length;
}

export function sharesAtLeast<T>(a: Members<T>, b: Members<T>, n = 1): boolean {
  const [fewer, more] = sizeOf(a) <= sizeOf(b) ? [a, b] : [b, a];
  if (sizeOf(fewer) === 0) return false;
  const lookup: ReadonlySet<T> = more instanceof Set ? more : new Set(more as readonly T[]);
  let shared = 0;
  for (const member of fewer) if (lookup.has(member) && ++shared >= n) return true;
  return false;
}
