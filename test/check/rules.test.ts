import { describe, expect, it } from 'vitest';
import { checkArticle, DEFAULT_REQUIRED, REQUIRABLE_FIELDS } from '../../src/check/index.js';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import { createArticle, type Article } from '../../src/model/article.js';
import { parse } from '../../src/read/index.js';

/** Check `text` against a hand-made article (so the rules are tested, not the extractors). */
function check(text: string, fill: (a: Article) => void = () => {}, options: { require?: string[]; referenceDate?: string } = {}): Diagnostic[] {
  const doc = parse(text, { path: text.startsWith('---') ? 'a.md' : 'a.txt' });
  const article = createArticle('a.txt');
  fill(article);
  return checkArticle(doc, article, { require: options.require ?? [], referenceDate: options.referenceDate });
}
const ids = (findings: Diagnostic[]) => findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId}`);

const BODY = 'Hội chợ sách mùa xuân ở Đồi Thông\nSáng 3/4, hội chợ sách mùa xuân khai mạc tại nhà văn hóa huyện.\n';

describe('check rules', () => {
  describe('required fields', () => {
    it('reports each missing required field as an error', () => {
      const findings = check(BODY, (a) => { a.title = 'Hội chợ'; }, { require: [...DEFAULT_REQUIRED] });
      expect(findings.map((f) => f.message)).toEqual([
        'required field "event.name" is missing',
        'required field "event.date" is missing',
        'required field "organizers" is missing',
      ]);
      expect(findings.every((f) => f.severity === 'error' && f.ruleId === 'check/required-field')).toBe(true);
    });

    it('accepts fields that have values, lists included', () => {
      expect(check(BODY, (a) => {
        a.title = 'Hội chợ';
        a.event.name = 'Hội chợ sách';
        a.event.date = '2024-04-03';
        a.organizers.push({ name: 'Thư viện huyện', expanded: null, evidence: [] });
      }, { require: [...DEFAULT_REQUIRED] })).toEqual([]);
    });

    it('offers every scalar and list field of the model, and not file or evidence', () => {
      expect(REQUIRABLE_FIELDS).toContain('event.location');
      expect(REQUIRABLE_FIELDS).toContain('source.name');
      expect(REQUIRABLE_FIELDS).toContain('quotes');
      expect(REQUIRABLE_FIELDS).not.toContain('file');
      expect(REQUIRABLE_FIELDS).not.toContain('evidence');
    });
  });

  describe('event date', () => {
    const dated = (date: string, endDate: string | null = null) => (a: Article) => {
      a.event.date = date;
      a.event.endDate = endDate;
    };
    const fm = (date: string) => `---\ntitle: Hội chợ\ndate: ${date}\n---\n\nSáng 3/4, hội chợ sách khai mạc.\n`;

    it('warns about an event years away from the article\'s front-matter date', () => {
      const findings = check(fm('2024-04-05'), dated('2026-04-03'));
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ severity: 'warning', ruleId: 'check/event-date' });
      expect(findings[0].message).toBe('event date 2026-04-03 is 728 days after the article\'s date 2024-04-05');
      expect(check(fm('2024-04-05'), dated('2019-04-03'))[0].message).toMatch(/days before the article's date/);
    });

    it('accepts an event near the article\'s date, or of unknown year', () => {
      expect(check(fm('2024-04-05'), dated('2024-04-03'))).toEqual([]);
      expect(check(fm('2024-04-05'), dated('XXXX-04-03'))).toEqual([]);
    });

    it('falls back to the reference date when the article has no date', () => {
      expect(check(BODY, dated('2030-01-01'), { referenceDate: '2024-01-01' })[0].message).toMatch(/after the reference date 2024-01-01/);
      expect(check(BODY, dated('2030-01-01'))).toEqual([]);
    });

    it('reports a date that is not on the calendar, and an end before the start', () => {
      expect(check(BODY, dated('2024-02-30'))[0]).toMatchObject({ severity: 'error', message: 'event date 2024-02-30 is not a calendar date' });
      expect(check(BODY, dated('XXXX-02-29'))).toEqual([]);
      expect(check(BODY, dated('2024-05-03', '2024-05-01'))[0].message).toBe('event ends (2024-05-01) before it starts (2024-05-03)');
    });
  });

  describe('message count', () => {
    const messages = (n: number) => (a: Article) => {
      for (let i = 0; i < n; i++) a.messages.push({ text: `thông điệp số ${i}`, evidence: [] });
    };

    it('warns when the headline promises more messages than the article has, at the number', () => {
      const findings = check('Năm thông điệp của ngày hội đọc sách\nThân bài.\n', messages(3));
      expect(ids(findings)).toEqual(['1:1 warning check/message-count']);
      expect(findings[0].message).toBe('headline promises 5 messages ("Năm thông điệp") but the article has 3');
      expect(ids(check('Ngày hội gửi 4 thông điệp tới học sinh\nThân bài.\n', messages(2)))).toEqual(['1:14 warning check/message-count']);
    });

    it('is silent when the count matches or the headline counts nothing', () => {
      expect(check('Ba thông điệp chính của hội thảo\nThân bài.\n', messages(3))).toEqual([]);
      expect(check('Năm 2024 có nhiều thông điệp hay\nThân bài.\n', messages(1))).toEqual([]);
    });
  });

  it('notes a person named without a role, at the mention', () => {
    const findings = check(BODY, (a) => {
      a.people.push({ name: 'Lò Văn Khải', honorific: 'ông', role: null, organization: null, evidence: [{ rule: 'people.x', start: 40, end: 51, line: 2, column: 7 }] });
      a.people.push({ name: 'Hà Thị Mơ', honorific: 'bà', role: 'Bí thư Đoàn xã', organization: null, evidence: [] });
    });
    expect(ids(findings)).toEqual(['2:7 info check/person-role']);
    expect(findings[0].message).toBe('person "Lò Văn Khải" has no role');
  });

  describe('quotation marks', () => {
    it('reports a mark never closed and a closing mark that closes nothing, at the mark', () => {
      expect(ids(check('Tiêu đề\nÔng Khải nói: “Chúng tôi sẽ cố gắng.\n\nMột đoạn khác.\n'))).toEqual(['2:15 warning check/unbalanced-quote']);
      expect(ids(check('Tiêu đề\nChúng tôi sẽ cố gắng” ông nói.\n'))).toEqual(['2:21 warning check/unbalanced-quote']);
    });

    it('accepts a quotation reopened in each paragraph and closed in the last', () => {
      expect(check('Tiêu đề\n“Đoạn một của lời phát biểu.\n“Đoạn hai, kết thúc.”\n')).toEqual([]);
    });

    it('accepts a quotation split by a hard line break', () => {
      expect(check('Tiêu đề\nÔng nói: “Đoạn một của\nlời phát biểu”, rồi ra về.\n')).toEqual([]);
    });

    it('accepts nested quotations and replaces the segmenter\'s own warning', () => {
      expect(check('Tiêu đề\nÔng nói: “Khẩu hiệu «Sống xanh» rất hay”.\n')).toEqual([]);
      expect(check('Tiêu đề\n“Chưa đóng.\nHết.\n').map((f) => f.ruleId)).toEqual(['check/unbalanced-quote']);
    });
  });

  it('stays fast on a 1 MB line of quotation marks (no quadratic scan)', () => {
    const line = '“a” ”b “c '.repeat(100_000);
    const started = performance.now();
    const findings = check(`Tiêu đề\n${line}\n`);
    expect(findings.length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('keeps the findings of earlier phases, in reading order', () => {
    const findings = check('---\ntitle: Hội chợ\ndate: hôm qua\n---\n\nBài “mở.\n', () => {}, { require: ['lead'] });
    expect(ids(findings)).toEqual(['1:1 error check/required-field', '3:7 error front-matter/date', '6:5 warning check/unbalanced-quote']);
  });
});
