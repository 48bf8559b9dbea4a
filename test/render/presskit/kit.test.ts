import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildKit } from '../../../src/render/presskit/kit.js';
import { sha256 } from '../../../src/render/presskit/manifest.js';
import { zipKit } from '../../../src/render/presskit/zip.js';
import { expectFile, htmlProblems } from '../expect-file.js';
import { sampleInput } from '../sample-article.js';

const OPTIONS = { version: '0.0.0-test', input: { file: 'le-phat-dong.txt', sha256: 'f'.repeat(64) } };
const FILES = ['article.json', 'article.yaml', 'captions.md', 'event.ics', 'fact-sheet.md', 'index.html', 'key-messages.md', 'manifest.json', 'people.csv', 'press-release.html', 'press-release.md', 'quotes.md'];
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

describe('buildKit', () => {
  const kit = buildKit(sampleInput(), OPTIONS);

  it('holds every file of a press kit', () => {
    expect([...kit.keys()].sort()).toEqual(FILES);
  });

  it('matches the reviewed snapshot, file by file', () => {
    for (const [name, bytes] of kit) expectFile(bytes, `kit/${name}`);
  });

  it('makes valid HTML pages', async () => {
    expect(await htmlProblems(text(kit.get('index.html')!))).toEqual([]);
    expect(await htmlProblems(text(kit.get('press-release.html')!))).toEqual([]);
  });

  it('lists every other file with its size and sha256 in the manifest', () => {
    const manifest = JSON.parse(text(kit.get('manifest.json')!));
    expect(manifest.vnpress).toBe('0.0.0-test');
    expect(manifest.input).toEqual(OPTIONS.input);
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(FILES.filter((f) => f !== 'manifest.json'));
    for (const f of manifest.files) {
      expect(f.size).toBe(kit.get(f.path)!.length);
      expect(f.sha256).toBe(sha256(kit.get(f.path)!));
    }
  });

  it('links every file from the landing page', () => {
    const index = text(kit.get('index.html')!);
    for (const name of FILES.filter((f) => f !== 'index.html')) expect(index).toContain(`href="${name}"`);
    expect(index).toContain('Phòng Truyền thông Sở GD&amp;ĐT');
  });

  it('writes people.csv with a BOM, a header and one CRLF record per person', () => {
    const csv = text(kit.get('people.csv')!);
    expect(csv.split('\r\n')).toEqual([
      '\ufeffHọ tên,Danh xưng,Chức vụ,Cơ quan',
      'Hoàng Văn Tùng,ông,Phó Chủ tịch UBND tỉnh Lâm Hà,UBND tỉnh Lâm Hà',
      'Lý Thị Thu Hà,bà,Giám đốc Sở GD&ĐT,Sở GD&ĐT',
      'Vũ Đức Thịnh,PGS.TS.,,',
      '',
    ]);
  });

  it('is the same bytes every time (zip included)', () => {
    const again = buildKit(sampleInput(), OPTIONS);
    for (const [name, bytes] of kit) expect(sha256(again.get(name)!)).toBe(sha256(bytes));
    expect(sha256(zipKit('kit', again))).toBe(sha256(zipKit('kit', kit)));
  });

  it('leaves event.ics out when the event has no full date', () => {
    const input = sampleInput();
    input.article.event.date = 'XXXX-10-02';
    const files = buildKit(input, OPTIONS);
    expect(files.has('event.ics')).toBe(false);
    expect(text(files.get('index.html')!)).not.toContain('event.ics');
  });
});

describe('zipKit', () => {
  const kit = buildKit(sampleInput(), OPTIONS);
  const zip = zipKit('le-phat-dong', kit);

  it('holds the same files under the kit folder, in sorted order', () => {
    const entries = unzipSync(zip);
    expect(Object.keys(entries)).toEqual(FILES.map((f) => `le-phat-dong/${f}`));
    for (const f of FILES) expect(sha256(entries[`le-phat-dong/${f}`])).toBe(sha256(kit.get(f)!));
  });

  it.skipIf(!existsSync('/usr/bin/unzip'))('passes unzip -t', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnpress-zip-'));
    try {
      writeFileSync(join(dir, 'kit.zip'), zip);
      expect(execFileSync('unzip', ['-t', join(dir, 'kit.zip')], { encoding: 'utf8' })).toContain('No errors detected');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
