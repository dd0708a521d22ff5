/** The q-th quantile (0–1) of a list of numbers, by nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export function summary(values: readonly number[]) {
  return {
    p50: quantile(values, 0.5),
    p95: quantile(values, 0.95),
    p99: quantile(values, 0.99),
    n: values.length,
  };
}

/** The same seeded generator as the synthetic model: the same seed gives the same requests. */
export { mulberry32 as seeded } from '../../functions/reference/random.js';

export const ms = (n: number) => `${n.toFixed(1)} ms`;
