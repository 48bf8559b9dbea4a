/**
 * One press kit as a map of file name → bytes, built in memory so it can be written in one
 * move (folder.ts) or zipped (zip.ts). Same input and version, same bytes.
 */
import { renderHtml } from '../html.js';
import { renderJson } from '../json.js';
import { LABELS, type Lang } from '../labels.js';
import { renderMarkdown } from '../markdown.js';
import type { RenderInput } from '../release.js';
import { renderYaml } from '../yaml.js';
import { captionsDocument, factSheet, keyMessages, peopleCsv, quotesDocument } from './documents.js';
import { renderIcs } from './ics.js';
import { kitIndexPage } from './index-page.js';
import { buildManifest } from './manifest.js';

export interface KitOptions {
  lang?: Lang;
  version: string;
  /** The input as given (path or "-") and the sha256 of its bytes. */
  input: { file: string; sha256: string };
  /** A user template for index.html and press-release.html (see template.ts). */
  template?: string;
}

const encoder = new TextEncoder();
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

export function buildKit(input: RenderInput, options: KitOptions): Map<string, Uint8Array> {
  const { article } = input;
  const lang = options.lang ?? 'vi';
  const labels = LABELS[lang];
  const text = new Map<string, string>([
    ['press-release.md', renderMarkdown(input, { lang })],
    ['press-release.html', renderHtml(input, { lang, template: options.template })],
    ['fact-sheet.md', factSheet(article, labels)],
    ['key-messages.md', keyMessages(article, labels)],
    ['quotes.md', quotesDocument(article, labels)],
    ['captions.md', captionsDocument(article, labels)],
    ['people.csv', peopleCsv(article, labels)],
    ['article.json', renderJson(article)],
    ['article.yaml', renderYaml(article)],
  ]);
  const ics = renderIcs(article, { uid: options.input.sha256.slice(0, 32), version: options.version, email: input.contact?.match(EMAIL)?.[0] });
  if (ics) text.set('event.ics', ics);
  const files = new Map<string, Uint8Array>([...text].map(([path, body]) => [path, encoder.encode(body)]));
  const sizes = new Map([...files].map(([path, bytes]) => [path, bytes.length]));
  files.set('index.html', encoder.encode(kitIndexPage(input, labels, sizes, options.template)));
  const manifest = buildManifest(files, options.version, options.input);
  files.set('manifest.json', encoder.encode(`${JSON.stringify(manifest, null, 2)}\n`));
  return files;
}

