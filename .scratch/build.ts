import { buildRegisterIndex } from '../functions/core/register-memory/register-index.js';
import { staticFactsOf } from '../functions/core/register-memory/static-facts.js';
import { readEnglandData } from '../functions/reference/england-data.js';
import { DEFAULT_SEED } from '../functions/reference/load-england.js';
import { buildEnglandRegister } from '../functions/reference/synthetic-register.js';
import { chunkBytes } from '../functions/store/register-memory-store.js';
import { gunzipSync } from 'node:zlib';
const data = await readEnglandData();
const register = buildEnglandRegister({ ...data, seed: DEFAULT_SEED, now: new Date() });
const entries = register.map((s) => ({ setting: staticFactsOf(s), revision: 1 }));
const chunks = chunkBytes(entries);
for (let k = 0; k < 3; k++) {
  let t = performance.now();
  const parsed = chunks.flatMap((c) => JSON.parse(gunzipSync(c).toString('utf8')));
  const t1 = performance.now();
  buildRegisterIndex(parsed);
  const t2 = performance.now();
  console.log('decode', (t1 - t).toFixed(0), 'build', (t2 - t1).toFixed(0), 'json MB', (chunks.reduce((s, c) => s + gunzipSync(c).length, 0) / 1e6).toFixed(1));
}
