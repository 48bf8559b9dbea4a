/**
 * Roles: a position phrase (with its modifiers and a rank) running on over the organisation
 * it belongs to, alone or in a chain ("Ủy viên Trung ương Đảng, Phó Bí thư Thành ủy, Chủ tịch
 * UBND TP HCM"). Read forwards either up to a name (role before the name) or up to a stop
 * (role after the name).
 */
import {
  ACADEMIC_SET, ADMIN_UNIT_SET, BREAKER_SET, HONORIFIC_SET, MODIFIER_SET, ORG_HEAD_SET, POSITION_SET, RANK_SET,
  ROLE_LINK_SET as LINK_SET,
} from '../phrases.js';
import { nameRunEnd, nameStartInRun, type RunContext } from './names.js';
import type { Token } from '../tokens.js';

/** Punctuation that always ends a role. */
const HARD_STOP = new Set(['.', ';', ':', '(', ')', '“', '”', '"', '«', '»', '?', '!', '…', '[', ']']);
const DASHES = new Set(['-', '–', '—']);
export const isDash = (t: Token | undefined) => !!t && DASHES.has(t.text);

/** Most tokens a role may span. */
const MAX_ROLE_TOKENS = 40;

/**
 * Length of a position phrase at `i`: modifiers ("Phó", "nguyên") then a position, or a
 * rank. After a modifier the position matches in any case ("Phó chủ tịch").
 */
export function matchPosition(tokens: readonly Token[], i: number): number {
  const rank = RANK_SET.match(tokens, i);
  if (rank) return rank;
  let j = i;
  for (let m = MODIFIER_SET.match(tokens, j, true); m; m = MODIFIER_SET.match(tokens, j, true)) j += m;
  const p = POSITION_SET.match(tokens, j, j > i);
  return p ? j + p - i : 0;
}

/** Does a role continue at `i`, after a comma or a link word? */
function continuesRole(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t?.word) return false;
  if (matchPosition(tokens, i) || ORG_HEAD_SET.has(tokens, i)) return true;
  if (t.acronym) return true;
  const unit = ADMIN_UNIT_SET.match(tokens, i);
  return unit > 0 && !!tokens[i + unit]?.cap;
}

/** A token (or phrase) at `i` that cannot be inside a role. */
export function breaksRole(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (HARD_STOP.has(t.text) || isDash(t)) return true;
  if (!t.word) return false;
  if (t.key === 'và') return !tokens[i + 1]?.cap;
  if (HONORIFIC_SET.has(tokens, i) && !t.cap) return true;
  return !t.cap && BREAKER_SET.has(tokens, i);
}

/**
 * The role written after a name, from `i` (just after the separator): a position chain
 * running over its organisation, up to punctuation, a verb, or a comma that does not go
 * on with another position or organisation. Returns the end (exclusive), or `i` if none.
 */
export function readRoleAfter(tokens: readonly Token[], i: number): number {
  if (!matchPosition(tokens, i) && !ACADEMIC_SET.has(tokens, i)) return i;
  let j = i;
  let end = i;
  while (j < tokens.length && j - i < MAX_ROLE_TOKENS) {
    const t = tokens[j];
    if (t.text === ',' || t.text === '/') {
      if (!continuesRole(tokens, j + 1)) break;
      j++;
      continue;
    }
    if (breaksRole(tokens, j)) break;
    const link = LINK_SET.match(tokens, j);
    j += link || 1;
    end = j;
  }
  return end;
}

export interface RoleBeforeName {
  /** End (exclusive) of the role tokens, which is where the name starts. */
  roleEnd: number;
  nameEnd: number;
}

/**
 * From a position at `i`, read the role forwards until a capitalised run whose tail is a
 * name ("Phó Chủ tịch UBND tỉnh Lê Văn A"); `null` when the role meets a stop first.
 */
export function readRoleToName(tokens: readonly Token[], i: number): RoleBeforeName | null {
  let j = i;
  let context: RunContext = 'other';
  while (j < tokens.length && j - i < MAX_ROLE_TOKENS) {
    const t = tokens[j];
    if (t.text === ',') {
      if (!continuesRole(tokens, j + 1)) return null;
      j++;
      context = 'other';
      continue;
    }
    if (breaksRole(tokens, j)) return null;
    const position = matchPosition(tokens, j);
    if (position) {
      j += position;
      context = 'position';
      continue;
    }
    const runEnd = nameRunEnd(tokens, j);
    if (runEnd > j) {
      const start = nameStartInRun(tokens, j, runEnd, context);
      if (start >= 0) return { roleEnd: start, nameEnd: runEnd };
      j = runEnd;
      context = 'other';
      continue;
    }
    const unit = ADMIN_UNIT_SET.match(tokens, j);
    j += unit || LINK_SET.match(tokens, j) || 1;
    context = unit ? 'place-word' : 'other';
  }
  return null;
}
