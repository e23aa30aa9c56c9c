/**
 * A cache that keeps at most about `2 × limit` entries, the most recently
 * used. A check reads the same claims and analyses again and again while it
 * compares one article with its story's others, then moves on; holding what
 * every past check built kept about 150 KB per article in a workspace of
 * thousands (the values are rebuilt on demand, identical, when asked again).
 *
 * Two generations rather than a strict LRU: a hit costs one map lookup, with
 * no reordering on the hot path of the pairwise comparisons.
 */
export class BoundedCache<K, V> {
  private current = new Map<K, V>();
  private previous = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    const value = this.current.get(key);
    if (value !== undefined) return value;
    const old = this.previous.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: K, value: V): void {
    if (this.current.size >= this.limit) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
  }
}
