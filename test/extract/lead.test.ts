import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/pipeline.js';

const BODY = 'Sáng 3/4, Hội Nông dân huyện Yên Thành tổ chức hội thi nhà nông đua tài năm 2024 với sự tham gia của 12 đội thi đến từ các xã trong huyện.';
const BODY2 = 'Hội thi nhằm tuyên truyền kiến thức khoa học kỹ thuật, giúp hội viên nông dân áp dụng vào sản xuất và nâng cao thu nhập cho gia đình.';
const lead = (...lines: string[]) => parseArticle(['Nhà nông đua tài ở Yên Thành', ...lines].join('\n'), { path: 'a.txt' }).lead;

describe('lead', () => {
  it('is the first paragraph', () => {
    expect(lead(BODY, BODY2)).toBe(BODY);
  });

  it('passes over publication stamps and counts under the headline', () => {
    expect(lead('12/03/2024 08:15 GMT+7', BODY, BODY2)).toBe(BODY);
    expect(lead('Cập nhật: 12/03/2024', 'Lượt xem: 1.208', BODY, BODY2)).toBe(BODY);
    expect(lead('Diệu Linh 12/03/2024 - 08:15', BODY, BODY2)).toBe(BODY);
    expect(lead('Thứ tư, 13/03/2024', BODY, BODY2)).toBe(BODY);
  });

  it('passes over the headline said again above the text', () => {
    expect(lead('12/03/2024 08:15', 'Nhà nông đua tài ở Yên Thành', BODY, BODY2)).toBe(BODY);
    expect(lead('NHÀ NÔNG ĐUA TÀI Ở YÊN THÀNH', BODY, BODY2)).toBe(BODY);
  });

  it('keeps a first paragraph that only opens with a date', () => {
    const dated = 'Ngày 13/3/2024, hội thi nhà nông đua tài khai mạc.';
    expect(lead(dated, BODY2)).toBe(dated);
  });
});
