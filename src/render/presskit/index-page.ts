/**
 * The kit's landing page (index.html) and the list of kits of a run: the same template
 * and sections as the rendered article, plus the list of files with their sizes.
 */
import type { Article } from '../../model/article.js';
import { createArticle } from '../../model/article.js';
import { escapeHtml, escapeMarkdown } from '../escape.js';
import { page } from '../html.js';
import { headlineOf, captionsSection, contactSections, creditFooter, factBox, leadParagraph, messagesSection, peopleSection, statementsSection } from '../html-sections.js';
import { inlineHtml } from '../inline.js';
import type { Labels } from '../labels.js';
import type { RenderInput } from '../release.js';

/** What each file of a kit is, in the order the landing page lists them. */
function fileDescriptions(labels: Labels): [string, string][] {
  return [
    ['press-release.html', `${labels.pressRelease} (HTML)`],
    ['press-release.md', `${labels.pressRelease} (Markdown)`],
    ['fact-sheet.md', labels.factSheet],
    ['key-messages.md', labels.keyMessages],
    ['quotes.md', labels.quotes],
    ['captions.md', labels.captions],
    ['people.csv', labels.people],
    ['event.ics', labels.calendar],
    ['article.json', `${labels.data} (JSON)`],
    ['article.yaml', `${labels.data} (YAML)`],
    ['manifest.json', labels.manifest],
  ];
}

function size(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

function fileList(labels: Labels, sizes: ReadonlyMap<string, number>): string {
  const items = fileDescriptions(labels)
    .filter(([path]) => sizes.has(path) || path === 'manifest.json')
    .map(([path, what]) => {
      const bytes = sizes.get(path);
      return `<li><a href="${path}">${escapeHtml(what)}</a> <small>${path}${bytes === undefined ? '' : `, ${size(bytes)}`}</small></li>`;
    });
  return `<nav aria-labelledby="tai-lieu">\n<h2 id="tai-lieu">${escapeHtml(labels.files)}</h2>\n<ul class="files">\n${items.join('\n')}\n</ul>\n</nav>`;
}

export function kitIndexPage(input: RenderInput, labels: Labels, sizes: ReadonlyMap<string, number>, template?: string): string {
  const { article } = input;
  const parts = [
    `<header>\n<p class="kicker">${escapeHtml(labels.pressKit)}</p>\n<h1>${inlineHtml(escapeMarkdown(headlineOf(article, labels)))}</h1>\n</header>`,
    leadParagraph(article),
    fileList(labels, sizes),
    factBox(article, labels),
    messagesSection(article, labels),
    statementsSection(article, labels),
    peopleSection(article, labels),
    captionsSection(article, labels),
    contactSections(input, labels),
    creditFooter(article, labels),
  ];
  return page({ article, title: headlineOf(article, labels), content: `<article>\n${parts.filter(Boolean).join('\n')}\n</article>`, template });
}

export interface KitEntry {
  slug: string;
  article: Article;
  zip: boolean;
}

/** DIR/index.html when a run made several kits. */
export function kitsIndexPage(kits: readonly KitEntry[], labels: Labels): string {
  const shell = createArticle('');
  const items = kits.map((k) => {
    const zip = k.zip ? ` · <a href="${k.slug}.zip">${escapeHtml(labels.download)} (.zip)</a>` : '';
    return `<li><a href="${k.slug}/index.html">${inlineHtml(escapeMarkdown(headlineOf(k.article, labels)))}</a>${zip}</li>`;
  });
  const content = `<header>\n<h1>${escapeHtml(labels.kits)}</h1>\n</header>\n<ul>\n${items.join('\n')}\n</ul>`;
  return page({ article: shell, title: labels.kits, content, type: 'website' });
}
