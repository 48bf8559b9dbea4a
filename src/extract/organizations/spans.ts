/**
 * Organisation names in a block's tokens: a head word ("Sở", "UBND", "Trường", "Hội")
 * and its proper part, which runs over capitalised words, acronyms and numbers, an
 * administrative unit with its name ("huyện Cần Giờ", "TP HCM"), lower-case syllables that
 * lead to a further capitalised word ("Ban Tuyên giáo Tỉnh ủy") or complete the word just
 * before ("Sở Du lịch"), "tại" + a place for embassies and associations abroad, and a
 * parenthesised acronym ("Hiệp hội … (VIA)").
 */
import {
  ADMIN_UNIT_SET, BREAKER_SET, COORGANIZER_LINK_SET, NOT_ORGANIZATION_SET, ORG_HEAD_SET, ORGANIZING_VERB_SET, POSITION_SET,
} from '../phrases.js';
import type { Token } from '../tokens.js';

export interface TokenSpan {
  start: number;
  end: number;
  bare: boolean;
}

/** Most tokens in one organisation name; most lower-case syllables in a row inside it. */
const MAX_TOKENS = 16;
const MAX_LOWER_RUN = 5;

const isProper = (t: Token | undefined) => !!t?.word && (t.cap || /^\p{N}/u.test(t.text));

/** Length of an organisation head at `i`; a lower-case head counts before a proper word ("trường ĐH …"). */
export function matchHead(tokens: readonly Token[], i: number): number {
  if (NOT_ORGANIZATION_SET.has(tokens, i)) return 0;
  const n = ORG_HEAD_SET.match(tokens, i);
  if (n) return n;
  const lower = ORG_HEAD_SET.match(tokens, i, true);
  return lower && isProper(tokens[i + lower]) ? lower : 0;
}

/** A word that cannot be inside an organisation name. */
function stops(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t.word) return true;
  if (t.cap) return false;
  // "và" and "với" also join words inside names ("Sở Tài nguyên và Môi trường").
  const link = t.key !== 'và' && t.key !== 'với' && COORGANIZER_LINK_SET.has(tokens, i);
  return link || BREAKER_SET.has(tokens, i) || ORGANIZING_VERB_SET.has(tokens, i) || POSITION_SET.match(tokens, i, true) > 0;
}

/** End (exclusive) of the organisation that starts with a head at `i` of length `head`. */
export function organizationEnd(tokens: readonly Token[], i: number, head: number): number {
  let j = i + head;
  let end = j;
  let lowerRun = 0;
  let properRun = 0;
  while (j < tokens.length && j - i < MAX_TOKENS) {
    const t = tokens[j];
    if (t.text === '(' && tokens[j + 1]?.acronym && tokens[j + 2]?.text === ')') {
      end = j + 3;
      break;
    }
    if (t.text === '&' && isProper(tokens[j + 1])) {
      j++;
      continue;
    }
    if (stops(tokens, j)) break;
    const unit = ADMIN_UNIT_SET.match(tokens, j);
    if (unit && !t.cap) {
      j += unit;
      end = j;
      lowerRun = 0;
      properRun = 2;
      continue;
    }
    if (isProper(t)) {
      j++;
      end = j;
      lowerRun = 0;
      properRun++;
      continue;
    }
    if (t.key === 'và' || t.key === 'tại') {
      // "và" before another organisation's head ends this one.
      if (!isProper(tokens[j + 1]) || (t.key === 'và' && matchHead(tokens, j + 1))) break;
      j++;
      continue;
    }
    // A lower-case syllable: kept when it completes a single capitalised syllable before it
    // ("Sở Du lịch", not "tỉnh Lai Châu ký"), or when the run leads on to a capitalised word.
    lowerRun++;
    if (lowerRun > MAX_LOWER_RUN) break;
    j++;
    if (lowerRun === 1 && properRun === 1 && isProper(tokens[j - 2])) end = j;
    properRun = 0;
  }
  return end;
}

/**
 * Every organisation name in `tokens`, left to right, not overlapping. A head word of one or two syllables standing alone ("Hiệp hội", "các Sở") is returned as `bare`: it
 * names no organisation of its own ("Tổng lãnh sự quán" does).
 */
export function findOrganizations(tokens: readonly Token[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = matchHead(tokens, i);
    if (!head) continue;
    const end = organizationEnd(tokens, i, head);
    spans.push({ start: i, end, bare: end - i === head && head <= 2 && !tokens[i].acronym });
    i = end - 1;
  }
  return spans;
}
