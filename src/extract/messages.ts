/**
 * messages: quoted spans of three or more words that are not somebody's speech: slogans,
 * themes, names of campaigns, programmes, contests, books or songs. A span the quotes
 * extractor took as a direct quote is speech; spans nested inside it are still messages
 * (a slogan cited in a speech). Long sentence-like spans are unattributed speech, not
 * messages. One entry per distinct text, in order of first appearance.
 */
import { squash } from '../core/text.js';
import type { ExtractContext } from './context.js';
import { norm } from './speakers.js';

const MIN_WORDS = 3;
const MAX_WORDS = 40;

export function extractMessages(ctx: ExtractContext): void {
  const { doc, article } = ctx;
  const speech = new Set(article.quotes.filter((q) => q.direct).map((q) => `${q.evidence[0].start}:${q.evidence[0].end}`));
  const seen = new Set<string>();
  for (const span of doc.quotes) {
    if (span.unclosed || speech.has(`${span.start}:${span.end}`)) continue;
    const kind = doc.blockAt(span.start)?.kind;
    if (kind === 'credit') continue;
    const text = squash(span.text).replace(/^[\s,;:]+|[\s,;:]+$/g, '');
    const words = text.split(' ').length;
    if (words < MIN_WORDS || words > MAX_WORDS || /[.!?…]\s+\p{Lu}/u.test(text)) continue;
    const key = norm(text);
    if (seen.has(key)) continue;
    seen.add(key);
    article.messages.push({ text, evidence: [doc.evidence(span.start, span.end, 'messages.quoted-span')] });
  }
}
