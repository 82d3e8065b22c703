/**
 * @module Grouping items by a key in one pass: each item is pushed onto its group's list, never copied into a new
 * one, so a key shared by many items (a CSV file's 40,000 rows) costs as little as a key of one.
 */

/** The items by the key each gives, in the order they come; an item may give several keys or none. */
export function groupBy<T, K>(
  items: Iterable<T>,
  keysOf: (item: T) => K | readonly K[] | undefined,
): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const keys = keysOf(item);
    if (keys === undefined) continue;
    for (const key of Array.isArray(keys) ? (keys as readonly K[]) : [keys as K]) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
