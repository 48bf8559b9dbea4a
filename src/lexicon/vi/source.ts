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
 * tổng hợp, compiled; "PV", "CTV", "BTV": reporter, contributor, editor).
 */
export const DESK_CODES: readonly string[] = ['th', 'th.', 'pv', 'ctv', 'btv', 'nhóm pv'];

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
