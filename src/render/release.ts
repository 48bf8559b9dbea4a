/**
 * What the Markdown and HTML renderers share: the article, the body paragraphs after the
 * lead (from the original text, when there is one), the media contact and boilerplate, and
 * the small formatting rules both apply (dateline place, display date, clock time).
 */
import type { VnDocument, Block } from '../core/document.js';
import type { Article, Evidence } from '../model/article.js';
import { squash } from '../core/text.js';
import { escapeMarkdown, neutraliseHtmlInMarkdown, unescapeMarkdown } from './escape.js';
import { SECTION_HEADINGS } from './labels.js';

export interface BodyBlock {
  heading: boolean;
  /** Markdown text of one line (plain text escaped; a Markdown article's own inline markup kept). */
  markdown: string;
}

export interface RenderInput {
  article: Article;
  /** Paragraphs after the lead; empty when rendering parsed data (.json/.yaml). */
  body: BodyBlock[];
  /** Media contact and organisation boilerplate (front matter `contact`/`about`, or --config). */
  contact: string | null;
  about: string | null;
}

export function renderInput(article: Article, extra: Partial<Omit<RenderInput, 'article'>> = {}): RenderInput {
  return { article, body: extra.body ?? [], contact: extra.contact ?? null, about: extra.about ?? null };
}

function overlaps(block: Block, spans: Evidence[]): boolean {
  return spans.some((e) => e.start < block.end && block.start < e.end);
}

/**
 * The body of the original text: paragraphs and headings after the headline, without the
 * lead, captions and the source/byline line (those are rendered from the data), stopping
 * at a section the Markdown renderer writes (so re-rendering a rendered file adds nothing).
 */
export function bodyOf(doc: VnDocument, article: Article): BodyBlock[] {
  const skip = [
    ...(article.evidence.lead ?? []),
    ...(article.evidence['source.name'] ?? []),
    ...(article.evidence['source.author'] ?? []),
    ...article.captions.flatMap((c) => c.evidence ?? []),
  ];
  const captions = new Set(article.captions.map((c) => squash(c.text)));
  const lead = article.lead ? squash(article.lead) : null;
  const title = article.title ? squash(article.title) : null;
  const body: BodyBlock[] = [];
  for (const block of doc.blocks) {
    const plain = doc.format === 'md' ? unescapeMarkdown(block.text) : block.text;
    if (block.kind === 'heading' && SECTION_HEADINGS.has(squash(plain))) break;
    if (block.kind !== 'paragraph' && block.kind !== 'heading') continue;
    const line = squash(plain);
    // The headline and the lead are rendered from the data (a rendered file repeats them
    // as a heading and after its dateline).
    if (overlaps(block, skip) || captions.has(line) || (lead && line.endsWith(lead)) || line.replace(/^#+\s*/, '') === title) continue;
    const markdown = doc.format === 'md' ? neutraliseHtmlInMarkdown(squash(block.text)) : escapeMarkdown(block.text);
    body.push({ heading: block.kind === 'heading', markdown });
  }
  return body;
}

/** Contact and boilerplate from the article's front matter. */
export function frontMatterExtras(doc: VnDocument): Pick<RenderInput, 'contact' | 'about'> {
  const text = (key: string) => (typeof doc.frontMatter[key] === 'string' && doc.frontMatter[key] ? (doc.frontMatter[key] as string) : null);
  return { contact: text('contact'), about: text('about') };
}

/** "2/10/2023" from "2023-10-02"; "2/10" when the year is unknown (XXXX). */
export function displayDate(iso: string | null): string | null {
  const m = iso ? /^(\d{4}|XXXX)-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) return null;
  const dayMonth = `${Number(m[3])}/${Number(m[2])}`;
  return m[1] === 'XXXX' ? dayMonth : `${dayMonth}/${m[1]}`;
}

/** The place of a dateline: the last part of the location ("…, Hà Nội" gives "HÀ NỘI"). */
export function datelinePlace(location: string | null): string | null {
  if (!location) return null;
  const parts = location.split(',').map((p) => p.trim()).filter(Boolean);
  return parts.length ? parts[parts.length - 1].toLocaleUpperCase('vi') : null;
}

/** A full ISO date (not XXXX-MM-DD), for machine-readable dates. */
export function fullIsoDate(iso: string | null): string | null {
  return iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : null;
}

/** "HH:MM" when the event time is a clock time (not a part of day). */
export function clockTime(time: string | null): string | null {
  const m = time ? /^(\d{1,2}):(\d{2})$/.exec(time) : null;
  return m && +m[1] < 24 && +m[2] < 60 ? `${m[1].padStart(2, '0')}:${m[2]}` : null;
}
