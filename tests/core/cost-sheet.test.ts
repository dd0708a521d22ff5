import { describe, expect, it } from 'vitest';
import {
  ASSUMPTIONS,
  type Assumptions,
  PRICES,
  type Prices,
  VOLUMES,
  type Volumes,
} from '../bench/cost-prices.js';
import {
  costModel,
  costSheet,
  dynamoUnits,
  type Measured,
  OPERATIONS,
  snapshotLoads,
  usagePerDeployment,
} from '../bench/cost-sheet.js';

// The cost sheet's arithmetic (tests/bench/cost-sheet.ts) on small inputs whose answers are known.

/** Every number in `x` set to 0, so a test turns on only what it checks. */
function zeroed<T>(x: T): T {
  if (typeof x === 'number') return 0 as T;
  if (Array.isArray(x)) return x.map(zeroed) as T;
  if (x && typeof x === 'object') {
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, zeroed(v)])) as T;
  }
  return x;
}

const nothing = { readUnits: 0, writeUnits: 0, requests: 0 };
function measured(overrides: Partial<Measured['perOperation']> = {}, estimated = true): Measured {
  const perOperation = Object.fromEntries(OPERATIONS.map((op) => [op, nothing])) as Measured['perOperation'];
  return {
    measuredAt: '2026-12-05',
    lists: 0,
    estimated,
    method: ['by hand'],
    perOperation: { ...perOperation, ...overrides },
    snapshot: { chunks: 2, bytes: 700_000, settings: 1_000 },
  };
}

const tiny: Volumes = { listsPerYear: 1_000, capacityUpdatesPerYear: 0, pageViewsPerYear: 0, councils: 4 };
/** $1 for every unit of every price, nothing free. */
const dollar: Prices = Object.fromEntries(
  Object.entries(PRICES).map(([k, p]) => [k, { ...p, usd: 1, per: 1, freePerMonth: undefined }]),
) as Prices;
const zero = zeroed(ASSUMPTIONS);
/** Nothing assumed, but the divisors. */
const quiet: Assumptions = {
  ...zero,
  reminders: { ...zero.reminders, everyDays: 21 },
  storage: { ...zero.storage, listsPerCase: 2 },
};
const line = (c: ReturnType<typeof costModel>, key: string) => c.lines.find((l) => l.key === key)?.cost;

