// Where the metrics adapter writes (emf-metrics.ts) and the stack's alarms and dashboard read
// (infra/constructs/monitoring.ts): stated once, beside the adapter. What is counted — the metric
// names and their dimensions — is the services' port (functions/services/metrics.ts).

/** The CloudWatch namespace of OpenPlace's own metrics. */
export const METRICS_NAMESPACE = 'OpenPlace';

/**
 * The `service` dimension every metric carries (Powertools adds it to each dimension set): the API,
 * the pages and the jobs all use this one, so a family page opened through either is one metric.
 */
export const METRICS_SERVICE = 'openplace';
