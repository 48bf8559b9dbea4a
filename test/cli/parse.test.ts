import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

describe('vnpress parse', () => {
  it('parses an article from stdin and prints one JSON object', async () => {
    const r = await runCli(['parse', '-'], { stdin: 'Khai mạc hội chợ sách\nSáng 3/4, hội chợ sách khai mạc.\n' });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.title).toBe('Khai mạc hội chợ sách');
    expect(out.file).toBe('-');
  });

  it('names a missing file in one line and exits 2 without output', async () => {
    const r = await runCli(['parse', 'khong-co.txt']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('vnpress: khong-co.txt: no such file or directory\n');
  });

  it('rejects an unknown format as bad usage (exit 2)', async () => {
    const r = await runCli(['parse', '--format', 'xml', '-']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Allowed choices are json, yaml, ndjson/);
  });
});

describe('vnpress parse, several inputs', () => {
  it('prints a JSON array for a directory and one NDJSON line per article', async () => {
    const json = await runCli(['parse', 'fixtures']);
    const list = JSON.parse(json.stdout);
    expect(Array.isArray(list)).toBe(true);
    expect(list.length).toBeGreaterThanOrEqual(8);
    const nd = await runCli(['parse', '--format', 'ndjson', 'fixtures/*.txt']);
    const lines = nd.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([...lines.map((l) => l.file)].sort());
    expect(lines.every((l) => l.file.endsWith('.txt'))).toBe(true);
  });

  it('prints one YAML document per article', async () => {
    const r = await runCli(['parse', '--format', 'yaml', 'fixtures/ban-tin-ngan.txt', 'fixtures/tuan-le-van-hoa.txt']);
    expect(r.stdout.match(/^---$/gm)).toHaveLength(2);
  });

  it('is stable: the same input gives the same bytes', async () => {
    const a = await runCli(['parse', '--evidence', 'fixtures/khai-mac-hoi-sach.txt']);
    const b = await runCli(['parse', '--evidence', 'fixtures/khai-mac-hoi-sach.txt']);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toContain('Đà Nẵng'); // UTF-8 unescaped
  });

  it('keeps going past a missing input and exits 2', async () => {
    const r = await runCli(['parse', 'fixtures/ban-tin-ngan.txt', 'khong-co.txt']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
    expect(r.stderr).toContain('khong-co.txt: no such file or directory');
  });

  it('rejects a reference date that is not a date', async () => {
    const r = await runCli(['parse', '--reference-date', '2024-02-30', '-'], { stdin: 'Tiêu đề\nThân bài.\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/expected a date as YYYY-MM-DD/);
  });
});

describe('vnpress schema', () => {
  it('prints a JSON Schema', async () => {
    const r = await runCli(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ type: 'object', properties: { event: { type: 'object' } } });
  });
});

describe('vnpress parse --explain', () => {
  it('shows each value with its rule, line:column and the span marked in its sentence', async () => {
    const r = await runCli(['parse', '--explain', 'fixtures/hoi-nghi-tong-ket.md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('title = Trường THPT Nguyễn Du tổng kết năm học 2023-2024');
    expect(r.stdout).toMatch(/2:8 title\.front-matter\n\s+⟦Trường THPT Nguyễn Du tổng kết năm học 2023-2024⟧/);
  });

  it('uses colours only when asked by FORCE_COLOR (not on a pipe)', async () => {
    const plain = await runCli(['parse', '--explain', 'fixtures/ban-tin-ngan.txt']);
    expect(plain.stdout).not.toMatch(/\u001b\[/);
    const forced = await runCli(['parse', '--explain', 'fixtures/ban-tin-ngan.txt'], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(/\u001b\[/);
  });
});
