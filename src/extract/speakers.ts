/**
 * Who speaks: person mentions with the role words around them, and the resolution of a
 * speaker phrase ("ông Châu", "Giám đốc Sở", "ông", "Thứ trưởng Nguyễn Minh Hồng") to a
 * full name. The people extractor's results are used when it ran; until its
 * `resolvePerson` lands, names are also spotted here with a minimal rule set: an
 * honorific before capitalised syllables, or a run of 3–4 capitalised syllables that
 * starts with a family name.
 */
import type { VnDocument } from '../core/document.js';
import { matchKey, squash } from '../core/text.js';
import type { Person } from '../model/article.js';
import { alternation, keySet } from '../lexicon/compile.js';
import { SPEAKER_HONORIFICS, SPEAKER_PRONOUNS, SURNAMES } from '../lexicon/vi/speaker-cues.js';

export interface Mention {
  name: string;
  start: number;
  end: number;
  /** Role words written next to the name, lower-cased match key, for title look-ups. */
  context: string;
}

const CAP_RUN = /(?<![\p{L}\p{M}\d])\p{Lu}[\p{Ll}\p{M}]+(?: \p{Lu}[\p{Ll}\p{M}]+){0,7}(?![\p{L}\p{M}])/gu;
const HONORIFIC_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])${alternation(SPEAKER_HONORIFICS)}\\s*:?\\s*$`, 'iu');
const SURNAME_KEYS = keySet(SURNAMES);
const PRONOUN_KEYS = keySet(SPEAKER_PRONOUNS);
const HONORIFIC_KEYS = keySet(SPEAKER_HONORIFICS);
/** Role after the name: "– Giám đốc Sở X", ", Chủ tịch UBND xã Y," up to a stop. */
const ROLE_AFTER = /^\s*(?:[-–—,_]|\()\s*([^;.()\n]{2,160})/u;
const ROLE_BEFORE = /([^,;:.()\n–—-]{2,120})$/u;

export const norm = (s: string) => squash(matchKey(s.normalize('NFC'))).toLocaleLowerCase('vi');
const lastWord = (name: string) => norm(name).split(' ').pop() ?? '';

/** [first, count] of the name's syllables inside a run of capitalised syllables, or null. */
function nameInRun(syllables: string[], afterHonorific: boolean): [number, number] | null {
  // "Ông Kumeda Masakuni": a capitalised honorific opening the sentence.
  if (!afterHonorific && syllables.length >= 3 && HONORIFIC_KEYS.has(norm(syllables[0]))) return [1, Math.min(syllables.length - 1, 5)];
  if (afterHonorific) return syllables.length >= 2 ? [0, Math.min(syllables.length, 5)] : null;
  for (let i = 0; i + 3 <= syllables.length; i++) {
    if (syllables.length - i <= 4 && SURNAME_KEYS.has(norm(syllables[i]))) return [i, syllables.length - i];
  }
  return null;
}

export class SpeakerIndex {
  readonly mentions: Mention[] = [];

  constructor(private readonly doc: VnDocument, people: readonly Person[]) {
    for (const person of people) {
      for (const ev of person.evidence) {
        this.mentions.push({ name: person.name, start: ev.start, end: ev.end, context: norm(person.role ?? '') });
      }
    }
    this.spotNames();
    this.mentions.sort((a, b) => a.start - b.start);
  }

  private spotNames(): void {
    const text = this.doc.text;
    for (const m of text.matchAll(CAP_RUN)) {
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      const honorific = HONORIFIC_BEFORE.test(before);
      const syllables = m[0].split(' ');
      const found = nameInRun(syllables, honorific);
      if (!found) continue;
      const name = syllables.slice(found[0], found[0] + found[1]);
      const nameStart = m.index + syllables.slice(0, found[0]).join(' ').length + (found[0] ? 1 : 0);
      const nameEnd = nameStart + name.join(' ').length;
      if (this.mentions.some((x) => x.start < nameEnd && nameStart < x.end)) continue;
      const after = ROLE_AFTER.exec(text.slice(nameEnd, nameEnd + 200))?.[1] ?? '';
      const prior = ROLE_BEFORE.exec(text.slice(Math.max(0, nameStart - 120), nameStart))?.[1] ?? '';
      this.mentions.push({ name: name.join(' '), start: nameStart, end: nameEnd, context: norm(`${prior} | ${after}`) });
    }
  }

  /** Mentions that lie inside [start, end). */
  within(start: number, end: number): Mention[] {
    return this.mentions.filter((m) => m.start >= start && m.end <= end);
  }

  /** The mention nearest before `at` satisfying `test`, else the first after it. */
  private nearest(at: number, test: (m: Mention) => boolean): Mention | undefined {
    let found: Mention | undefined;
    for (const m of this.mentions) {
      if (!test(m)) continue;
      if (m.start < at) found = m;
      else return found ?? m;
    }
    return found;
  }

  /** A single name word ("Châu", "ông Thuận") to the full name mentioned before. */
  byShortName(word: string, at: number): string | null {
    const w = norm(word);
    const byLast = this.nearest(at, (m) => lastWord(m.name) === w && norm(m.name) !== w);
    // Names in other orders ("ông Kumeda" for Kumeda Masakuni).
    return (byLast ?? this.nearest(at, (m) => norm(m.name).split(' ').includes(w) && norm(m.name) !== w))?.name ?? null;
  }

  /** A title or role phrase ("Thứ trưởng", "Giám đốc Sở GD&ĐT") to the person holding it. */
  byTitle(title: string, at: number): string | null {
    const t = norm(title);
    if (t.length < 3) return null;
    const re = new RegExp(`(?:^|[^\\p{L}\\p{M}])${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{M}])`, 'u');
    return this.nearest(at, (m) => re.test(m.context))?.name ?? null;
  }

  isPronoun(phrase: string): boolean {
    return PRONOUN_KEYS.has(norm(phrase));
  }

  /** The last person mentioned in the block of `at`, before it. */
  lastInBlock(at: number): string | null {
    const block = this.doc.blockAt(at);
    if (!block) return null;
    return this.within(block.start, at).pop()?.name ?? null;
  }

  /** The last person mentioned before `at`. */
  lastBefore(at: number): string | null {
    return this.nearest(at, (m) => m.start < at)?.name ?? null;
  }
}
