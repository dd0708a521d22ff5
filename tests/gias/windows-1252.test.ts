import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { createTextDecoder, decodeWindows1252 } from '../../functions/importer/windows-1252.js';

describe('Windows-1252 decoding', () => {
  it('decodes the bytes Latin-1 gets wrong: dashes, curly quotes, €', () => {
    const bytes = Uint8Array.from([0x96, 0x20, 0x92, 0x93, 0x94, 0x80, 0x85, 0x9f, 0x81]);
    expect(decodeWindows1252(bytes)).toBe('\u2013 \u2019\u201c\u201d\u20ac\u2026\u0178\u0081');
  });

  it('decodes ASCII and Latin-1 letters as themselves', () => {
    expect(decodeWindows1252(Buffer.from('Élan Ñ ü', 'latin1'))).toBe('Élan Ñ ü');
  });

  it('decodes a stream in Windows-1252, whatever its chunks', async () => {
    const chunks = [Buffer.from([0x53, 0x74, 0x20, 0x96]), Buffer.from([0x20, 0xc9, 0x6c, 0x61, 0x6e])];
    expect(await text(Readable.from(chunks).pipe(createTextDecoder()))).toBe('St – Élan');
  });

  it('decodes a file saved as UTF-8 with a byte-order mark as UTF-8', async () => {
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('St – Élan', 'utf8')]);
    // Split inside the multi-byte "–".
    const chunks = [utf8.subarray(0, 7), utf8.subarray(7)];
    expect(await text(Readable.from(chunks).pipe(createTextDecoder()))).toBe('St – Élan');
  });

  it('keeps the five bytes Windows-1252 leaves undefined as the C1 controls, as WHATWG does', () => {
    const bytes = Uint8Array.from([0x41, 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x42]);
    expect(decodeWindows1252(bytes)).toBe('A\u0081\u008d\u008f\u0090\u009dB');
  });

  it('finds the byte-order mark even when the first chunks are shorter than it', async () => {
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Élan', 'utf8')]);
    const oneByteChunks = [...utf8].map((byte) => Buffer.from([byte]));
    expect(await text(Readable.from(oneByteChunks).pipe(createTextDecoder()))).toBe('Élan');
    const short = [Buffer.from([0x96]), Buffer.from([0x41])];
    expect(await text(Readable.from(short).pipe(createTextDecoder()))).toBe('–A');
    expect(await text(Readable.from([Buffer.from([0x80])]).pipe(createTextDecoder()))).toBe('€');
  });

  it('decodes a large file in chunks as it does whole', async () => {
    const bytes = Buffer.alloc(3 * 1024 * 1024 + 7);
    for (let i = 0; i < bytes.length; i++) bytes[i] = 0x20 + ((i * 31) % 224);
    const chunks = [];
    for (let at = 0; at < bytes.length; at += 65_521) chunks.push(bytes.subarray(at, at + 65_521));
    expect(await text(Readable.from(chunks).pipe(createTextDecoder()))).toBe(decodeWindows1252(bytes));
  });
});
