/**
 * HTML: the article through marked into the built-in template (or a user's, see
 * template.ts): semantic markup, Open Graph and schema.org JSON-LD, every string escaped.
 */
import type { Article } from '../model/article.js';
import { escapeHtml, escapeMarkdown } from './escape.js';
import { jsonLdScript, metaTags } from './html-head.js';
import { headlineOf, captionsSection, contactSections, creditFooter, leadParagraph, messagesSection, peopleSection, statementsSection } from './html-sections.js';
import { blockHtml, inlineHtml } from './inline.js';
import { LABELS, type Lang } from './labels.js';
import type { RenderInput } from './release.js';
import { DEFAULT_TEMPLATE, STYLE, fillTemplate } from './template.js';

export interface HtmlOptions {
  lang?: Lang;
  /** A user template with the placeholders of template.ts; the built-in one by default. */
  template?: string;
}

export interface PageParts {
  article: Article;
  /** The page title (plain text). */
  title: string;
  content: string;
  template?: string;
  type?: 'article' | 'website';
}

/** A whole page: the template filled with the head data and `content`. */
export function page(parts: PageParts): string {
  const { article } = parts;
  return fillTemplate(parts.template ?? DEFAULT_TEMPLATE, {
    lang: 'vi', // the content's language; --lang changes only the labels
    title: escapeHtml(parts.title),
    description: escapeHtml(article.lead ?? ''),
    meta: metaTags(article, parts.title, parts.type),
    jsonld: parts.type === 'website' ? '' : jsonLdScript(article),
    style: STYLE,
    content: parts.content,
  });
}

/** The <article> element: header, dateline and lead, body, sections, credit. */
export function articleElement(input: RenderInput, lang: Lang): string {
  const { article } = input;
  const labels = LABELS[lang];
  const body = input.body.map((b) => (b.heading ? `<h3>${inlineHtml(b.markdown)}</h3>` : blockHtml(b.markdown))).join('\n');
  const parts = [
    `<header>\n<h1>${inlineHtml(escapeMarkdown(headlineOf(article, labels)))}</h1>\n</header>`,
    leadParagraph(article),
    body,
    messagesSection(article, labels),
    statementsSection(article, labels),
    peopleSection(article, labels),
    captionsSection(article, labels),
    contactSections(input, labels),
    creditFooter(article, labels),
  ];
  return `<article>\n${parts.filter(Boolean).join('\n')}\n</article>`;
}

export function renderHtml(input: RenderInput, options: HtmlOptions = {}): string {
  const lang = options.lang ?? 'vi';
  return page({ article: input.article, title: headlineOf(input.article, LABELS[lang]), content: articleElement(input, lang), template: options.template });
}
