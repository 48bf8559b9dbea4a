/**
 * people: every person named in the text (headline, body, captions), once each, in order of
 * first mention, with honorific, the fullest role and its organisation. The byline at the
 * end belongs to source.author and is skipped. See mentions.ts for the rules.
 */
import type { Block, VnDocument } from '../../core/document.js';
import type { ExtractContext } from '../context.js';
import { MentionReader } from './mentions.js';
import { keepRegistry, PeopleRegistry } from './registry.js';
import { blockTokens, spacedPieces } from '../tokens.js';
import { UPPER } from '../../core/chars.js';
import { onFirstUse } from '../../core/lazy.js';

const CAPITALISED = onFirstUse(() => new RegExp(`^[(${UPPER}]`, 'u'));

export { resolvePerson } from './resolve.js';

/** A last line of a few capitalised words ("Lê Hùng", "Minh Anh (TTXVN)"): a byline. */
function isByline(block: Block): boolean {
  if (spacedPieces(block.text, 6) > 5) return false;
  const words = block.text.split(/\s+/);
  return words.length <= 5 && words.every((w) => CAPITALISED().test(w));
}

function blocksToRead(doc: VnDocument): Block[] {
  const blocks = doc.blocks.filter((b) => b.start >= doc.bodyStart);
  const last = blocks[blocks.length - 1];
  return last && blocks.length > 1 && isByline(last) ? blocks.slice(0, -1) : blocks;
}

export function extractPeople(ctx: ExtractContext): void {
  const { doc, article } = ctx;
  const registry = new PeopleRegistry(article.people);
  const reader = new MentionReader(doc, registry);
  for (const block of blocksToRead(doc)) reader.read(blockTokens(doc, block));
  keepRegistry(doc, registry);
}
