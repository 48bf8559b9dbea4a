/**
 * The page shell every HTML file shares (render --to html, the kit's pages): one
 * self-contained document with inline CSS, no script to run, responsive and printable.
 *
 * A user template (`--template FILE`) is any HTML with these placeholders, each replaced
 * once, in one pass (so article text that looks like a placeholder stays text):
 *   {{lang}}         language of the content: always vi (--lang changes only the labels)
 *   {{title}}        the headline, escaped for HTML
 *   {{description}}  the lead, escaped for HTML (for a meta description)
 *   {{meta}}         Open Graph and description <meta> elements
 *   {{jsonld}}       the schema.org JSON-LD <script> (NewsArticle + Event)
 *   {{style}}        the built-in stylesheet (a <style> element)
 *   {{content}}      the page body: the <article> (or the kit's landing page)
 */

export const PLACEHOLDERS = ['lang', 'title', 'description', 'meta', 'jsonld', 'style', 'content'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type TemplateValues = Record<Placeholder, string>;

export const STYLE = `<style>
:root { color-scheme: light; --ink: #1d232b; --muted: #5b6572; --rule: #d9dee5; --accent: #b3261e; --paper: #fff; --tint: #f5f6f8; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--tint); color: var(--ink); font: 17px/1.6 "Noto Serif", Georgia, "Times New Roman", serif; }
main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; background: var(--paper); }
header { border-bottom: 3px solid var(--accent); margin-bottom: 1.25rem; }
h1 { font-size: 2rem; line-height: 1.25; margin: 0.25rem 0 0.75rem; }
h2 { font: 700 1.05rem/1.3 system-ui, "Segoe UI", Roboto, Arial, sans-serif; text-transform: uppercase; letter-spacing: 0.04em; color: var(--accent); margin: 2rem 0 0.75rem; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
.kicker, .meta, figcaption, .credit, table, nav { font-family: system-ui, "Segoe UI", Roboto, Arial, sans-serif; }
.kicker { color: var(--muted); font-size: 0.85rem; text-transform: uppercase; letter-spacing: 0.06em; margin: 0; }
.meta { color: var(--muted); font-size: 0.95rem; margin: 0 0 1rem; }
.lead { font-size: 1.12rem; }
.dateline { font-weight: 700; }
blockquote { margin: 1rem 0; padding: 0.5rem 1rem; border-left: 4px solid var(--accent); background: var(--tint); }
blockquote p { margin: 0.25rem 0; }
blockquote footer { color: var(--muted); font-size: 0.95rem; }
cite { font-style: normal; font-weight: 700; color: var(--ink); }
figure { margin: 0.75rem 0; padding: 0.5rem 0.75rem; border-left: 3px solid var(--rule); }
figcaption { font-size: 0.95rem; color: var(--muted); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.35rem 1rem; margin: 0; padding: 1rem; background: var(--tint); border-radius: 6px; }
dl.facts dt { font-weight: 700; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
th, td { text-align: left; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
ul.files { columns: 2; padding-left: 1.2rem; }
a { color: var(--accent); }
.credit { border-top: 1px solid var(--rule); margin-top: 2rem; padding-top: 0.75rem; color: var(--muted); font-size: 0.9rem; }
@media (max-width: 40rem) { body { font-size: 16px; } main { padding: 1rem 0.9rem 2rem; } h1 { font-size: 1.55rem; } ul.files { columns: 1; } dl.facts { grid-template-columns: 1fr; } }
@media print { body { background: #fff; font-size: 11pt; } main { max-width: none; padding: 0; } a { color: inherit; text-decoration: none; } nav { display: none; } blockquote, figure, tr { break-inside: avoid; } h2 { break-after: avoid; } }
</style>`;

export const DEFAULT_TEMPLATE = `<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}}</title>
{{meta}}
{{jsonld}}
{{style}}
</head>
<body>
<main>
{{content}}
</main>
</body>
</html>
`;

/** Fill every placeholder in one pass; an unknown `{{name}}` is left as it is. */
export function fillTemplate(template: string, values: TemplateValues): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    (PLACEHOLDERS as readonly string[]).includes(name) ? values[name as Placeholder] : whole,
  );
}

/** Placeholders a user template lacks that a page needs (`content` at least). */
export function missingPlaceholders(template: string): Placeholder[] {
  return (['content'] as const).filter((name) => !template.includes(`{{${name}}}`));
}