describe('cost sheet', () => {
  it('costs a list as its measured units times the lists, in both models', () => {
    const m = measured({ listOld: { readUnits: 2, writeUnits: 3, requests: 5 } });
    const prices = { ...dollar, dynamoRead: { ...dollar.dynamoRead, usd: 0.125, per: 1e6 } };
    expect(dynamoUnits(m, quiet, tiny, 'national', 'today').Lists).toEqual({ read: 2_000, write: 3_000 });
    expect(dynamoUnits(m, quiet, tiny, 'perCouncil', 'today').Lists).toEqual({ read: 500, write: 750 });
    expect(line(costModel(m, prices, tiny, quiet, 'national'), 'dynamoRead')?.today).toBeCloseTo(0.00025, 10);
    expect(line(costModel(m, prices, tiny, quiet, 'perCouncil'), 'dynamoRead')?.today).toBeCloseTo(
      0.00025,
      10,
    );
  });

  it('doubles the list line when the lists double, and leaves the fixed lines alone', () => {
    const m = measured({ listNew: { readUnits: 61, writeUnits: 50.6, requests: 6 } });
    const double = { ...VOLUMES, listsPerYear: 2 * VOLUMES.listsPerYear };
    const once = dynamoUnits(m, ASSUMPTIONS, VOLUMES, 'national', 'new').Lists;
    const twice = dynamoUnits(m, ASSUMPTIONS, double, 'national', 'new').Lists;
    expect(twice.read).toBeCloseTo(2 * once.read, 6);
    expect(twice.write).toBeCloseTo(2 * once.write, 6);
    const [a, b] = [VOLUMES, double].map((v) => costModel(m, PRICES, v, ASSUMPTIONS, 'national'));
    expect(line(b as never, 'alarmMetric')).toEqual(line(a as never, 'alarmMetric'));
    expect(line(b as never, 'httpApiRequest')?.new).toBeGreaterThan(
      line(a as never, 'httpApiRequest')?.new ?? 0,
    );
  });

  it('pays the fixed costs once per deployment: 153 times over per council', () => {
    const [national, councils] = (['national', 'perCouncil'] as const).map((model) =>
      costModel(measured(), PRICES, VOLUMES, ASSUMPTIONS, model),
    );
    for (const key of ['alarmMetric', 'dashboard', 'secret', 'kmsKey']) {
      expect(line(councils as never, key)?.today).toBeCloseTo(
        153 * (line(national as never, key)?.today ?? 0),
        6,
      );
      expect(line(councils as never, key)?.new).toBeCloseTo(
        153 * (line(national as never, key)?.new ?? 0),
        6,
      );
    }
    // A purely variable line, its volume split evenly: the same total either way.
    expect(line(councils as never, 'httpApiRequest')?.today).toBeCloseTo(
      line(national as never, 'httpApiRequest')?.today ?? -1,
      6,
    );
    expect(line(national as never, 'dashboard')?.today).toBe(36);
  });

  it('loads the snapshot only in the new design, at most once a list and the day’s cap', () => {
    const a = { ...ASSUMPTIONS, snapshot: { ...ASSUMPTIONS.snapshot, loadsPerDayCap: 10 } };
    expect(snapshotLoads(a, VOLUMES, 'national', 'today')).toBe(0);
    expect(snapshotLoads(a, VOLUMES, 'national', 'new')).toBe(3_650);
    expect(snapshotLoads(a, tiny, 'perCouncil', 'new')).toBe(250);
    const m = measured({ snapshotLoad: { readUnits: 400, writeUnits: 0, requests: 2 } });
    const units = dynamoUnits(
      m,
      { ...quiet, snapshot: { ...quiet.snapshot, loadsPerDayCap: 1 } },
      tiny,
      'national',
      'new',
    );
    expect(units['Register snapshot (loads and writer)']).toEqual({ read: 365 * 400, write: 0 });
  });

  it('takes each month’s free allowance off only in the free-tier total', () => {
    const one = { ...quiet, dashboards: 1 };
    const prices = { ...dollar, dashboard: { ...dollar.dashboard, freePerMonth: 3 } };
    const c = costModel(measured(), prices, { ...tiny, listsPerYear: 0 }, one, 'perCouncil');
    expect(line(c, 'dashboard')?.today).toBe(4 * 12);
    expect(c.total.today).toBe(4 * 12);
    expect(c.totalWithFreeTier.today).toBe(0);
  });

  it('counts Lambda time as milliseconds times memory', () => {
    const a = { ...quiet, lambda: { ...quiet.lambda, memoryGb: 2, msPerList: { today: 100, new: 50 } } };
    expect(usagePerDeployment(measured(), a, tiny, 'national', 'today').lambdaArmGbSecond).toBeCloseTo(
      200,
      9,
    );
    expect(usagePerDeployment(measured(), a, tiny, 'national', 'new').lambdaArmGbSecond).toBeCloseTo(100, 9);
  });

  it('says prominently when the capacity units are estimated, and not when they are measured', () => {
    const estimated = costSheet(measured(), PRICES, VOLUMES, ASSUMPTIONS);
    const real = costSheet(measured({}, false), PRICES, VOLUMES, ASSUMPTIONS);
    expect(estimated.split('\n').slice(0, 4).join('\n')).toContain('ESTIMATED, NOT MEASURED');
    expect(estimated).toContain('## How the capacity units were estimated');
    expect(real).not.toContain('ESTIMATED');
    for (const sheet of [estimated, real]) {
      expect(sheet).toContain('## A. One national deployment');
      expect(sheet).toContain('## B. 153 council deployments');
      expect(sheet).toContain('## What is not costed');
      for (const p of Object.values(PRICES)) expect(sheet).toContain(p.source);
    }
  });
});
