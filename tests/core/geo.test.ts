import { describe, expect, it } from 'vitest';
import {
  distanceKm,
  lonUnits,
  STRIPS_PER_DEGREE,
  type StripRange,
  stripOf,
  stripRangesWithin,
  unreadParts,
} from '../../functions/core/geo.js';
import type { Location } from '../../functions/core/model.js';
import { seeded } from '../bench/stats.js';

const covers = (ranges: readonly StripRange[], point: Location, perDegree: number) =>
  ranges.some(
    (r) =>
      r.strip === stripOf(point, perDegree) &&
      r.fromLon <= lonUnits(point.lon) &&
      lonUnits(point.lon) <= r.toLon,
  );

/** The area (in square degrees) a search reads. */
const areaOf = (ranges: readonly StripRange[], perDegree: number) =>
  ranges.reduce((sum, r) => sum + ((r.toLon - r.fromLon) / 100_000) * (1 / perDegree), 0);

describe('geo', () => {
  it('measures straight-line distances in km', () => {
    // Horsham to Crawley, about 11 km.
    expect(distanceKm({ lat: 51.0629, lon: -0.3259 }, { lat: 51.1091, lon: -0.1872 })).toBeCloseTo(10.8, 0);
  });

  it.each([STRIPS_PER_DEGREE.specialist, STRIPS_PER_DEGREE.plain])(
    'covers every point within the circle (%d strips a degree)',
    (perDegree) => {
      const random = seeded(perDegree);
      for (const centre of [
        { lat: 51.5, lon: -0.12 },
        { lat: 54.9, lon: -1.6 },
        { lat: 50.1, lon: -5.5 },
      ]) {
        for (const radius of [1, 5, 15, 30]) {
          const ranges = stripRangesWithin(centre, radius, perDegree);
          let inside = 0;
          for (let i = 0; i < 2000; i++) {
            const point = {
              lat: centre.lat + (random() - 0.5) * 0.6,
              lon: centre.lon + (random() - 0.5) * 1,
            };
            // Points just inside the edge are the ones an approximation would lose.
            const edge = radius * (0.97 + random() * 0.03);
            const bearing = random() * 2 * Math.PI;
            const onEdge = {
              lat: centre.lat + (edge / 111.195) * Math.cos(bearing),
              lon:
                centre.lon + (edge / (111.195 * Math.cos((centre.lat * Math.PI) / 180))) * Math.sin(bearing),
            };
            for (const p of [point, onEdge]) {
              if (distanceKm(centre, p) <= radius) {
                inside++;
                expect(covers(ranges, p, perDegree)).toBe(true);
              }
            }
          }
          expect(inside).toBeGreaterThan(1000);
        }
      }
    },
  );

  it('reads one range per strip, hugging the circle', () => {
    const centre = { lat: 51.5, lon: -0.12 };
    const ranges = stripRangesWithin(centre, 30, STRIPS_PER_DEGREE.specialist);
    // 60 km of latitude is 5.4 strips of a tenth of a degree: 6 or 7 strips, one range each.
    expect(ranges.length).toBeLessThanOrEqual(7);
    expect(new Set(ranges.map((r) => r.strip)).size).toBe(ranges.length);
    // The circle is 2,827 km²; its bounding box is 3,600 km². A degree² here is about 7,700 km².
    const km2 =
      areaOf(ranges, STRIPS_PER_DEGREE.specialist) * 111.195 ** 2 * Math.cos((51.5 * Math.PI) / 180);
    expect(km2).toBeGreaterThan(2827);
    expect(km2).toBeLessThan(3600);
  });

  it('reads nothing for no distance', () => {
    expect(stripRangesWithin({ lat: 51.5, lon: -0.12 }, 0, STRIPS_PER_DEGREE.plain)).toEqual([]);
  });

  it('widening a search reads only what the narrower one did not', () => {
    const centre = { lat: 51.52, lon: -0.12 };
    const inner = stripRangesWithin(centre, 5, STRIPS_PER_DEGREE.plain);
    const outer = stripRangesWithin(centre, 10, STRIPS_PER_DEGREE.plain);
    const rest = unreadParts(outer, inner);
    const all = [...inner, ...rest];
    const random = seeded(7);
    for (let i = 0; i < 2000; i++) {
      const p = { lat: centre.lat + (random() - 0.5) * 0.3, lon: centre.lon + (random() - 0.5) * 0.4 };
      const times = all.filter((r) => covers([r], p, STRIPS_PER_DEGREE.plain)).length;
      // Everything the wide search covers is read exactly once.
      expect(times).toBe(covers(outer, p, STRIPS_PER_DEGREE.plain) ? 1 : 0);
    }
    expect(unreadParts(outer, [...inner, ...rest])).toEqual([]);
  });

  it('subtracts ranges already read from the middle and from either end', () => {
    const wanted = [{ strip: 3, fromLon: 100, toLon: 200 }];
    expect(unreadParts(wanted, [{ strip: 3, fromLon: 120, toLon: 150 }])).toEqual([
      { strip: 3, fromLon: 100, toLon: 119 },
      { strip: 3, fromLon: 151, toLon: 200 },
    ]);
    expect(unreadParts(wanted, [{ strip: 3, fromLon: 50, toLon: 150 }])).toEqual([
      { strip: 3, fromLon: 151, toLon: 200 },
    ]);
    expect(unreadParts(wanted, [{ strip: 4, fromLon: 50, toLon: 250 }])).toEqual(wanted);
    expect(unreadParts(wanted, [{ strip: 3, fromLon: 0, toLon: 300 }])).toEqual([]);
  });
});
