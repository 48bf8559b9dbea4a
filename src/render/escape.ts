/**
 * Escaping for every context an article string lands in: Markdown text, HTML text and
 * attributes, JSON inside <script>, and URLs. Rendered output never carries markup from
 * the input: a string from an article is always text.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or attribute value for HTML (quotes escaped too, so one function serves both). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** JSON for a `<script type="application/ld+json">`: nothing in it can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Only web and mail links are kept; `javascript:`, `data:` and the like are refused. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  return /^(?:https?:\/\/|mailto:)[^\s<>"]+$/i.test(trimmed) ? trimmed : null;
}

// Characters that start Markdown inline syntax anywhere in a line.
const MD_INLINE = /[\\`*_[\]<>~|]/g;
// Constructs that only mean something at the start of a line (headings, quotes, lists, rules).
const MD_LINE_START = /^(\s*)([#>+=-]|\d+[.)])/;

/** Plain text as Markdown that renders back to the same text (one line, no markup). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(MD_INLINE, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(MD_LINE_START, (_m, space: string, mark: string) => `${space}${mark.replace(/([#>+=.)-])$/, '\\$1')}`);
}

/** Markdown written by a user: kept as Markdown, but no raw HTML gets through. */
export function neutraliseHtmlInMarkdown(markdown: string): string {
  return markdown.replace(/(^|[^\\])</g, '$1\\<');
}

/** Backslash escapes removed: the text a reader sees. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}
