/**
 * Markdown to HTML through marked, with a renderer that never lets markup from an article
 * through: raw HTML is shown as text, only http(s)/mailto links stay links, images become
 * their alt text (a page must make no external request).
 */
import type { Marked, Tokens } from 'marked';
import { lazyRequire } from '../core/lazy.js';
import { escapeHtml, safeUrl } from './escape.js';

// Loaded and set up when HTML is first rendered: not by every command that loads this module.
const markedModule = lazyRequire<typeof import('marked')>('marked');
let instance: Marked | null = null;

const marked = (): Marked => (instance ??= new (markedModule().Marked)({
  gfm: true,
  async: false,
  renderer: {
    html({ text }: Tokens.HTML | Tokens.Tag): string {
      return escapeHtml(text);
    },
    link({ href, tokens }: Tokens.Link): string {
      const text = this.parser.parseInline(tokens);
      const url = safeUrl(href);
      return url ? `<a href="${escapeHtml(url)}">${text}</a>` : text;
    },
    image({ text }: Tokens.Image): string {
      return escapeHtml(text);
    },
  },
}));

/** One line of Markdown as inline HTML. */
export function inlineHtml(markdown: string): string {
  return (marked().parseInline(markdown) as string).trim();
}

/** Markdown blocks as HTML. */
export function blockHtml(markdown: string): string {
  return (marked().parse(markdown) as string).trim();
}
