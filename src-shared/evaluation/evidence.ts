// Evidence lists as people read them: each record once, and a long list led by its strongest items.

type Cited = { kind: string; id: string };

const keyOf = (item: Cited) => `${item.kind}:${item.id}`;

/** Each record once, where it first appears. */
export function distinctEvidence<T extends Cited>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Each record once, those cited most often first (a record behind three of a standard's indicators
 * speaks to it more strongly than one behind a single indicator), otherwise in the order first met.
 */
export function mostCitedFirst<T extends Cited>(items: T[]): T[] {
  const citations = new Map<string, number>();
  for (const item of items) citations.set(keyOf(item), (citations.get(keyOf(item)) ?? 0) + 1);
  return distinctEvidence(items)
    .map((item, order) => ({ item, order, cited: citations.get(keyOf(item))! }))
    .sort((a, b) => b.cited - a.cited || a.order - b.order)
    .map(({ item }) => item);
}
