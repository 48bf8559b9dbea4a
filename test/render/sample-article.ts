/**
 * A realistic, fully filled article (invented event, people and outlet) for render tests,
 * built by hand so the renderers are tested before and independently of the extractors.
 */
import { createArticle, type Article } from '../../src/model/article.js';
import { renderInput, type RenderInput } from '../../src/render/release.js';

const ev = (rule: string) => [{ rule, start: 0, end: 1, line: 1, column: 1 }];

export function sampleArticle(): Article {
  const a = createArticle('fixtures/render/le-phat-dong.txt');
  a.title = 'Phát động Tuần lễ hưởng ứng học tập suốt đời tỉnh Lâm Hà năm 2024';
  a.lead = 'Sáng 2/10/2024, tại Nhà văn hóa Thanh niên tỉnh, Sở Giáo dục và Đào tạo tỉnh Lâm Hà phối hợp với Hội Khuyến học tỉnh tổ chức Lễ phát động Tuần lễ hưởng ứng học tập suốt đời năm 2024.';
  a.source = { name: 'Lâm Hà Ngày Nay', author: 'Đỗ Minh Khang', url: 'https://lamhangaynay.example.vn/bai/tuan-le-hoc-tap' };
  a.event = {
    name: 'Lễ phát động Tuần lễ hưởng ứng học tập suốt đời năm 2024',
    type: 'phát động',
    theme: 'Học tập suốt đời – chìa khóa mở cửa tương lai',
    date: '2024-10-02',
    endDate: '2024-10-08',
    time: '08:30',
    location: 'Nhà văn hóa Thanh niên tỉnh, Lâm Hà',
  };
  a.organizers = [
    { name: 'Sở GD&ĐT tỉnh Lâm Hà', expanded: 'Sở Giáo dục và Đào tạo tỉnh Lâm Hà', evidence: ev('organizers.subject-verb') },
    { name: 'Hội Khuyến học tỉnh', expanded: null, evidence: ev('organizers.co-organiser') },
  ];
  a.people = [
    { name: 'Hoàng Văn Tùng', honorific: 'ông', role: 'Phó Chủ tịch UBND tỉnh Lâm Hà', organization: 'UBND tỉnh Lâm Hà', evidence: ev('people.honorific-dash-role') },
    { name: 'Lý Thị Thu Hà', honorific: 'bà', role: 'Giám đốc Sở GD&ĐT', organization: 'Sở GD&ĐT', evidence: ev('people.honorific-dash-role') },
    { name: 'Vũ Đức Thịnh', honorific: 'PGS.TS.', role: null, organization: null, evidence: ev('people.honorific-name') },
  ];
  a.messages = [
    { text: 'Mỗi người dân là một công dân học tập', evidence: ev('messages.quoted-span') },
    { text: 'Học tập suốt đời – chìa khóa mở cửa tương lai', evidence: ev('messages.quoted-span') },
  ];
  a.quotes = [
    { speaker: 'Hoàng Văn Tùng', role: 'Phó Chủ tịch UBND tỉnh Lâm Hà', text: 'Không có giới hạn tuổi nào cho việc học, mỗi cơ quan, mỗi gia đình cần trở thành một môi trường học tập.', direct: true, evidence: ev('quotes.direct') },
    { speaker: 'Lý Thị Thu Hà', role: 'Giám đốc Sở GD&ĐT', text: 'năm nay toàn tỉnh có hơn 120 trung tâm học tập cộng đồng tham gia tuần lễ', direct: false, evidence: ev('quotes.reported') },
  ];
  a.captions = [
    { text: 'Các đại biểu bấm nút phát động Tuần lễ.', evidence: ev('captions.short-line') },
    { text: 'Ảnh: Minh Khang', evidence: ev('captions.photo-credit') },
  ];
  return a;
}

export function sampleInput(): RenderInput {
  return renderInput(sampleArticle(), {
    body: [
      { heading: false, markdown: 'Tuần lễ diễn ra từ ngày 2 đến 8/10 với nhiều hoạt động tại 120 trung tâm học tập cộng đồng.' },
      { heading: true, markdown: 'Nhiều mô hình hay' },
      { heading: false, markdown: 'Các thư viện trường học mở cửa cả ngày thứ Bảy để phục vụ phụ huynh và học sinh.' },
    ],
    contact: 'Phòng Truyền thông Sở GD&ĐT – ĐT: 0263 3 777 888 – Email: truyenthong@sogd-lamha.example.vn',
    about: 'Sở GD&ĐT tỉnh Lâm Hà là cơ quan chuyên môn thuộc UBND tỉnh, tham mưu về giáo dục và đào tạo.',
  });
}
