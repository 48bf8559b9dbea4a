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
