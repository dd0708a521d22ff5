import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { locationFromGrid } from '../../functions/core/gias/coordinates.js';
import type { Location } from '../../functions/core/model.js';

function at(easting: number, northing: number): Location {
  const location = locationFromGrid(String(easting), String(northing));
  if ('problem' in location) throw new Error(location.problem);
  return location;
}

/** Great-circle distance; plenty for tens of metres. */
function metres(a: Location, b: Location): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const h =
    Math.sin(rad(b.lat - a.lat) / 2) ** 2 +
    Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
}

describe('Easting/Northing → WGS84', () => {
  it('puts the Airy transit circle, origin of OSGB36 longitude, where GPS puts it: ~100 m west of 0°', () => {
    // Airy's transit circle is at OSGB36 51°28′38″N 0°00′00″; on WGS84 it is 51.477811, -0.001475.
    // Its grid reference: projected on the Airy ellipsoid, no datum shift (that is what OSGB36 is).
    const [easting, northing] = proj4(
      '+proj=longlat +ellps=airy +no_defs',
      '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy +units=m +no_defs',
      [0, 51 + 28 / 60 + 38 / 3600],
    ) as [number, number];
    const converted = at(easting, northing);
    expect(metres(converted, { lat: 51.477811, lon: -0.001475 })).toBeLessThan(20);
  });

  it('places The Aldgate School (URN 100000, E 533498 N 181201) within 50 m of its WGS84 position', () => {
    // Its WGS84 position, from the grid reference by the OS's Helmert transform.
    // data/england/schools.csv (from schools-markers.json) has 51.513458, -0.075918: ~120 m off,
    // converted without the datum shift.
    const aldgate = at(533498, 181201);
    expect(metres(aldgate, { lat: 51.51397, lon: -0.07753 })).toBeLessThan(50);
    expect(metres(aldgate, { lat: 51.513458, lon: -0.075918 })).toBeGreaterThan(100);
  });

  it('rounds to six decimals, so the same grid reference always gives the same location', () => {
    const { lat, lon } = at(517500, 130500);
    expect(lat).toBe(Math.round(lat * 1e6) / 1e6);
    expect(lon).toBe(Math.round(lon * 1e6) / 1e6);
  });

  it.each([
    ['', '181201', 'no coordinates (Easting/Northing blank)'],
    ['533498', '', 'no coordinates (Easting/Northing blank)'],
    ['abc', '181201', 'Easting/Northing are not numbers'],
    ['0', '0', 'Easting/Northing are not on the British National Grid'],
    ['-5', '181201', 'Easting/Northing are not on the British National Grid'],
    ['900000', '181201', 'Easting/Northing are not on the British National Grid'],
  ])('refuses E "%s" N "%s"', (easting, northing, problem) => {
    expect(locationFromGrid(easting, northing)).toEqual({ problem });
  });
});
