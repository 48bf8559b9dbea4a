import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/pipeline.js';

const organizers = (...lines: string[]) =>
  parseArticle(['Tiêu đề bài viết thử', ...lines].join('\n'), { path: 't.txt' }).organizers.map((o) => o.name);

describe('organizers: chains the subject rule reads past', () => {
  it('reads past a bracketed aside between the organiser and the verb', () => {
    expect(organizers('Tối 4-5, tại Đà Lạt, Báo Văn hóa Cao Nguyên (Sở Văn hóa tỉnh Lâm Hà) đã tổ chức Lễ trao giải Ánh Trăng năm 2025.'))
      .toEqual(['Báo Văn hóa Cao Nguyên']);
  });

  it('ends a chain at an unnamed group of partners before the verb', () => {
    expect(organizers('Sáng 9-6, Báo Sông Mã phối hợp với Công ty Cổ phần Hòa Phong cùng các cơ quan, đơn vị xã Tân Lạc tổ chức lễ khởi công nhà văn hóa.'))
      .toEqual(['Báo Sông Mã', 'Công ty Cổ phần Hòa Phong']);
  });

  it('does not end a chain at a group no organising verb follows', () => {
    expect(organizers('Báo Sông Mã phối hợp với các đơn vị xã Tân Lạc trong nhiều năm.', 'Ngày 9-6, Công ty Hòa Phong tổ chức lễ khởi công.'))
      .toEqual(['Công ty Hòa Phong']);
  });
});
