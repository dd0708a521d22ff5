import { Transform } from 'node:stream';
import iconv from 'iconv-lite';

// GIAS publishes its CSV in Windows-1252. Node's own TextDecoder has got bytes 0x80–0x9F (curly
// quotes, dashes, €) wrong since 20.18.3 (nodejs/node#60888), so iconv-lite decodes it.

const UNDEFINED_BYTE = /\ufffd/g;

/**
 * iconv-lite decodes the five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D)
 * as U+FFFD; the WHATWG Encoding Standard (what browsers do) keeps each as the C1 control of the
 * same number, and so do we. One byte is one UTF-16 unit here, so a character's offset is its byte's.
 */
function keepUndefinedBytes(text: string, bytes: Uint8Array): string {
  if (!text.includes('\ufffd')) return text;
  return text.replace(UNDEFINED_BYTE, (c, offset: number) => {
    const byte = bytes[offset];
    return byte === undefined ? c : String.fromCharCode(byte);
  });
}

/** Windows-1252 bytes → text. A single-byte code: any chunk boundary is a character boundary. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return keepUndefinedBytes(iconv.decode(bytes, 'windows-1252'), bytes);
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * Bytes → text for the CSV parser: UTF-8 when the file starts with a UTF-8 byte-order mark
 * (a re-saved file), Windows-1252 otherwise (GIAS as published). Streams: a UTF-8 character split
 * between chunks is joined up; only the first three bytes are held back, to look for the mark.
 */
export function createTextDecoder(): Transform {
  let decoder: { write(bytes: Buffer): string; end(): string } | null = null;
  let head = Buffer.alloc(0);
  return new Transform({
    readableObjectMode: false,
    decodeStrings: true,
    transform(chunk: Buffer, _encoding, done) {
      if (decoder) return done(null, decoder.write(chunk));
      head = Buffer.concat([head, chunk]);
      if (head.length < UTF8_BOM.length) return done();
      decoder = decoderFor(head);
      done(null, decoder.write(head));
    },
    flush(done) {
      // A file shorter than the mark has not chosen yet.
      if (!decoder) return done(null, head.length > 0 ? decodeWindows1252(head) : '');
      done(null, decoder.end());
    },
  });
}

function decoderFor(start: Buffer): { write(bytes: Buffer): string; end(): string } {
  if (UTF8_BOM.every((byte, i) => start[i] === byte)) {
    const utf8 = iconv.getDecoder('utf-8');
    return { write: (bytes) => utf8.write(bytes), end: () => utf8.end() ?? '' };
  }
  return { write: decodeWindows1252, end: () => '' };
}
