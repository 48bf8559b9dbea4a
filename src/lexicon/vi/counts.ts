/**
 * Counting in headlines ("5 thông điệp", "ba thông điệp chính"): number words and the
 * nouns that count the article's key messages.
 */

/** Number words up to ten ("tư" is the "four" of lists: "bốn" and "tư" both occur). */
export const COUNT_WORDS: readonly (readonly [string, number])[] = [
  ['một', 1], ['hai', 2], ['ba', 3], ['bốn', 4], ['tư', 4], ['năm', 5],
  ['sáu', 6], ['bảy', 7], ['tám', 8], ['chín', 9], ['mười', 10],
];

/** Nouns a headline uses to count the messages the article then quotes. */
export const MESSAGE_NOUNS: readonly string[] = ['thông điệp', 'khẩu hiệu', 'lời nhắn', 'lời nhắn nhủ'];
