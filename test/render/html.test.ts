import { describe, expect, it } from 'vitest';
import { createArticle } from '../../src/model/article.js';
import { renderHtml } from '../../src/render/html.js';
import { renderInput } from '../../src/render/release.js';
import { expectFile, htmlProblems } from './expect-file.js';
import { sampleArticle, sampleInput } from './sample-article.js';

/** The parsed JSON-LD of a page (the one script element it may hold). */
function jsonLdOf(html: string): { '@graph': Record<string, any>[] } {
  const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error('no JSON-LD');
  return JSON.parse(m[1]);
}

describe('renderHtml', () => {
  it('matches the reviewed snapshots (vi and en) and is valid HTML', async () => {
    const vi = renderHtml(sampleInput());
    const en = renderHtml(sampleInput(), { lang: 'en' });
    expectFile(vi, 'sample.html');
    expectFile(en, 'sample-en.html');
    expect(await htmlProblems(vi)).toEqual([]);
    expect(await htmlProblems(en)).toEqual([]);
  });

  it('is one self-contained page: inline CSS, no script to run, nothing fetched', () => {
    const html = renderHtml(sampleInput());
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<link\b|\ssrc=|@import|url\(/);
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script type="application/ld+json">']);
    expect(html).toContain('@media print');
    expect(html).toContain('name="viewport"');
  });

  it('uses semantic elements: article, header, time, blockquote with cite, figure with figcaption', () => {
    const html = renderHtml(sampleInput());
    expect(html).toMatch(/<article>\n<header>\n<h1>Phát động Tuần lễ/);
    expect(html).toContain('<span class="dateline">LÂM HÀ, <time datetime="2024-10-02">2/10/2024</time> –</span>');
    expect(html).toContain('<footer>— <cite>Hoàng Văn Tùng</cite>, Phó Chủ tịch UBND tỉnh Lâm Hà</footer>');
    expect(html).toContain('<figure>\n<figcaption>Các đại biểu bấm nút phát động Tuần lễ.</figcaption>\n</figure>');
    expect(html).toContain('<h3>Nhiều mô hình hay</h3>');
    expect(html).toContain('Sở GD&amp;ĐT');
  });

  it('describes the article and its event in schema.org JSON-LD', () => {
    const [news, event] = jsonLdOf(renderHtml(sampleInput()))['@graph'];
    expect(news['@type']).toBe('NewsArticle');
    expect(news.headline).toBe(sampleArticle().title);
    expect(news.author).toEqual({ '@type': 'Person', name: 'Đỗ Minh Khang' });
    expect(news.about).toEqual({ '@id': '#event' });
    expect(event).toMatchObject({
      '@type': 'Event',
      name: 'Lễ phát động Tuần lễ hưởng ứng học tập suốt đời năm 2024',
      startDate: '2024-10-02T08:30:00+07:00',
      endDate: '2024-10-08',
      location: { '@type': 'Place', name: 'Nhà văn hóa Thanh niên tỉnh, Lâm Hà' },
      organizer: [{ '@type': 'Organization', name: 'Sở GD&ĐT tỉnh Lâm Hà' }, { '@type': 'Organization', name: 'Hội Khuyến học tỉnh' }],
    });
  });

  it('gives Open Graph meta', () => {
    const html = renderHtml(sampleInput());
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toContain(`<meta property="og:title" content="${sampleArticle().title}">`);
    expect(html).toContain('<meta property="og:url" content="https://lamhangaynay.example.vn/bai/tuan-le-hoc-tap">');
    expect(html).toMatch(/<meta property="og:description" content="Sáng 2\/10\/2024/);
  });

  it('uses English labels with lang en and keeps the page language vi', () => {
    const html = renderHtml(sampleInput(), { lang: 'en' });
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('>Key messages</h2>');
    expect(html).toContain('Mỗi người dân là một công dân học tập');
  });

  it('leaves out what the article does not have', async () => {
    const article = sampleArticle();
    article.event = { name: null, type: null, theme: null, date: null, endDate: null, time: null, location: null };
    article.quotes = [];
    article.captions = [];
    article.source = { name: null, author: null, url: null };
    const html = renderHtml(renderInput(article));
    expect(html).not.toMatch(/<time|<blockquote|<figure|og:url|"Event"|class="credit"/);
    expect(await htmlProblems(html)).toEqual([]);
  });
});

describe('renderHtml of an almost empty article', () => {
  it('falls back to the event name, then to a generic headline, and stays valid', async () => {
    const article = createArticle('trong.json');
    article.event.name = 'Hội chợ việc làm';
    expect(renderHtml(renderInput(article))).toContain('<h1>Hội chợ việc làm</h1>');
    article.event.name = null;
    const html = renderHtml(renderInput(article));
    expect(html).toContain('<title>Thông cáo báo chí</title>');
    expect(await htmlProblems(html)).toEqual([]);
  });
});

describe('renderHtml with a user template', () => {
  const template = '<!DOCTYPE html>\n<html lang="{{lang}}"><head><meta charset="utf-8"><title>{{title}}</title>{{meta}}{{style}}</head><body><main>{{content}}</main><p>{{unknown}}</p></body></html>';

  it('fills the documented placeholders and leaves unknown ones as they are', () => {
    const html = renderHtml(sampleInput(), { template });
    expect(html).toContain(`<title>${sampleArticle().title}</title>`);
    expect(html).toContain('<main><article>');
    expect(html).toContain('<p>{{unknown}}</p>');
    expect(html).not.toContain('application/ld+json');
  });

  it('does not substitute placeholders that appear in article text', () => {
    const article = sampleArticle();
    article.lead = 'Chuỗi {{content}} và {{jsonld}} là chữ.';
    const html = renderHtml(renderInput(article), { template });
    expect(html).toContain('Chuỗi {{content}} và {{jsonld}} là chữ.');
    expect(html.match(/<article>/g)).toHaveLength(1);
  });
});
