import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Templates escape what they show: markup is built in the template from escaped values, never
// passed in as HTML. The few `| safe` left are listed here with why each is safe.

const VIEWS = join(import.meta.dirname, '..', '..', '..', 'web', 'views');
const ALLOWED: Record<string, string> = {
  // The map is drawn on the server from numbers and escaped names (web/view/map.ts, tested there).
  'family/map.njk:{{ m.mapSvg | safe }}': 'server-drawn SVG from escaped text',
  // The sufficiency page's charts and map, drawn the same way (web/view/staff/sufficiency-charts.ts, -map.ts).
  'staff/sufficiency.njk:{{ m.availabilityChart | safe }}': 'server-drawn SVG from escaped text',
  'staff/sufficiency.njk:{{ m.placesChart | safe }}': 'server-drawn SVG from escaped text',
  'staff/sufficiency.njk:{{ m.map.svg | safe }}': 'server-drawn SVG from escaped text',
  // Blocks captured in the same template from GOV.UK macros, whose values the macros escape.
  'staff/case-decision.njk:{{ offHtml | safe }}': 'a block captured from escaping macros',
  'staff/case-decision.njk:{{ typeHtml | safe }}': 'a block captured from escaping macros',
};

function templates(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? templates(join(dir, e.name)) : e.name.endsWith('.njk') ? [join(dir, e.name)] : [],
  );
}

describe('templates', () => {
  it('mark nothing safe but what is listed, so no message is shown as HTML', () => {
    const found = templates(VIEWS).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\{\{[^}]*\|\s*safe\s*\}\}/g)].map(
        (m) => `${relative(VIEWS, file)}:${m[0]}`,
      ),
    );
    expect(found.filter((f) => !(f in ALLOWED))).toEqual([]);
    expect(found.length).toBeGreaterThan(0);
  });
});
