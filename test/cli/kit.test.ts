import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from '../helpers.js';
import { renderJson } from '../../src/render/json.js';
import { sampleArticle } from '../render/sample-article.js';
import { htmlProblems } from '../render/expect-file.js';

const ARTICLE = join(FIXTURES, 'render', 'ngay-hoi-doc-sach.md');
const SLUG = 'khai-mac-ngay-hoi-van-hoa-doc-da-nang-nam-2024';
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnpress-kit-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function tree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      out[path.slice(root.length + 1)] = readFileSync(path).toString('base64');
    }
  }
  return out;
}

describe('vnpress kit', () => {
  it('writes DIR/<slug>/ with every file and says where on stderr', async () => {
    const r = await runCli(['kit', ARTICLE, '--out', join(dir, 'kits')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`→ ${join(dir, 'kits', SLUG)}`);
    expect(readdirSync(join(dir, 'kits'))).toEqual([SLUG]);
    expect(readdirSync(join(dir, 'kits', SLUG))).toEqual(expect.arrayContaining(['index.html', 'press-release.md', 'press-release.html', 'fact-sheet.md', 'key-messages.md', 'quotes.md', 'captions.md', 'people.csv', 'article.json', 'article.yaml', 'manifest.json']));
    const manifest = JSON.parse(readFileSync(join(dir, 'kits', SLUG, 'manifest.json'), 'utf8'));
    expect(manifest.input.file).toBe(ARTICLE);
    expect(manifest.input.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('writes the same bytes, zip included, on every run', async () => {
    for (const out of ['a', 'b']) expect((await runCli(['kit', ARTICLE, '--out', join(dir, out), '--zip'])).code).toBe(0);
    const a = tree(join(dir, 'a'));
    expect(Object.keys(a)).toContain(`${SLUG}.zip`);
    expect(tree(join(dir, 'b'))).toEqual(a);
  });

  it.skipIf(!existsSync('/usr/bin/unzip'))('writes a zip that unzip -t accepts', async () => {
    await runCli(['kit', ARTICLE, '--out', dir, '--zip']);
    expect(execFileSync('unzip', ['-t', join(dir, `${SLUG}.zip`)], { encoding: 'utf8' })).toContain('No errors detected');
  });

  it('does not replace an existing kit without --force', async () => {
    await runCli(['kit', ARTICLE, '--out', dir]);
    writeFileSync(join(dir, SLUG, 'index.html'), 'sửa tay');
    const again = await runCli(['kit', ARTICLE, '--out', dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(`vnpress: ${join(dir, SLUG)} exists (use --force to replace it)\n`);
    expect(readFileSync(join(dir, SLUG, 'index.html'), 'utf8')).toBe('sửa tay');
    const forced = await runCli(['kit', ARTICLE, '--out', dir, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, SLUG, 'index.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(readdirSync(dir)).toEqual([SLUG]); // no temporary folder left behind
  });

  it('leaves nothing behind when the output folder cannot be made', async () => {
    writeFileSync(join(dir, 'file'), 'x');
    const r = await runCli(['kit', ARTICLE, '--out', join(dir, 'file')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`vnpress: ${join(dir, 'file')}: output folder cannot be written (a file is in the way)\n`);
    expect(readdirSync(dir)).toEqual(['file']);
  });

  it('makes one kit per input, unique slugs and DIR/index.html listing them', async () => {
    const data = join(dir, 'a.json');
    const twice = sampleArticle();
    writeFileSync(data, renderJson([twice, twice]));
    const r = await runCli(['kit', ARTICLE, data, '--out', join(dir, 'kits'), '--zip']);
    expect(r.code).toBe(0);
    const slug = 'phat-dong-tuan-le-huong-ung-hoc-tap-suot-doi-tinh-lam-ha-nam';
    expect(readdirSync(join(dir, 'kits')).sort()).toEqual(
      ['index.html', SLUG, `${SLUG}.zip`, slug, `${slug}-2`, `${slug}-2.zip`, `${slug}.zip`].sort(),
    );
    const index = readFileSync(join(dir, 'kits', 'index.html'), 'utf8');
    for (const s of [SLUG, slug, `${slug}-2`]) expect(index).toContain(`<a href="${s}/index.html">`);
    expect(index).toContain(`<a href="${slug}-2.zip">`);
    const pages = Object.keys(tree(join(dir, 'kits'))).filter((p) => p.endsWith('.html'));
    expect(pages).toHaveLength(7);
    for (const page of pages) expect(await htmlProblems(readFileSync(join(dir, 'kits', page), 'utf8')), page).toEqual([]);
  });

  it('takes contact and boilerplate from --config; front matter wins', async () => {
    const config = join(dir, 'vnpress.yaml');
    writeFileSync(config, 'kit:\n  contact: "Văn phòng Sở – ĐT: 0123"\n  about: Giới thiệu từ cấu hình.\n');
    const data = join(dir, 'a.json');
    writeFileSync(data, renderJson(sampleArticle()));
    await runCli(['kit', data, ARTICLE, '--out', dir, '--config', config]);
    const fromConfig = readFileSync(join(dir, 'phat-dong-tuan-le-huong-ung-hoc-tap-suot-doi-tinh-lam-ha-nam', 'index.html'), 'utf8');
    expect(fromConfig).toContain('Văn phòng Sở – ĐT: 0123');
    expect(readFileSync(join(dir, 'phat-dong-tuan-le-huong-ung-hoc-tap-suot-doi-tinh-lam-ha-nam', 'press-release.md'), 'utf8')).toContain('Giới thiệu từ cấu hình.');
    const fromFrontMatter = readFileSync(join(dir, SLUG, 'press-release.html'), 'utf8');
    expect(fromFrontMatter).toContain('Ban Truyền thông Ngày hội');
    expect(fromFrontMatter).not.toContain('Văn phòng Sở');
  });

  it('refuses a config that is not valid JSON', async () => {
    const config = join(dir, 'c.json');
    writeFileSync(config, '{"contact": ');
    const r = await runCli(['kit', ARTICLE, '--out', dir, '--config', config]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^vnpress: ${config}(:\\d+)?: not valid JSON`));
  });

  it('keeps a hostile title inside DIR', async () => {
    const data = join(dir, 'a.json');
    const article = sampleArticle();
    article.title = '../../../tmp/thoat ra';
    writeFileSync(data, renderJson(article));
    const r = await runCli(['kit', data, '--out', join(dir, 'kits')]);
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'kits'))).toEqual(['tmp-thoat-ra']);
  });

  it('requires --out', async () => {
    const r = await runCli(['kit', ARTICLE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out <dir>/);
  });
});

describe('bin/vnpress.js kit (spawned)', () => {
  it('writes the same kit and zip as the in-process run', async () => {
    const bin = join(FIXTURES, '..', 'bin', 'vnpress.js');
    const spawned = spawnSync(process.execPath, [bin, 'kit', ARTICLE, '--out', join(dir, 'spawned'), '--zip'], { encoding: 'utf8' });
    expect(spawned.status).toBe(0);
    await runCli(['kit', ARTICLE, '--out', join(dir, 'in-process'), '--zip']);
    expect(tree(join(dir, 'spawned'))).toEqual(tree(join(dir, 'in-process')));
  });
});

describe('vnpress kit --template', () => {
  it('puts the landing page and the press release in the user template', async () => {
    const template = join(dir, 't.html');
    writeFileSync(template, '<!DOCTYPE html><html lang="{{lang}}"><head><title>{{title}}</title></head><body class="toa-soan">{{content}}</body></html>');
    expect((await runCli(['kit', ARTICLE, '--out', join(dir, 'kits'), '--template', template])).code).toBe(0);
    for (const page of ['index.html', 'press-release.html']) {
      expect(readFileSync(join(dir, 'kits', SLUG, page), 'utf8')).toContain('<body class="toa-soan"><article>');
    }
  });
});
