/**
 * Counting in headlines ("5 thông điệp", "ba thông điệp chính"): number words and the
 * nouns that count the article's key messages.
 */
import { NUMBER_WORDS } from './events.js';

/** Number words up to ten: those of events.ts, plus "một" and the "tư" of lists. */
export const COUNT_WORDS: readonly (readonly [string, number])[] = [['một', 1], ...NUMBER_WORDS, ['tư', 4]];

/** Nouns a headline uses to count the messages the article then quotes. */
export const MESSAGE_NOUNS: readonly string[] = ['thông điệp', 'khẩu hiệu', 'lời nhắn', 'lời nhắn nhủ'];
