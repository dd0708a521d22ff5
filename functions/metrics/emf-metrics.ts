import { MetricUnit, Metrics as PowertoolsMetrics } from '@aws-lambda-powertools/metrics';
import type { CountMetric, GaugeMetric, MetricDimensions, Metrics } from '../services/metrics.js';
import { METRICS_NAMESPACE, METRICS_SERVICE } from './names.js';

/** The services' metrics, written as CloudWatch embedded metric format (EMF) lines on stdout. */
export interface EmfMetrics extends Metrics {
  /** Writes what this invocation recorded: call once at the end of every invocation. */
  flush(): void;
}

/**
 * The metrics adapter of the Lambda entries, on Powertools Metrics: Lambda sends stdout to
 * CloudWatch Logs, which turns each EMF line into metrics (no API call, no added latency).
 *
 * Totals are kept until `flush` and written as one line. A count with dimensions is also written
 * at once as a line of its own, with one dimension set per dimension ([service, LaCode],
 * [service, PrimaryNeed]): EMF's way of counting by each dimension separately, never by their
 * cross-product. Create it once per container, outside the handler.
 */
export function createEmfMetrics(): EmfMetrics {
  const metrics = new PowertoolsMetrics({ namespace: METRICS_NAMESPACE, serviceName: METRICS_SERVICE });
  return {
    count(name: CountMetric, value: number, dimensions: MetricDimensions = {}) {
      metrics.addMetric(name, MetricUnit.Count, value);
      const sets = Object.entries(dimensions).filter(([, v]) => typeof v === 'string' && v !== '');
      if (sets.length === 0) return;
      const single = metrics.singleMetric();
      for (const [dimension, v] of sets) single.addDimensions({ [dimension]: v as string });
      single.addMetric(name, MetricUnit.Count, value);
    },
    gaugeSeconds(name: GaugeMetric, seconds: number) {
      metrics.addMetric(name, MetricUnit.Seconds, seconds);
    },
    flush() {
      // Only when there is something: Powertools warns on an empty flush.
      if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
    },
  };
}

/**
 * Wraps a Lambda handler so the metrics it recorded are flushed at the end of every invocation,
 * failed ones too (as Powertools' logMetrics middleware does).
 */
export function flushingMetrics<A extends unknown[], R>(
  metrics: Pick<EmfMetrics, 'flush'> | undefined,
  handler: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  if (!metrics) return handler;
  return async (...args: A) => {
    try {
      return await handler(...args);
    } finally {
      metrics.flush();
    }
  };
}
