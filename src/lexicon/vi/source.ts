/** Cues for the credited outlet ("theo báo …", "Nguồn: …") and the byline. */

/** Labels that introduce the outlet ("Nguồn: VnExpress", "Theo VOV"). */
export const SOURCE_LABELS: readonly string[] = ['nguồn', 'nguồn tin', 'theo', 'trích nguồn'];

/** Kinds of outlet dropped from the name ("theo báo Giáo dục & Thời đại" → "Giáo dục & Thời đại"). */
export const OUTLET_KIND_WORDS: readonly string[] = ['báo', 'báo điện tử', 'trang tin', 'trang'];

/** Labels that introduce the byline ("Tác giả: …", "Tin-ảnh: …"). */
export const AUTHOR_LABELS: readonly string[] = [
  'tác giả', 'tin-ảnh', 'tin - ảnh', 'tin, ảnh', 'tin và ảnh', 'tin ảnh', 'bài và ảnh', 'bài, ảnh',
  'bài-ảnh', 'bài', 'tin', 'nhóm phóng viên', 'phóng viên', 'pv', 'ctv', 'bài viết', 'người viết', 'thực hiện',
];

/**
 * Codes closing a byline that name the writer's desk or role, not an outlet ("Lê Mai TH":
 * tổng hợp, compiled; "PV", "CTV", "BTV": reporter, contributor, editor; "BBT": the editorial board).
 */
export const DESK_CODES: readonly string[] = ['th', 'th.', 'pv', 'ctv', 'btv', 'nhóm pv', 'bbt', 'bbt.'];

/**
 * Labels of a publication line under the headline ("Cập nhật: 25/09/2019", "Ngày đăng: 22 tháng 4
 * 2021", "Lượt xem: 654"): with a date, a time or a count after them, the line is no text.
 */
export const STAMP_LABELS: readonly string[] = [
  'cập nhật', 'cập nhật lúc', 'cập nhật ngày', 'ngày cập nhật', 'ngày đăng', 'đăng lúc', 'đăng ngày', 'ngày phát hành',
  'thời gian đăng', 'lượt xem', 'lượt đọc', 'lượt truy cập',
];

/** Weekdays opening a publication stamp ("Thứ Ba 08:15 04/03/2025", "Thứ 5, 12/6/2025"): no byline. */
export const STAMP_WEEKDAYS: readonly string[] = [
  'chủ nhật', 'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'thứ 2', 'thứ 3', 'thứ 4', 'thứ 5', 'thứ 6', 'thứ 7', 'cn',
];

/** Page sections and labels set off by a dash like an outlet ("Trực tiếp - Ngày 9-4, …"): no outlet. */
export const SECTION_TAGS: readonly string[] = [
  'trực tiếp', 'tin nóng', 'tin mới', 'tin ảnh', 'phóng sự ảnh', 'thời sự', 'xã hội', 'chính trị', 'kinh tế',
  'văn hóa', 'giáo dục', 'thể thao', 'pháp luật', 'tin tức', 'sự kiện', 'tin trong nước', 'tin địa phương',
];

/**
 * The outlet's own reporters and contributors: their code opens a closing line before the
 * outlet ("CTV Đài X"); one abroad files a lead for the agency ("Theo phóng viên TTXVN tại
 * Bắc Kinh, …"); what they saw is the report's narration, nobody's statement ("Theo ghi
 * nhận của PV Thanh Niên, …").
 */
export const CONTRIBUTOR_CODES: readonly string[] = ['ctv', 'pv', 'p.v', 'btv', 'nhóm pv', 'phóng viên', 'cộng tác viên'];

/** Words an outlet's name opens with ("Đài X", "Báo X", "Tạp chí X"). */
export const OUTLET_HEADS: readonly string[] = ['đài', 'báo', 'báo điện tử', 'tạp chí', 'truyền hình', 'cổng thông tin điện tử', 'trang thông tin điện tử'];

/**
 * The outlet addressing its readers ("Báo X gửi đến bạn đọc một số hình ảnh …", "Đài X xin
 * giới thiệu tới quý độc giả …"): a verb of sending or presenting, then its readers.
 */
export const READER_ADDRESS_VERBS: readonly string[] = ['gửi đến', 'gửi tới', 'giới thiệu đến', 'giới thiệu tới', 'giới thiệu với'];
/** Courtesy words before that verb ('xin gửi đến', 'trân trọng giới thiệu tới'). */
export const COURTESY_WORDS: readonly string[] = ['xin', 'trân trọng', 'xin trân trọng', 'kính'];
export const READERS: readonly string[] = ['bạn đọc', 'độc giả', 'quý độc giả', 'quý bạn đọc'];

/**
 * National outlets whose names are common words, as their signature closes an article on a
 * line of its own ("Giao Thông", "Tuổi Trẻ"): bare, such a line reads as a writer's name
 * unless the outlet is known. Names no person bears; lower case.
 */
export const KNOWN_OUTLETS: readonly string[] = [
  'giao thông', 'tuổi trẻ', 'thanh niên', 'nhân dân', 'lao động', 'người lao động', 'tiền phong', 'dân trí', 'dân việt',
  'pháp luật', 'công an nhân dân', 'quân đội nhân dân', 'đại đoàn kết', 'sài gòn giải phóng', 'hà nội mới', 'đầu tư',
  'kinh tế & đô thị', 'đời sống & pháp luật', 'sức khỏe & đời sống', 'tri thức trẻ', 'vietnamplus', 'vnexpress',
];
