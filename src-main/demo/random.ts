// Seeded randomness for the demo generator: the same seed always gives the same workspace, so
// nothing here may read the real clock or Math.random.

/** mulberry32: a tiny, fast 32-bit generator; plenty for fictional data. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** Convenience draws over one seeded stream. */
export class Random {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** A number in [0, 1). */
  float(): number {
    return this.next() / 0x1_0000_0000;
  }

  /** A whole number from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Nothing to pick from.');
    return items[Math.floor(this.float() * items.length)]!;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.float() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }

  /** Up to n different items, in a random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, n));
  }

  /** A new generator whose stream depends only on this one's next draw. */
  fork(): Random {
    return new Random(this.next());
  }
}

/** UUID v4 strings (RFC 4122: version nibble 4, variant 8, 9, a or b) from a seeded stream. */
export function seededUuids(seed: number): () => string {
  const next = mulberry32(seed ^ 0x5eed1d5);
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return () => {
    const a = next();
    const b = (next() & 0xffff0fff) | 0x00004000; // version 4
    const c = (next() & 0x3fffffff) | 0x80000000; // variant 10xx
    const d = next();
    const h = hex(a) + hex(b >>> 0) + hex(c >>> 0) + hex(d);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };
}
