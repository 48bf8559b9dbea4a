/**
 * A real browser opens a kit: Debian's chromium driven by playwright-core (no browser
 * download). Skipped only when /usr/bin/chromium is absent; .ci/run installs it.
 */
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeKitFolder } from '../../../src/render/presskit/folder.js';
import { buildKit } from '../../../src/render/presskit/kit.js';
import { FIXTURES, ROOT } from '../../helpers.js';
import { sampleInput } from '../sample-article.js';

const CHROMIUM = '/usr/bin/chromium';
const OUTPUT = join(ROOT, 'test-output', 'browser');
/** The screenshot the README shows; refreshed only on purpose (UPDATE=1). */
const README_SCREENSHOT = join(FIXTURES, 'render', 'kit-screenshot.png');

describe.skipIf(!existsSync(CHROMIUM))('a press kit in a browser', () => {
  let browser: BrowserContext;
  let kit: string;

  beforeAll(async () => {
    rmSync(OUTPUT, { recursive: true, force: true });
    mkdirSync(OUTPUT, { recursive: true });
    const files = buildKit(sampleInput(), { version: '0.0.0-test', input: { file: 'le-phat-dong.txt', sha256: '0'.repeat(64) } });
    kit = await writeKitFolder(OUTPUT, 'le-phat-dong', files, true);
    // A fresh profile every run; the flags keep chromium off this machine's closed network.
    browser = await chromium.launchPersistentContext(join(OUTPUT, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('opens index.html without console errors, every link resolving to a file of the kit', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto(pathToFileURL(join(kit, 'index.html')).href);
    expect(await page.locator('h1').innerText()).toContain('Phát động Tuần lễ');
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    const local = hrefs.filter((h) => !/^(https?:|mailto:)/.test(h));
    expect(local.length).toBeGreaterThanOrEqual(10);
    for (const href of local) {
      const target = resolve(kit, decodeURIComponent(href));
      expect(target.startsWith(kit), href).toBe(true);
      expect(existsSync(target), href).toBe(true);
    }
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    await page.screenshot({ path: join(OUTPUT, 'kit-index.png'), fullPage: true });
    if (process.env.UPDATE === '1') copyFileSync(join(OUTPUT, 'kit-index.png'), README_SCREENSHOT);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('follows the press release link and shows it without console errors', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 420, height: 900 });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(pathToFileURL(join(kit, 'index.html')).href);
    await page.locator('a[href="press-release.html"]').click();
    await page.waitForURL(/press-release\.html$/);
    expect(await page.locator('blockquote cite').first().innerText()).toBe('Hoàng Văn Tùng');
    await page.screenshot({ path: join(OUTPUT, 'press-release-mobile.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
