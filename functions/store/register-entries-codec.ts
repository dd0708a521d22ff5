import { promisify } from 'node:util';
import { gunzip, gunzipSync, gzipSync } from 'node:zlib';
import type { RegisterEntry } from '../core/register-memory/register-index.js';

// How the register's entries are stored in change items and snapshot chunks: gzip JSON.

/** A chunk's most compressed bytes: well inside DynamoDB's 400 KB item limit. */
export const SNAPSHOT_CHUNK_BYTES = 350 * 1024;
/** The raw JSON put in a chunk before compressing it (it compresses about tenfold). */
const CHUNK_RAW_TARGET = 2_400_000;

const gunzipAsync = promisify(gunzip);

// Entries are stored without what static facts always leave empty and what a provision repeats
// of its setting (staticFactsOf), and given it back when read: a new instance parses a sixth less.
const compact = ({ setting, revision }: RegisterEntry) => {
  const { createdAt: _c, updatedAt: _u, sourceNotes: _n, address, provisions, ...rest } = setting;
  return {
    revision,
    setting: {
      ...rest,
      address: { town: address.town, postcode: address.postcode },
      provisions: provisions.map(({ settingId: _s, capacity: _f, capacityVersion: _v, ...p }) => p),
    },
  };
};
function restored(entries: RegisterEntry[]): RegisterEntry[] {
  for (const { setting } of entries) {
    setting.createdAt ??= '';
    setting.updatedAt ??= '';
    setting.sourceNotes ??= [];
    setting.address.lines ??= [];
    for (const p of setting.provisions) {
      p.settingId ??= setting.id;
      p.capacity ??= null;
      p.capacityVersion ??= 0;
    }
  }
  return entries;
}

export const encode = (entries: readonly RegisterEntry[]) =>
  gzipSync(JSON.stringify(entries.map(compact)), { level: 6 });
export const decode = (bytes: unknown): RegisterEntry[] =>
  restored(JSON.parse(gunzipSync(bytes as Uint8Array).toString('utf8')));

/** As decode, unzipped off the main thread (a snapshot's chunks, all at once). */
export async function decodeAsync(bytes: unknown): Promise<RegisterEntry[]> {
  return restored(JSON.parse((await gunzipAsync(bytes as Uint8Array)).toString('utf8')));
}

/** The entries in gzip chunks of at most SNAPSHOT_CHUNK_BYTES each, in order. */
export function chunkBytes(entries: readonly RegisterEntry[]): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  const pack = (part: readonly RegisterEntry[]) => {
    const bytes = encode(part);
    if (bytes.length <= SNAPSHOT_CHUNK_BYTES || part.length <= 1) chunks.push(bytes);
    else {
      const half = Math.ceil(part.length / 2);
      pack(part.slice(0, half));
      pack(part.slice(half));
    }
  };
  let start = 0;
  let size = 0;
  for (let i = 0; i < entries.length; i++) {
    size += JSON.stringify(entries[i]).length;
    if (size >= CHUNK_RAW_TARGET) {
      pack(entries.slice(start, i + 1));
      start = i + 1;
      size = 0;
    }
  }
  if (start < entries.length || entries.length === 0) pack(entries.slice(start));
  return chunks;
}
