import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { articleData } from '../../src/render/data.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { blockHtml } from '../../src/render/inline.js';
import { renderInput } from '../../src/render/release.js';
import { parseArticle } from '../../src/pipeline.js';
import { parse } from '../../src/read/index.js';
import { extract } from '../../src/extract/index.js';
import type { Article } from '../../src/model/article.js';
import { expectFile } from './expect-file.js';
import { FIXTURES } from '../helpers.js';
import { sampleArticle, sampleInput } from './sample-article.js';

/** The fields a reader sees in a press release (not `file`, the mention lists or evidence). */
export function published(article: Article): Record<string, unknown> {
  const data = articleData(article) as Record<string, unknown>;
  return {
    title: data.title,
    lead: data.lead,
    source: data.source,
    event: data.event,
    organizers: article.organizers.map((o) => o.name),
    people: data.people,
    quotes: data.quotes,
    messages: data.messages,
    captions: data.captions,
  };
}

describe('renderMarkdown', () => {
  it('matches the reviewed snapshot (vi and en)', () => {
    expectFile(renderMarkdown(sampleInput()), 'sample.md');
    expectFile(renderMarkdown(sampleInput(), { lang: 'en' }), 'sample-en.md');
  });

  it('writes the structured data as YAML front matter', () => {
    const { data } = matter(renderMarkdown(sampleInput()), { engines: { yaml: (s: string) => YAML.parse(s) as object } });
    expect(data.title).toBe(sampleArticle().title);
    expect(data.date).toBe('2024-10-02');
    expect(data.location).toBe('Nhà văn hóa Thanh niên tỉnh, Lâm Hà');
    expect(data.organizers).toEqual(['Sở GD&ĐT tỉnh Lâm Hà', 'Hội Khuyến học tỉnh']);
    expect(data.source).toBe('Lâm Hà Ngày Nay');
    expect(data.people[0]).toEqual({ name: 'Hoàng Văn Tùng', honorific: 'ông', role: 'Phó Chủ tịch UBND tỉnh Lâm Hà', organization: 'UBND tỉnh Lâm Hà' });
    expect(data.people[2]).toEqual({ name: 'Vũ Đức Thịnh', honorific: 'PGS.TS.' });
  });

  it('writes headline, dateline with lead, messages, statements with speaker and role, captions and credit', () => {
    const body = matter(renderMarkdown(sampleInput())).content;
    expect(body).toContain('# Phát động Tuần lễ hưởng ứng học tập suốt đời tỉnh Lâm Hà năm 2024\n');
    expect(body).toMatch(/\*\*LÂM HÀ, 2\/10\/2024\*\* – Sáng 2\/10\/2024/);
    expect(body).toContain('## Thông điệp chính\n\n- “Mỗi người dân là một công dân học tập”');
    expect(body).toContain('> — **Hoàng Văn Tùng**, Phó Chủ tịch UBND tỉnh Lâm Hà');
    expect(body).toContain('> — **Lý Thị Thu Hà**, Giám đốc Sở GD&ĐT (tường thuật)');
    expect(body).toContain('## Chú thích ảnh\n\n- Các đại biểu bấm nút phát động Tuần lễ.');
    expect(body.trimEnd().endsWith('*Nguồn: Lâm Hà Ngày Nay · Tác giả: Đỗ Minh Khang*')).toBe(true);
  });

  it('changes only the labels with lang en, never the content', () => {
    const body = renderMarkdown(sampleInput(), { lang: 'en' });
    expect(body).toContain('## Key messages');
    expect(body).toContain('(reported speech)');
    expect(body).toContain('“Mỗi người dân là một công dân học tập”');
    expect(body).not.toContain('Thông điệp chính');
  });

  it('parses back to the same structured data (round trip)', () => {
    const input = sampleInput();
    const again = parseArticle(renderMarkdown(input), { path: 'rendered.md' });
    expect(published(again)).toEqual(published(input.article));
  });

  it('round-trips an event whose year is unknown, without a front-matter date error', () => {
    const input = sampleInput();
    input.article.event.date = 'XXXX-10-02';
    input.article.event.endDate = null;
    const md = renderMarkdown(input);
    expect(md).not.toMatch(/^date:/m);
    const doc = parse(md, { path: 'x.md' });
    expect(doc.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(published(extract(doc))).toEqual(published(input.article));
  });

  it('keeps Markdown syntax in article strings as text', () => {
    const article = sampleArticle();
    article.title = '# Lễ *trao* giải [xem](javascript:alert(1)) <b>đậm</b> & GD&amp;ĐT';
    article.messages = [{ text: '- 1. > không phải danh sách', evidence: [] }];
    const md = renderMarkdown(renderInput(article));
    const html = blockHtml(matter(md).content);
    expect(html).toContain('<h1># Lễ *trao* giải [xem](javascript:alert(1)) &lt;b&gt;đậm&lt;/b&gt; &amp; GD&amp;amp;ĐT</h1>');
    expect(html).toContain('<li>“- 1. &gt; không phải danh sách”</li>');
    expect(published(parseArticle(md, { path: 'x.md' })).title).toBe(article.title);
  });
});

describe('round trip over every article fixture', () => {
  const names = readdirSync(FIXTURES).filter((n) => /\.(txt|md)$/.test(n)).sort();
  const parsed = new Map(names.map((name) => [name, parseArticle(readFileSync(join(FIXTURES, name), 'utf8'), { path: name })]));

  for (const name of names) {
    it(`${name} parses, renders to Markdown and parses back to the same data`, () => {
      const original = parsed.get(name)!;
      const again = parseArticle(renderMarkdown(renderInput(original)), { path: 'rendered.md' });
      expect(published(again)).toEqual(published(original));
    });
  }
});
