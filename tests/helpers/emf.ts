import { vi } from 'vitest';

/** One metric value as CloudWatch would file it: its name, one dimension set's values, the value. */
export interface EmfRecord {
  namespace: string;
  name: string;
  unit: string;
  dimensions: Record<string, string>;
  value: number;
}

/**
 * Runs `fn` and returns the embedded-metric-format lines it wrote to stdout (where Powertools
 * Metrics writes them, and where Lambda hands them to CloudWatch), one record per metric and
 * dimension set. Other output passes through.
 */
export async function emfWrittenDuring(fn: () => Promise<unknown>): Promise<EmfRecord[]> {
  const lines: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
    const text = String(chunk);
    if (text.includes('"_aws"')) {
      lines.push(...text.split('\n').filter((l) => l.includes('"_aws"')));
      return true;
    }
    return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof process.stdout.write);
  try {
    await fn();
  } finally {
    spy.mockRestore();
  }
  return lines.flatMap(parseEmf);
}

function parseEmf(line: string): EmfRecord[] {
  const blob = JSON.parse(line) as Record<string, unknown> & {
    _aws: {
      CloudWatchMetrics: {
        Namespace: string;
        Dimensions: string[][];
        Metrics: { Name: string; Unit: string }[];
      }[];
    };
  };
  return blob._aws.CloudWatchMetrics.flatMap((directive) =>
    directive.Dimensions.flatMap((set) =>
      directive.Metrics.map(({ Name, Unit }) => {
        const raw = blob[Name] as number | number[];
        return {
          namespace: directive.Namespace,
          name: Name,
          unit: Unit,
          dimensions: Object.fromEntries(set.map((d) => [d, String(blob[d])])),
          value: Array.isArray(raw) ? raw.reduce((a, b) => a + b, 0) : raw,
        };
      }),
    ),
  );
}

/** The sum of a metric's values filed under exactly these dimensions (besides `service`). */
export function total(records: EmfRecord[], name: string, dimensions: Record<string, string> = {}): number {
  const wanted = JSON.stringify(
    { service: 'openplace', ...dimensions },
    Object.keys({ service: 1, ...dimensions }).sort(),
  );
  return records
    .filter(
      (r) => r.name === name && JSON.stringify(r.dimensions, Object.keys(r.dimensions).sort()) === wanted,
    )
    .reduce((sum, r) => sum + r.value, 0);
}
