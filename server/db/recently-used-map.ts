// A bounded map that forgets the least recently used entry first: the compiled-statement templates and the statement
// names both keep what the search uses now, and the search's text changes daily (its staleness cutoff is a literal).

/** A Map of at most `capacity` entries; reading or writing an entry makes it the most recently used. */
export class RecentlyUsedMap<K, V> {
  private readonly entries = new Map<K, V>(); // insertion order is use order: least recently used first

  constructor(private readonly capacity: number) {}

  /** The value for `key`, now the most recently used; undefined when there is none. */
  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) this.touch(key, value);
    return value;
  }

  /** Stores `value` as the most recently used, forgetting the least recently used entry past the capacity. */
  set(key: K, value: V): void {
    this.touch(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
  }

  private touch(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
  }
}
