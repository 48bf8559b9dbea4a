/**
 * title: front matter `title` first, then the headline block (the first non-empty line of
 * a text file, the first heading of a Markdown body).
 */
import type { ExtractContext } from './context.js';
import { traceField } from './context.js';
import { squash } from '../core/text.js';
import { frontMatterSpan } from '../read/front-matter.js';

export function extractTitle(ctx: ExtractContext): void {
  const { doc, article } = ctx;
  const fromFrontMatter = doc.frontMatter.title;
  if (fromFrontMatter) {
    article.title = fromFrontMatter;
    const { start, end } = frontMatterSpan(doc, 'title');
    traceField(ctx, 'title', doc.evidence(start, end, 'title.front-matter'));
    return;
  }
  const headline = doc.blocks.find((b) => b.kind === 'headline');
  if (!headline) {
    doc.report('error', 'title/missing', 'no headline found');
    return;
  }
  article.title = squash(headline.text.replace(/^#+\s*/, ''));
  traceField(ctx, 'title', doc.evidence(headline.start, headline.end, 'title.headline'));
}
