/**
 * Message count: a headline that promises a number of messages ("5 thông điệp",
 * "Ba thông điệp chính") should head an article that quotes that many.
 */
import { wordRegex } from '../lexicon/compile.js';
import { COUNT_WORDS, MESSAGE_NOUNS } from '../lexicon/vi/counts.js';
import { matchKey } from '../core/text.js';
import type { CheckRule } from './context.js';

const NUMBERS = new Map(COUNT_WORDS.map(([word, n]) => [matchKey(word), n]));
const NUMBER_WORD = wordRegex(COUNT_WORDS.map(([w]) => w), 'iu').source;
const NOUN = wordRegex(MESSAGE_NOUNS, 'iu').source;
// A number (digits or a word) directly before a message noun.
const PROMISE = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2}|${NUMBER_WORD})\\s+${NOUN}`, 'iu');

export const messageCount: CheckRule = {
  id: 'check/message-count',
  description: 'The headline counts messages ("5 thông điệp") but the article quotes a different number.',
  run({ doc, article }) {
    const headline = doc.blocks.find((b) => b.kind === 'headline');
    // The title may come from front matter: look for it there, by its line.
    const span = headline ?? (article.title ? { start: Math.max(0, doc.key.indexOf(matchKey(article.title))), text: article.title } : null);
    if (!span) return;
    const m = PROMISE.exec(matchKey(span.text));
    if (!m) return;
    const promised = /^\d/.test(m[1]) ? Number(m[1]) : NUMBERS.get(m[1].toLocaleLowerCase('vi'));
    const found = article.messages.length;
    if (promised === undefined || promised === found) return;
    const phrase = span.text.slice(m.index, m.index + m[0].length);
    doc.report('warning', this.id, `headline promises ${promised} messages ("${phrase}") but the article has ${found}`, span.start + m.index);
  },
};
