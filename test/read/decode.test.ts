import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/diagnostics.js';
import { decode, sampleBytes } from '../../src/read/decode.js';

const TEXT = 'Khai mạc hội chợ “Xuân quê” ở Đồi Thông\n';
const utf16le = (s: string) => Buffer.from(s, 'utf16le');
const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();

describe('decode', () => {
  it('gives any valid UTF-8 the text TextDecoder gives it, a second byte-order mark dropped too', () => {
    const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }))
      .map((t) => t.replace(/[\u0000-\u0008\u000b\u000e-\u001f\ud800-\udfff]/g, 'x'));
    fc.assert(fc.property(text, fc.boolean(), (t, twoBoms) => {
      const bytes = Buffer.from(twoBoms ? `\ufeff\ufeff${t}` : t);
      expect(decode(bytes, 'a.txt').text).toBe(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(twoBoms ? 3 : 0)));
    }), { numRuns: 2000 });
  });

  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decode(Buffer.from(TEXT), 'a.txt')).toMatchObject({ text: TEXT, encoding: 'utf-8', bom: false });
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), 'a.txt')).toMatchObject({ text: TEXT, bom: true });
  });

  it('reads UTF-16 LE and BE by their byte-order mark', () => {
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(TEXT)]), 'a.txt')).toMatchObject({ text: TEXT, encoding: 'utf-16le' });
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]), 'a.txt')).toMatchObject({ text: TEXT, encoding: 'utf-16be' });
  });

  it('names UTF-16 without a byte-order mark instead of calling it binary', () => {
    expect(() => decode(utf16le('Khai mac hoi cho sach\n'), 'a.txt')).toThrow(/UTF-16 without a byte-order mark; name it with --encoding utf-16le/);
    expect(() => decode(utf16be('Khai mac hoi cho sach\n'), 'a.txt')).toThrow(/--encoding utf-16be/);
    // NULs in every other byte, but control characters between them: binary data.
    expect(() => decode(Buffer.from([0x00, 0x01, 0x02]), 'a.txt')).toThrow('binary file (contains NUL bytes), not an article');
    expect(() => decode(Buffer.from([0x01, 0x00, 0x41, 0x00]), 'a.txt')).toThrow('binary file (contains NUL bytes), not an article');
  });

  it('reads UTF-16 without a byte-order mark when forced', () => {
    expect(decode(utf16le(TEXT), 'a.txt', 'utf-16le').text).toBe(TEXT);
  });

  it('refuses images and other binary files by their signature', () => {
    expect(() => decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'a.txt')).toThrow('binary file (PNG image), not an article');
    expect(() => decode(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x41]), 'a.txt')).toThrow('binary file (JPEG image), not an article');
    expect(() => decode(Buffer.from('%PDF-1.7\n'), 'a.txt')).toThrow('binary file (PDF document), not an article');
    expect(() => decode(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14]), 'a.docx')).toThrow('binary file (ZIP archive or Office document), not an article');
    expect(() => decode(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1]), 'a.doc')).toThrow('binary file (old Office .doc or .xls document), not an article');
  });

  it('refuses data with NUL bytes or many control characters', () => {
    expect(() => decode(Buffer.from([0x41, 0x00, 0x00, 0x00, 0x42, 0x43]), 'a.txt')).toThrow(/binary file \(contains NUL bytes\)/);
    expect(() => decode(Buffer.from('\x01\x02\x03\x04abc'), 'a.txt')).toThrow(/binary file \(control characters\)/);
  });

  it('refuses a UTF-8 byte-order mark over bytes that are not UTF-8', () => {
    expect(() => decode(Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0x0a, 0xff]), 'a.txt')).toThrow(/UTF-8 byte-order mark but is not valid UTF-8 \(line 2\)/);
  });

  it('replaces invalid bytes under a forced UTF-8 and says how many', () => {
    const decoded = decode(Buffer.from([0x61, 0xff, 0x62]), 'a.txt', 'utf-8');
    expect(decoded.text).toBe('a\ufffdb');
    expect(decoded.warning).toMatch(/^1 byte\(s\) have no meaning in UTF-8/);
  });

  it('on any bytes, returns text or refuses with a one-line input error, never anything else', () => {
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ min: 0x20, max: 0xff, maxLength: 300 }));
    fc.assert(fc.property(bytes, (b) => {
      try {
        expect(typeof decode(b, 'x.txt').text).toBe('string');
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        expect((error as InputError).oneLine).toMatch(/^x\.txt: [^\n]+$/);
      }
    }), { numRuns: 500 });
  });
});

describe('sampleBytes', () => {
  /** The byte loop it replaced. */
  const LATIN1_HINT = /[\u0080-\u00bf\u00c4-\u00c7\u00cb\u00ce\u00cf\u00d1\u00d6\u00d8\u00db\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f1\u00f6\u00f8\u00fb\u00fc\u00fe\u00ff]/;
  function byByte(bytes: Uint8Array): { controls: number; mojibakeHint: boolean } {
    let controls = 0;
    let mojibakeHint = false;
    for (let i = 0; i < Math.min(bytes.length, 64 * 1024); i++) {
      const b = bytes[i];
      if (b < 0x20) {
        if (![0x09, 0x0a, 0x0c, 0x0d].includes(b)) controls++;
      } else if ((b === 0xc2 || b === 0xc3) && LATIN1_HINT.test(String.fromCharCode(((b & 0x03) << 6) | ((bytes[i + 1] ?? 0) & 0x3f)))) mojibakeHint = true;
    }
    return { controls, mojibakeHint };
  }

  // Bytes around the ones it looks for, at every alignment of the view.
  const interesting = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x00, 0x01, 0x09, 0x0a, 0x0c, 0x0d, 0x1f, 0x20, 0x41, 0x80, 0xa0, 0xb5, 0xbf, 0xc2, 0xc3, 0xc4, 0xe1, 0xfe, 0xff));

  it('counts control bytes and finds Latin-1 mojibake as a byte loop does, at any alignment', () => {
    fc.assert(fc.property(fc.array(interesting, { maxLength: 80 }), fc.integer({ min: 0, max: 7 }), (values, offset) => {
      const buffer = new Uint8Array(offset + values.length);
      buffer.set(values, offset);
      const bytes = buffer.subarray(offset);
      expect(sampleBytes(bytes)).toEqual(byByte(bytes));
    }), { numRuns: 3000 });
  });

  it('agrees on real text, Vietnamese and Windows-1252 mojibake alike', () => {
    for (const text of ['Chiều 2/10, Sở GD&ĐT Hà Nội tổ chức lễ khai mạc.\n', 'ViÖt Nam µ¸¨ – Hµ Néi\r\n\f\t', 'a\x01b\x02c\x7f']) {
      const bytes = Buffer.from(text.repeat(50));
      expect(sampleBytes(bytes)).toEqual(byByte(bytes));
    }
  });
});
