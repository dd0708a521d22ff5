// A small seeded random source for the synthetic model: same seed, same numbers, on any machine.

/**
 * mulberry32 (Tommy Ettinger, public domain): a 32-bit generator with a full 2^32 period, plenty
 * for a few hundred thousand draws per LA. Returns floats in [0, 1).
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the parts' text: turns (seed, LA code, …) into one 32-bit stream seed. */
export function hashSeed(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const char of parts.join('\u0000')) {
    h ^= char.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export interface Random {
  /** [0, 1) */
  next(): number;
  /** a whole number in [min, max] */
  int(min: number, max: number): number;
  /** a number in [min, max) */
  between(min: number, max: number): number;
  chance(probability: number): boolean;
  /** one item, with probability proportional to its weight (uniform without weights, or all zero) */
  pick<T>(items: readonly T[], weights?: readonly number[]): T;
  shuffle<T>(items: readonly T[]): T[];
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    pick(items, weights) {
      if (items.length === 0) throw new Error('pick from nothing');
      const total = weights?.reduce((a, b) => a + b, 0) ?? 0;
      if (!weights || total <= 0) return items[Math.floor(next() * items.length)] as (typeof items)[number];
      let at = next() * total;
      for (const [i, item] of items.entries()) {
        at -= weights[i] ?? 0;
        if (at < 0) return item;
      }
      return items[items.length - 1] as (typeof items)[number];
    },
    shuffle(items) {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j] as (typeof out)[number], out[i] as (typeof out)[number]];
      }
      return out;
    },
  };
  return random;
}
