// `npm run costs`: writes docs/COSTS.md from the capacity units in docs/costs-measured.json (written
// by `npm run bench`, or estimated by hand with "estimated": true) and the prices and assumptions
// in tests/bench/cost-prices.ts. The arithmetic is tests/bench/cost-sheet.ts.

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ASSUMPTIONS, PRICES, VOLUMES } from './cost-prices.js';
import { costSheet, type Measured, OPERATIONS } from './cost-sheet.js';

const MEASURED = fileURLToPath(new URL('../../docs/costs-measured.json', import.meta.url));
const SHEET = fileURLToPath(new URL('../../docs/COSTS.md', import.meta.url));

/** The measured file, checked for every operation the sheet needs. */
function readMeasured(text: string): Measured {
  const measured = JSON.parse(text) as Measured;
  for (const op of OPERATIONS) {
    const c = measured.perOperation?.[op];
    if (!c || ![c.readUnits, c.writeUnits, c.requests].every((x) => Number.isFinite(x) && x >= 0)) {
      throw new Error(
        `docs/costs-measured.json: perOperation.${op} needs readUnits, writeUnits and requests.`,
      );
    }
  }
  if (!measured.snapshot || !Number.isFinite(measured.snapshot.bytes)) {
    throw new Error('docs/costs-measured.json: snapshot needs chunks, bytes and settings.');
  }
  return measured;
}

const measured = readMeasured(readFileSync(MEASURED, 'utf8'));
writeFileSync(SHEET, costSheet(measured, PRICES, VOLUMES, ASSUMPTIONS));
console.log(
  `Wrote docs/COSTS.md${measured.estimated ? ' (from ESTIMATED capacity units, not measured)' : ''}.`,
);
