import { describe, expect, it } from 'vitest';
import { cellOf, cellsWithin, distanceKm, GRID } from '../../functions/core/geo.js';
import { seeded } from '../bench/stats.js';

describe('geo', () => {
  it('measures straight-line distances in km', () => {
    // Horsham to Crawley, about 11 km.
    expect(distanceKm({ lat: 51.0629, lon: -0.3259 }, { lat: 51.1091, lon: -0.1872 })).toBeCloseTo(10.8, 0);
  });

  it.each([GRID.specialist, GRID.plain])(
    'finds the cell of every point within the circle (%d cells a degree)',
    (grid) => {
      const random = seeded(grid);
      const centre = { lat: 51.5, lon: -0.12 };
      for (const radius of [1, 5, 15, 30]) {
        const cells = new Set(cellsWithin(centre, radius, grid));
        for (let i = 0; i < 400; i++) {
          const point = { lat: centre.lat + (random() - 0.5) * 0.6, lon: centre.lon + (random() - 0.5) * 1 };
          if (distanceKm(centre, point) <= radius) expect(cells.has(cellOf(point, grid))).toBe(true);
        }
      }
    },
  );

  it('skips the corners of the bounding box that the circle misses', () => {
    const cells = cellsWithin({ lat: 51.5, lon: -0.12 }, 30, GRID.specialist);
    const box = cellsWithin({ lat: 51.5, lon: -0.12 }, 30 * Math.SQRT2, GRID.specialist);
    expect(cells.length).toBeLessThan(box.length / 1.5);
  });
});
