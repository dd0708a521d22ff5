import { Transform } from 'node:stream';
import { TextDecoder } from 'node:util';

// GIAS publishes its CSV in Windows-1252. Node 20.18.3+ decodes 'windows-1252' as Latin-1
// (nodejs/node#60888): bytes 0x80–0x9F — curly quotes, dashes, € — come out as control
// characters. So we decode Latin-1 and map those 32 bytes ourselves (WHATWG index-windows-1252).

const C1_TO_WINDOWS_1252 = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122,
  0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

const C1_RANGE = /[\u0080-\u009f]/g;

/** Windows-1252 bytes → text. A single-byte code: any chunk boundary is a character boundary. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(C1_RANGE, (c) => String.fromCharCode(C1_TO_WINDOWS_1252[c.charCodeAt(0) - 0x80] ?? 0xfffd));
}

/**
 * Bytes → text for the CSV parser: UTF-8 when the file starts with a UTF-8 byte-order mark
 * (a re-saved file), Windows-1252 otherwise (GIAS as published).
 */
export function createTextDecoder(): Transform {
  let decode: ((chunk: Buffer) => string) | null = null;
  let utf8: TextDecoder | null = null;
  return new Transform({
    readableObjectMode: false,
    decodeStrings: true,
    transform(chunk: Buffer, _encoding, done) {
      if (!decode) {
        if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) {
          const decoder = new TextDecoder('utf-8');
          utf8 = decoder;
          decode = (bytes) => decoder.decode(bytes, { stream: true });
        } else {
          decode = decodeWindows1252;
        }
      }
      done(null, decode(chunk));
    },
    flush(done) {
      done(null, utf8 ? utf8.decode() : '');
    },
  });
}
