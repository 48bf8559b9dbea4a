import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/model/schema.js';
import { parseArticle } from '../../src/pipeline.js';
import { articleData } from '../../src/render/data.js';

const ARTICLE = [
  '---',
  'title: Hội thao công nhân viên chức ngành Y tế',
  'location: Nhà thi đấu tỉnh, Phú Lâm',
  'organizers: [Công đoàn ngành Y tế tỉnh]',
  'event:',
  '  name: Hội thao công nhân viên chức năm 2025',
  '  date: "2025-03-15"',
  '  time: "07:30"',
  'people:',
  '  - name: Đặng Thị Yến',
  '    honorific: bà',
  '    role: Chủ tịch Công đoàn ngành Y tế tỉnh',
  '  - role: thiếu tên, bị bỏ qua',
  'quotes:',
  '  - speaker: Đặng Thị Yến',
  '    text: Hội thao là dịp để rèn luyện sức khỏe.',
  '  - speaker: Ban tổ chức',
  '    text: hơn 500 vận động viên tham gia',
  '    direct: false',
  'messages: [Sức khỏe là vốn quý nhất]',
  'captions: ["Ảnh: Công đoàn Y tế"]',
  '---',
  '',
  'Sáng nay, hội thao khai mạc.',
  '',
].join('\n');

describe('front matter over extracted fields', () => {
  const article = parseArticle(ARTICLE, { path: 'hoi-thao.md' });

  it('takes every field the front matter gives', () => {
    expect(article.event).toMatchObject({ name: 'Hội thao công nhân viên chức năm 2025', date: '2025-03-15', time: '07:30', location: 'Nhà thi đấu tỉnh, Phú Lâm' });
    expect(article.organizers.map((o) => o.name)).toEqual(['Công đoàn ngành Y tế tỉnh']);
    expect(article.people).toHaveLength(1);
    expect(article.people[0]).toMatchObject({ name: 'Đặng Thị Yến', honorific: 'bà', role: 'Chủ tịch Công đoàn ngành Y tế tỉnh', organization: null });
    expect(article.quotes.map((q) => q.direct)).toEqual([true, false]);
    expect(article.messages.map((m) => m.text)).toEqual(['Sức khỏe là vốn quý nhất']);
    expect(article.captions.map((c) => c.text)).toEqual(['Ảnh: Công đoàn Y tế']);
  });

  it('points the evidence at the front-matter key', () => {
    const [evidence] = article.people[0].evidence;
    expect(evidence.rule).toBe('people.front-matter');
    expect(ARTICLE.slice(evidence.start, evidence.end)).toBe('people');
    expect(evidence.line).toBe(9);
    expect(article.evidence['event.date'][0].rule).toBe('event.front-matter');
  });

  it('still validates against the JSON Schema, evidence included', () => {
    const validate = new Ajv2020.default({ allErrors: true }).compile(articleSchema);
    expect(validate(articleData(article, { evidence: true })), JSON.stringify(validate.errors)).toBe(true);
  });
});
