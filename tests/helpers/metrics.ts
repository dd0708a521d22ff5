import type { CountMetric, GaugeMetric, Metrics } from '../../functions/services/metrics.js';

/** A metrics port that keeps what it is given: counts summed by name, gauges as recorded. */
export function recordingMetrics(): Metrics & {
  counts: Partial<Record<CountMetric, number>>;
  gauges: Partial<Record<GaugeMetric, number[]>>;
} {
  const counts: Partial<Record<CountMetric, number>> = {};
  const gauges: Partial<Record<GaugeMetric, number[]>> = {};
  return {
    counts,
    gauges,
    count(name, value) {
      counts[name] = (counts[name] ?? 0) + value;
    },
    gaugeSeconds(name, seconds) {
      gauges[name] = [...(gauges[name] ?? []), seconds];
    },
  };
}
