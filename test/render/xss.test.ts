import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { renderInput } from '../../src/render/release.js';
import { runCli } from '../helpers.js';
import { htmlProblems } from './expect-file.js';
import { sampleArticle } from './sample-article.js';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const CLOSE = '</script><script>alert(2)</script>';

interface Tag {
  name: string;
  attributes: Record<string, string>;
}

/** Every start tag of a page with its attributes (escaped text has no `<`, so it is skipped). */
function tags(html: string): Tag[] {
  const out: Tag[] = [];
  for (const m of html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g)) {
    const attributes: Record<string, string> = {};
    for (const a of m[2].matchAll(/\s+([^\s=>/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) attributes[a[1].toLowerCase()] = (a[2] ?? '').replace(/^["']|["']$/g, '');
    out.push({ name: m[1].toLowerCase(), attributes });
  }
  return out;
}

/** The page holds no element, event attribute or URL that could run code or fetch. */
function inert(html: string): void {
  const found = tags(html);
  expect(found.filter((t) => t.name === 'script')).toEqual([{ name: 'script', attributes: { type: 'application/ld+json' } }]);
  expect(html.match(/<\/script/gi)).toHaveLength(1);
  expect(found.filter((t) => ['img', 'iframe', 'svg', 'object', 'embed', 'link', 'form', 'b'].includes(t.name))).toEqual([]);
  expect(found.flatMap((t) => Object.keys(t.attributes)).filter((a) => a.startsWith('on') || a === 'src' || a === 'style')).toEqual([]);
  expect(found.map((t) => t.attributes.href).filter((h) => h && !/^(https?:|mailto:|[\w.-]+$)/.test(h))).toEqual([]);
}

describe('HTML escaping of article strings', () => {
  it('shows a <script> in the headline as text', async () => {
    const article = sampleArticle();
    article.title = `Lễ khai mạc ${SCRIPT}`;
    const html = renderHtml(renderInput(article));
    inert(html);
    expect(html).toContain('<h1>Lễ khai mạc &lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(html).toContain('<title>Lễ khai mạc &lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(await htmlProblems(html)).toEqual([]);
  });

  it('shows an <img onerror> in a caption, a quote and a person as text', async () => {
    const article = sampleArticle();
    article.captions[0].text = `Ảnh ${IMG}`;
    article.quotes[0].text = `Nói ${IMG}`;
    article.people[0].role = `Giám đốc ${IMG}`;
    const html = renderHtml(renderInput(article));
    inert(html);
    expect(html).toContain('<figcaption>Ảnh &lt;img src=x onerror=alert(1)&gt;</figcaption>');
    expect(await htmlProblems(html)).toEqual([]);
  });

  it('drops javascript: links from the source URL and from Markdown in the body', () => {
    const article = sampleArticle();
    article.source.url = 'javascript:alert(1)';
    const html = renderHtml(renderInput(article, { body: [{ heading: false, markdown: 'Xem [tại đây](javascript:alert(1)) và [đây](JaVaScRiPt:alert(2))' }] }));
    inert(html);
    expect(html).toContain('<p>Xem tại đây và đây</p>');
    expect(html).not.toContain('og:url');
  });

  it('cannot close the JSON-LD script from inside it', () => {
    const article = sampleArticle();
    article.lead = `Mở đầu ${CLOSE}`;
    article.event.name = `Sự kiện ${CLOSE}`;
    const html = renderHtml(renderInput(article));
    inert(html);
    const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1];
    expect(JSON.parse(json)['@graph'][1].name).toBe(`Sự kiện ${CLOSE}`);
  });

  it('escapes attribute values in meta tags', () => {
    const article = sampleArticle();
    article.lead = '" onmouseover="alert(1)';
    const html = renderHtml(renderInput(article));
    expect(html).toContain('<meta name="description" content="&quot; onmouseover=&quot;alert(1)">');
    inert(html);
  });
});

describe('render --to html of a hostile Markdown article', () => {
  const article = [
    '---',
    `title: "Tiêu đề ${CLOSE}"`,
    `source: "${IMG}"`,
    'url: "javascript:alert(3)"',
    'organizers:',
    `  - "Ban ${SCRIPT}"`,
    '---',
    '',
    `Đoạn mở đầu ${SCRIPT} với <b onclick="x()">chữ đậm</b>.`,
    '',
    'Đoạn hai có [liên kết](javascript:alert(4)) và ![ảnh](https://example.com/a.png).',
    '',
    '<iframe src="https://example.com"></iframe>',
    '',
  ].join('\n');

  it('renders front matter and body as inert text', async () => {
    const r = await runCli(['render', '--to', 'html', '-'], { stdin: article });
    expect(r.code).toBe(0);
    inert(r.stdout);
    expect(r.stdout).toContain('<p>Đoạn hai có liên kết và ảnh.</p>');
    expect(r.stdout).toContain('<h1>Tiêu đề &lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;</h1>');
    expect(await htmlProblems(r.stdout)).toEqual([]);
  });
});
