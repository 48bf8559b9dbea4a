import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from '../helpers.js';
import { renderJson } from '../../src/render/json.js';
import { renderYaml } from '../../src/render/yaml.js';
import { sampleArticle } from '../render/sample-article.js';

const ARTICLE = join(FIXTURES, 'render', 'ngay-hoi-doc-sach.md');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnpress-render-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** parse's JSON without the fields that name the input or list every mention. */
function published(json: string): Record<string, unknown> {
  const { file: _file, dates: _dates, organizations: _orgs, ...rest } = JSON.parse(json);
  return rest;
}

describe('vnpress render', () => {
  it('renders an article as Markdown on stdout', async () => {
    const r = await runCli(['render', ARTICLE, '--to', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^---\ntitle: Khai mạc Ngày hội Văn hóa đọc Đà Nẵng năm 2024\n/);
    expect(r.stdout).toContain('\n# Khai mạc Ngày hội Văn hóa đọc Đà Nẵng năm 2024\n');
    expect(r.stdout).toContain('## Liên hệ báo chí');
  });

  it('parses its Markdown back to the same data parse gives for the article (round trip)', async () => {
    const rendered = join(dir, 'rendered.md');
    expect((await runCli(['render', ARTICLE, '--to', 'md', '-o', rendered])).code).toBe(0);
    const original = await runCli(['parse', ARTICLE]);
    const again = await runCli(['parse', rendered]);
    expect(again.code).toBe(0);
    expect(published(again.stdout)).toEqual(published(original.stdout));
  });

  it('renders parsed YAML, corrected by hand, with the correction', async () => {
    const data = join(dir, 'bai.yaml');
    writeFileSync(data, renderYaml(sampleArticle()).replace('Lâm Hà Ngày Nay', 'Tuổi Trẻ Lâm Hà'));
    const r = await runCli(['render', data, '--to', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Nguồn: <a href="https://lamhangaynay.example.vn/bai/tuan-le-hoc-tap">Tuổi Trẻ Lâm Hà</a>');
  });

  it('writes NAME.html per input with --out, and refuses several pages on stdout', async () => {
    const a = join(dir, 'a.json');
    writeFileSync(a, renderJson(sampleArticle()));
    const r = await runCli(['render', ARTICLE, a, '--to', 'html', '--out', join(dir, 'out')]);
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['a.html', 'ngay-hoi-doc-sach.html']);
    const many = await runCli(['render', ARTICLE, a, '--to', 'md']);
    expect(many.code).toBe(2);
    expect(many.stderr).toBe('vnpress: 2 articles make 2 pages: use --out DIR to write one file each\n');
  });

  it('uses a user template and refuses one without {{content}}', async () => {
    const good = join(dir, 'good.html');
    writeFileSync(good, '<!DOCTYPE html><html lang="{{lang}}"><head><title>{{title}}</title></head><body class="bao">{{content}}</body></html>');
    const r = await runCli(['render', ARTICLE, '--to', 'html', '--template', good]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!DOCTYPE html><html lang="vi"><head><title>Khai mạc/);
    expect(r.stdout).toContain('<body class="bao"><article>');
    const bad = join(dir, 'bad.html');
    writeFileSync(bad, '<html>{{title}}</html>');
    const refused = await runCli(['render', ARTICLE, '--to', 'html', '--template', bad]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`vnpress: ${bad}: template has no {{content}} placeholder\n`);
  });

  it('gives English labels with --lang en', async () => {
    const r = await runCli(['render', ARTICLE, '--to', 'html', '--lang', 'en']);
    expect(r.stdout).toContain('>Media contact</h2>');
    expect(r.stdout).toContain('Source: Sông Hàn');
  });

  it('names a broken data file in one line and exits 2', async () => {
    const broken = join(dir, 'x.json');
    writeFileSync(broken, '{"title": [1]}');
    const r = await runCli(['render', broken, '--to', 'md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`vnpress: ${broken}: title must be a string or null\n`);
  });

  it('requires --to', async () => {
    const r = await runCli(['render', ARTICLE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--to <format>/);
  });

  it('writes -o FILE atomically', async () => {
    const target = join(dir, 'sub', 'bai.html');
    expect((await runCli(['render', ARTICLE, '--to', 'html', '-o', target])).code).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(readdirSync(join(dir, 'sub'))).toEqual(['bai.html']);
  });
});

describe('vnpress render of its own Markdown', () => {
  it('gives the same Markdown again (nothing repeated, nothing lost)', async () => {
    const data = join(dir, 'bai.json');
    writeFileSync(data, renderJson(sampleArticle()));
    const first = join(dir, 'first.md');
    const second = join(dir, 'second.md');
    for (const [from, to] of [[ARTICLE, first], [first, second]]) expect((await runCli(['render', from, '--to', 'md', '-o', to])).code).toBe(0);
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
    const fromData = join(dir, 'data.md');
    const again = join(dir, 'again.md');
    for (const [from, to] of [[data, fromData], [fromData, again]]) expect((await runCli(['render', from, '--to', 'md', '-o', to])).code).toBe(0);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(fromData, 'utf8'));
  });
});

describe('bin/vnpress.js render (spawned)', () => {
  it.each([['md'], ['html']])('prints the same %s as the in-process run', async (to) => {
    const bin = join(FIXTURES, '..', 'bin', 'vnpress.js');
    const spawned = spawnSync(process.execPath, [bin, 'render', ARTICLE, '--to', to], { encoding: 'utf8' });
    const inProcess = await runCli(['render', ARTICLE, '--to', to]);
    expect(spawned.status).toBe(inProcess.code);
    expect(spawned.stdout).toBe(inProcess.stdout);
    expect(spawned.stderr).toBe(inProcess.stderr);
  });
});
