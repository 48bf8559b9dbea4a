import { describe, expect, it } from 'vitest';
import { readRoleToName } from '../../src/extract/people/roles.js';
import { tokensOf } from './token-fixtures.js';

describe('readRoleToName', () => {
  it('reads a title up to the name it leads to', () => {
    const tokens = tokensOf('Phó Giám đốc Sở Y tế Nguyễn Văn An phát biểu');
    const found = readRoleToName(tokens, 0);
    expect(typeof found).toBe('object');
    if (typeof found === 'object') expect(tokens.slice(found.nameStart, found.nameEnd).map((t) => t.text).join(' ')).toBe('Nguyễn Văn An');
  });

  it('resumes after a run of titles that reaches no name, not one word on', () => {
    // Resuming one word on would read the same titles again from each of them.
    const tokens = tokensOf('Phó Giám đốc Sở '.repeat(30));
    const resume = readRoleToName(tokens, 0);
    expect(typeof resume).toBe('number');
    expect(resume).toBeGreaterThan(20);
  });

  it('resumes after the last separator of a long chain, where the next post may lead to the name', () => {
    const tokens = tokensOf(`${'Phó Giám đốc Sở '.repeat(5)}, ${'Phó Giám đốc Sở '.repeat(20)}`);
    const resume = readRoleToName(tokens, 0);
    expect(resume).toBe(tokens.findIndex((t) => t.text === ',') + 1);
  });
});
