/**
 * A title written with an abbreviated organisation ("Phó Chủ tịch Tổng LĐLĐ", "Giám đốc
 * Sở GD&ĐT") matched against role words that spell the organisation out ("phó chủ tịch
 * tổng liên đoàn lao động"): an abbreviation stands for as many words as it has letters,
 * each word starting with its letter (tones and "đ" read as their base letter; "và"
 * between them may go unwritten, as in GD&ĐT). The fallback of SpeakerIndex.byTitle when
 * no role holds the title as written.
 */
import { classAt, IS_UPPER, UPPER } from '../core/chars.js';
import { keySet } from '../lexicon/compile.js';
import { TITLE_MODIFIERS } from '../lexicon/vi/speaker-cues.js';
import { onFirstUse } from '../core/lazy.js';
import { acronymLetters, baseInitial } from '../core/text.js';

/** "phó", "tổng" … before a title make it another one. */
const MODIFIERS = keySet(TITLE_MODIFIERS);

/** An upper-case word of two or more letters, dots or "&" inside: an abbreviation. */
const ABBREVIATION = onFirstUse(() => new RegExp(`^[${UPPER}][${UPPER}.&]*[${UPPER}]$`, 'u'));

/**
 * A title's words (norm() form, `normed`) and which of them are abbreviations, or null when
 * the title (as written) has none: then only the title as written can match.
 */
export function abbreviatedTitle(title: string, normed: string): { words: string[]; abbreviated: boolean[] } | null {
  // Most titles have no two capitals in a row: no words are cut for them.
  let capitals = false;
  for (let i = 1; i < title.length && !capitals; i++) capitals = (classAt(title, i) & IS_UPPER) !== 0 && (classAt(title, i - 1) & IS_UPPER) !== 0;
  if (!capitals) return null;
  const written = title.trim().split(/\s+/);
  const words = normed.split(' ');
  if (written.length !== words.length) return null;
  const abbreviated = written.map((w) => ABBREVIATION().test(w));
  return abbreviated.includes(true) ? { words, abbreviated } : null;
}

/** Role words (norm() form, as SpeakerIndex gives them) cut into the words holdsAbbreviatedTitle reads. */
export function roleWordList(context: string): string[] {
  return context.split(/[\s|(),]+/).filter(Boolean);
}

/**
 * Whether role words (`ctx`: roleWordList of their norm() form) hold the title, not after a modifier ("phó"),
 * from its first word through its
 * last abbreviation, each abbreviation spelt out or written as is (and maybe repeated, as in
 * "liên đoàn lao động (lđlđ)"). The words after the last abbreviation (a country, a
 * province) are often left out of a role written next to a name, and are not asked for.
 */
export function holdsAbbreviatedTitle(ctx: readonly string[], title: { words: string[]; abbreviated: boolean[] }): boolean {
  const last = title.abbreviated.lastIndexOf(true);
  for (let start = 0; start < ctx.length; start++) {
    if (start > 0 && MODIFIERS.has(ctx[start - 1])) continue;
    if (matchesFrom(ctx, start, title, last)) return true;
  }
  return false;
}

function matchesFrom(ctx: readonly string[], at: number, title: { words: string[]; abbreviated: boolean[] }, last: number): boolean {
  let i = at;
  for (let j = 0; j <= last; j++) {
    const word = title.words[j];
    if (ctx[i] === word) {
      i++;
      continue;
    }
    if (!title.abbreviated[j]) return false;
    for (const letter of acronymLetters(word)) {
      if (ctx[i] === 'và' && letter !== 'v') i++;
      if (i >= ctx.length || baseInitial(ctx[i]) !== letter) return false;
      i++;
    }
    if (ctx[i] === word) i++;
  }
  return true;
}
