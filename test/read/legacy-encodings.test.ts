import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/diagnostics.js';
import { extract } from '../../src/extract/index.js';
import { decode } from '../../src/read/decode.js';
import { parse } from '../../src/read/index.js';
import { LEGACY_NAMES, TCVN3_RUNS, decodeLegacy, type LegacyEncoding } from '../../src/read/legacy-encodings.js';
import { renderJson } from '../../src/render/json.js';
import { FIXTURES } from '../helpers.js';
import { ARTICLE_TXT, ENGLISH_TXT, FRENCH_TXT } from '../support/articles.js';
import { encodeLegacy } from '../support/legacy-encode.js';

const ENCODINGS = Object.keys(LEGACY_NAMES) as LegacyEncoding[];
const extraction = (text: string) => renderJson(extract(parse(text, { path: 'a.txt' })), { evidence: true });

describe('legacy Vietnamese encodings', () => {
  it('decodes the TCVN3 bytes every archive reader knows ("ViÖt Nam", "Hµ Néi")', () => {
    expect(decodeLegacy(iconv.encode('ViÖt Nam, Hµ Néi, §¹i häc', 'windows1252'), 'tcvn3').text).toBe('Việt Nam, Hà Nội, Đại học');
  });

  it('decodes the VNI bytes every archive reader knows ("Vieät Nam", "Haø Noäi")', () => {
    expect(decodeLegacy(iconv.encode('Vieät Nam, Haø Noäi, ñaïi hoïc, COÄNG HOØA', 'windows1252'), 'vni').text).toBe('Việt Nam, Hà Nội, đại học, CỘNG HÒA');
  });

  it('has one character per TCVN3 byte, with no byte defined twice', () => {
    const bytes = TCVN3_RUNS.flatMap(([from, chars]) => [...chars].map((_, i) => from + i));
    expect(new Set(bytes).size).toBe(bytes.length);
    expect(bytes.every((b) => b >= 0xa1 && b <= 0xfe)).toBe(true);
  });

  for (const encoding of ENCODINGS) {
    describe(LEGACY_NAMES[encoding], () => {
      const bytes = encodeLegacy(ARTICLE_TXT, encoding);

      it('is not valid UTF-8 once encoded (so detection has to work for it)', () => {
        expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
      });

      it('is recognised and converted back to the same text, with a warning naming the encoding', () => {
        const decoded = decode(bytes, 'a.txt');
        expect(decoded.encoding).toBe(encoding);
        expect(decoded.text.normalize('NFC')).toBe(ARTICLE_TXT);
        expect(decoded.warning).toContain(LEGACY_NAMES[encoding]);
      });

      it('gives the same extraction as the UTF-8 article', () => {
        expect(extraction(decode(bytes, 'a.txt').text)).toBe(extraction(ARTICLE_TXT));
      });

      it('decodes without a warning when forced with --encoding', () => {
        const decoded = decode(bytes, 'a.txt', encoding);
        expect(decoded.text.normalize('NFC')).toBe(ARTICLE_TXT);
        expect(decoded.warning).toBeUndefined();
      });
    });
  }

  describe('over the fixture articles', () => {
    const articles = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();
    for (const name of articles) {
      const text = readFileSync(join(FIXTURES, name), 'utf8').normalize('NFC').replace(/\r\n/g, '\n');
      for (const encoding of ENCODINGS) {
        let bytes: Buffer | null = null;
        try {
          bytes = encodeLegacy(text, encoding);
        } catch {
          // TCVN3 has no upper-case toned letters: such articles cannot be written in it,
          // so there is no case to run.
          continue;
        }
        it(`${name} in ${LEGACY_NAMES[encoding]} is recognised and extracts the same`, () => {
          const decoded = decode(bytes!, name);
          expect(decoded.encoding).toBe(encoding);
          expect(extraction(decoded.text)).toBe(extraction(text));
        });
      }
    }
  });

  describe('legacy text pasted into a Unicode file', () => {
    for (const encoding of ['tcvn3', 'vni'] as const) {
      it(`repairs ${LEGACY_NAMES[encoding]} mojibake saved as UTF-8, with a warning`, () => {
        const mojibake = iconv.decode(encodeLegacy(ARTICLE_TXT, encoding), 'windows1252');
        expect(mojibake).not.toBe(ARTICLE_TXT);
        const decoded = decode(Buffer.from(mojibake), 'a.txt');
        expect(decoded.text.normalize('NFC')).toBe(ARTICLE_TXT);
        expect(decoded.warning).toBe(`${LEGACY_NAMES[encoding]} text stored as Unicode ("mojibake"): converted to Vietnamese; check the text`);
        expect(extraction(decoded.text)).toBe(extraction(ARTICLE_TXT));
      });
    }

    it('leaves real Vietnamese, English and French UTF-8 text alone', () => {
      for (const text of [ARTICLE_TXT, ENGLISH_TXT, FRENCH_TXT.repeat(3)]) {
        const decoded = decode(Buffer.from(text), 'a.txt');
        expect(decoded.text).toBe(text);
        expect(decoded.warning).toBeUndefined();
      }
    });
  });

  it('refuses Windows-1252 French text rather than guess, naming the file', () => {
    const bytes = iconv.encode(FRENCH_TXT, 'windows1252');
    expect(() => decode(bytes, 'fete.txt')).toThrow(InputError);
    expect(() => decode(bytes, 'fete.txt')).toThrow(/not valid UTF-8 \(line 1\) and not recognisably/);
  });

  it('refuses a file with too little Vietnamese to tell the encoding', () => {
    const bytes = Buffer.concat([Buffer.from('Report 2024: total '), Buffer.from([0xb5]), Buffer.from(' units\n')]);
    expect(() => decode(bytes, 'r.txt')).toThrow(/name the encoding with --encoding/);
  });

  it('warns when a forced encoding leaves bytes without meaning', () => {
    const decoded = decode(Buffer.from([0x61, 0xb0, 0x62]), 'x.txt', 'tcvn3');
    expect(decoded.warning).toMatch(/1 byte\(s\) have no meaning in TCVN3/);
  });
});
