/**
 * Encoders for the tests only: the inverse of the decoding tables in
 * src/read/legacy-encodings.ts, to generate legacy-encoded fixtures from UTF-8 text.
 */
import iconv from 'iconv-lite';
import { TCVN3_RUNS, VNI_LETTERS, VNI_MARKS, type LegacyEncoding } from '../../src/read/legacy-encodings.js';

const cp1252 = (s: string) => {
  const bytes = iconv.encode(s, 'windows1252');
  if (iconv.decode(bytes, 'windows1252') !== s) throw new Error(`not representable in Windows-1252: ${s}`);
  return bytes;
};

function tcvn3(text: string): Buffer {
  const inverse = new Map<string, number>(TCVN3_RUNS.flatMap(([from, chars]) => [...chars].map((c, i) => [c, from + i] as const)));
  const bytes: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const code = inverse.get(ch);
    if (code !== undefined) bytes.push(code);
    else {
      // Outside the table only ASCII and the punctuation below 0xA1 keep their meaning.
      const [byte, ...rest] = cp1252(ch);
      if (rest.length || byte >= 0xa1) throw new Error(`not representable in TCVN3: ${ch}`);
      bytes.push(byte);
    }
  }
  return Buffer.from(bytes);
}

function vniTable(): Map<string, string> {
  const table = new Map<string, string>(VNI_LETTERS.map(([latin, vi]) => [vi, latin]));
  const bases: [string, string][] = [...'aeouyAEOUY'].map((c) => [c, c]);
  bases.push(['ơ', 'ô'], ['ư', 'ö'], ['Ơ', 'Ô'], ['Ư', 'Ö']);
  for (const [vi, latin] of bases) {
    for (const [forms, marks] of VNI_MARKS) {
      const composed = (vi + marks).normalize('NFC');
      if (composed.length !== 1 || table.has(composed)) continue;
      if (marks.startsWith('\u0302') && !'aeoAEO'.includes(vi)) continue;
      if (marks.startsWith('\u0306') && !'aA'.includes(vi)) continue;
      table.set(composed, latin + forms[vi === vi.toLowerCase() ? 0 : 1]);
    }
  }
  return table;
}

function vni(text: string): Buffer {
  const table = vniTable();
  return cp1252([...text.normalize('NFC')].map((ch) => table.get(ch) ?? ch).join(''));
}

function windows1258(text: string): Buffer {
  // Windows-1258 has the shaped vowels (â ă ơ …) but writes tones as combining marks. NFD
  // puts a dot below before a circumflex or breve, so move it after the shaped vowel.
  const shaped = text.normalize('NFD').replace(/([aeoAEO]|[aA]|[ouOU])(\u0323?)([\u0302\u0306\u031b])/g, (m, base: string, dot: string, shape: string) => {
    const vowel = (base + shape).normalize('NFC');
    return vowel.length === 1 ? vowel + dot : m;
  });
  const bytes = iconv.encode(shaped, 'windows1258');
  if (iconv.decode(bytes, 'windows1258') !== shaped) throw new Error('not representable in Windows-1258');
  return bytes;
}

export function encodeLegacy(text: string, encoding: LegacyEncoding): Buffer {
  if (encoding === 'tcvn3') return tcvn3(text);
  if (encoding === 'vni') return vni(text);
  return windows1258(text);
}
