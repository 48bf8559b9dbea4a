import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, jsonForScript, safeUrl, unescapeMarkdown } from '../../src/render/escape.js';
import { inlineHtml } from '../../src/render/inline.js';

const TRICKY = [
  'Sở GD&ĐT Hà Nội',
  '# không phải tiêu đề',
  '> không phải trích dẫn',
  '- không phải danh sách',
  '1. không phải danh sách số',
  '*nghiêng* và **đậm** và _gạch_ và ~~xóa~~',
  '[liên kết](https://example.com) và ![ảnh](x.png)',
  '<b>thẻ</b> &amp; &#39; \\ ` | {{content}}',
  '“Ngoặc kép” và "ngoặc thẳng" và \'nháy\'',
];

describe('escapeMarkdown', () => {
  // Web addresses become links (GFM autolinks); the text shown stays the same.
  it.each(TRICKY)('renders %j back through marked as exactly that text', (text) => {
    expect(inlineHtml(escapeMarkdown(text)).replace(/<a href="https:[^"]*">|<\/a>/g, '')).toBe(escapeHtml(text));
  });

  it('is undone by unescapeMarkdown', () => {
    for (const text of TRICKY) expect(unescapeMarkdown(escapeMarkdown(text))).toBe(text);
  });

  it('puts a text on one line', () => {
    expect(escapeMarkdown('  hai\n\ndòng  ')).toBe('hai dòng');
  });
});

describe('safeUrl', () => {
  it('keeps web and mail links', () => {
    expect(safeUrl('https://baomoi.example.vn/a?b=1')).toBe('https://baomoi.example.vn/a?b=1');
    expect(safeUrl('mailto:toasoan@example.vn')).toBe('mailto:toasoan@example.vn');
  });

  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>', 'vbscript:x', '//example.com', 'https://a.vn/"onload="x'])('refuses %j', (url) => {
    expect(safeUrl(url)).toBeNull();
  });
});

describe('jsonForScript', () => {
  it('writes no character that could end the script element and parses back', () => {
    const value = { a: '</script><!-- & \u2028' };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
