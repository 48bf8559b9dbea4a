/**
 * Date and time words: parts of the day, weekdays, relative days, lunar markers and the
 * context words that tell a date apart from a fraction, a score or a document number.
 */

/** Part-of-day words, as they precede a date ("Chiều 2/10") or a time. */
export const PARTS_OF_DAY: readonly string[] = ['sáng sớm', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya'];

/** Weekday words (day 0 = Sunday, as in Date#getUTCDay). */
export const WEEKDAYS: readonly (readonly [string, number])[] = [
  ['chủ nhật', 0], ['thứ hai', 1], ['thứ ba', 2], ['thứ tư', 3], ['thứ năm', 4], ['thứ sáu', 5], ['thứ bảy', 6],
  ['thứ 2', 1], ['thứ 3', 2], ['thứ 4', 3], ['thứ 5', 4], ['thứ 6', 5], ['thứ 7', 6], ['CN', 0],
];

/** Relative day words and their offset in days from the day of writing. */
export const RELATIVE_DAYS: readonly (readonly [string, number])[] = [
  ['hôm nay', 0], ['ngày hôm nay', 0], ['bữa nay', 0], ['hôm qua', -1], ['ngày hôm qua', -1], ['hôm kia', -2],
  ['ngày mai', 1], ['ngày kia', 2],
];

/** Words after a part of day that make it relative ("sáng nay", "chiều qua", "tối mai"). */
export const PART_OF_DAY_RELATIVE: readonly (readonly [string, number])[] = [['nay', 0], ['qua', -1], ['mai', 1]];

/** Words that mark a lunar (âm lịch) date when they follow it. */
export const LUNAR_MARKERS: readonly string[] = ['âm lịch', 'ÂL', 'AL', 'lịch âm'];

/** Words that open a lunar day ("mùng 10", "mồng 3", "rằm" = day 15). */
export const LUNAR_DAY_WORDS: readonly string[] = ['mùng', 'mồng'];

/** Lunar month names that are not numbers. */
export const LUNAR_MONTH_NAMES: readonly (readonly [string, number])[] = [
  ['giêng', 1], ['chạp', 12], ['một', 11],
];

/** Words right before a date that introduce it ("ngày", "hôm"); they make a bare "5-6" a date. */
export const DAY_WORDS: readonly string[] = ['ngày', 'hôm', 'mùng', 'mồng'];

/**
 * Words before a date that open or close a range ("từ 1/10 đến 7/10"); a dash joins a range
 * too ("1 – 7/10": the dashes are core/chars.ts SEPARATOR_DASHES).
 */
export const RANGE_OPENERS: readonly string[] = ['từ'];
export const RANGE_JOINERS: readonly string[] = ['đến', 'tới', 'và'];

/**
 * Words before a number pair that make it something other than a date when no day word
 * precedes it: document numbers, fractions, ratios.
 */
export const NOT_DATE_BEFORE: readonly string[] = [
  'số', 'nghị định', 'nghị quyết', 'quyết định', 'thông tư', 'chỉ thị', 'công văn', 'kế hoạch', 'luật',
  'tỷ lệ', 'tỉ lệ', 'khoảng', 'chiếm', 'đạt', 'hơn', 'gần', 'trên', 'dưới', 'tỷ số', 'tỉ số', 'thắng', 'thua', 'hòa',
  'phiên bản', 'version', 'lớp', 'phòng', 'km', 'quốc lộ', 'tỉnh lộ', 'đường',
  // places named after a day: "Quảng trường 24/3", "đường 3/2", "Bệnh viện 30/4"
  'quảng trường', 'phố', 'bệnh viện', 'cầu', 'công viên', 'sân vận động', 'nhà máy', 'xí nghiệp', 'chợ', 'trường',
];

/** Words before "ngày" that make it a count of days: "mỗi ngày 3-4 lần". */
export const NOT_DAY_WORD_BEFORE: readonly string[] = ['mỗi', 'vài', 'mấy', 'hằng', 'hàng'];

/** Words right after a number pair that make it a fraction, a score or a count. */
export const NOT_DATE_AFTER: readonly string[] = [
  'điểm', 'trong số', 'số', 'phần', 'bàn', 'trận', 'người', 'học sinh', 'sinh viên', 'đội', 'tiêu chí',
  'xã', 'huyện', 'tỉnh', 'câu', 'sao', 'lần', 'tổng số', 'giải', 'thành viên',
];

/**
 * Words before a year that name a lunar new year ("đón Tết Nguyên đán 2026", "Xuân Bính Ngọ
 * 2026"): its events fall in the last months of the year before and the first of that year.
 */
export const NEW_YEAR_WORDS: readonly string[] = ['tết', 'tết nguyên đán', 'tết cổ truyền', 'tết dương lịch', 'xuân', 'năm mới'];

/** The ten heavenly stems and twelve earthly branches that name a lunar year ("Quý Mão": 2023), in cycle order. */
export const YEAR_STEMS: readonly string[] = ['giáp', 'ất', 'bính', 'đinh', 'mậu', 'kỷ', 'canh', 'tân', 'nhâm', 'quý'];
export const YEAR_BRANCHES: readonly (readonly string[])[] = [
  ['tý'], ['sửu'], ['dần'], ['mão', 'mẹo'], ['thìn'], ['tỵ', 'tị'], ['ngọ'], ['mùi'], ['thân'], ['dậu'], ['tuất'], ['hợi'],
];

/** Words before a year that make it a plan, a period end or a past (a birth, a founding), not the time of writing. */
export const FUTURE_YEAR_BEFORE: readonly string[] = [
  'đến năm', 'tới năm', 'tầm nhìn', 'tầm nhìn đến năm', 'trước năm', 'sinh năm', 'từ năm', 'năm sinh',
  'thành lập năm', 'thành lập vào năm', 'ra đời năm', 'ra đời vào năm',
];

/** Words right before an entry of FUTURE_YEAR_BEFORE that make it none ("Giáng sinh năm 2025": Christmas, no birth). */
export const NOT_FUTURE_YEAR_BEFORE: readonly string[] = ['giáng'];

/**
 * Words before a year range that names a student's years of study ("cựu sinh viên (niên khóa
 * 2000 - 2004)"): a past of somebody's, neither of its years the report's.
 */
export const COHORT_BEFORE_RANGE: readonly string[] = ['niên khóa'];

/**
 * Words before a year range that names a term of office ("nhiệm kỳ 2024-2029"): the event
 * opens the term, and the range's last year is not its year.
 */
export const TERM_BEFORE_RANGE: readonly string[] = ['nhiệm kỳ'];

/**
 * A body's sittings within its term, numbered from the term's first ("kỳ họp thứ 12 … nhiệm
 * kỳ 2021 - 2026", "phiên họp thường kỳ lần thứ 27"): a later sitting is not held in the
 * term's first year, so that year dates nothing in its sentence.
 */
export const SITTING_WORDS: readonly string[] = ['kỳ họp', 'phiên họp'];

/** Ordinals of the first sitting of a term ("kỳ họp thứ nhất", "thứ I"): it opens the term, in its first year. */
export const FIRST_ORDINALS: readonly string[] = ['nhất', '1', 'i', 'đầu tiên'];

/**
 * Words before a year range that names a period of a plan or a programme ("chương trình
 * phối hợp giai đoạn 2026-2030"): its years say what the period covers, not when the report
 * happened, and give way to any other year of their sentence.
 */
export const PERIOD_BEFORE_RANGE: readonly string[] = ['giai đoạn', 'thời kỳ'];

/** Words that make a sentence a plan: the bare years in it are not the time of writing. */
export const FUTURE_MARKERS: readonly string[] = [
  'sẽ', 'dự kiến', 'phấn đấu', 'mục tiêu', 'kế hoạch', 'tầm nhìn', 'định hướng', 'lộ trình', 'dự báo', 'đặt mục tiêu',
];

/** Words that open with a plan word and name no plan: "kế hoạch hóa gia đình" (family planning, a field). */
export const NOT_FUTURE_MARKERS: readonly string[] = ['kế hoạch hóa', 'kế hoạch hoá'];

/**
 * Days the country keeps, with the year each is counted from: "kỷ niệm 56 năm Chiến thắng
 * Điện Biên Phủ" is held in 2010, "33 năm ngày Nhà giáo Việt Nam" in 2015. Read only when
 * the text gives no year of its own. Lower case; the words of ANNIVERSARY_FILLERS may stand
 * between "N năm" and the name.
 */
export const ANNIVERSARY_BASES: readonly (readonly [string, number])[] = [
  ['chiến thắng điện biên phủ', 1954],
  ['nhà giáo việt nam', 1982],
  ['giải phóng miền nam', 1975],
  ['giải phóng hoàn toàn miền nam', 1975],
  ['cách mạng tháng tám', 1945],
  ['quốc khánh', 1945],
  ['đảng cộng sản việt nam', 1930],
  ['quân đội nhân dân việt nam', 1944],
  ['đoàn tncs hồ chí minh', 1931],
  ['đoàn thanh niên cộng sản hồ chí minh', 1931],
  ['hội liên hiệp phụ nữ việt nam', 1930],
  ['thương binh - liệt sĩ', 1947],
  ['thương binh liệt sĩ', 1947],
  ['công an nhân dân', 1945],
  ['thầy thuốc việt nam', 1955],
  ['báo chí cách mạng việt nam', 1925],
  ['mặt trận tổ quốc việt nam', 1930],
  ['bộ đội biên phòng', 1959],
  ['biên phòng toàn dân', 1959],
  ['công đoàn việt nam', 1929],
  ['hội nông dân việt nam', 1930],
  ['hội cựu chiến binh việt nam', 1989],
  ['doanh nhân việt nam', 2004],
  ['thể thao việt nam', 1946],
  ['sinh chủ tịch hồ chí minh', 1890],
  ['báo chí cách mạng', 1925],
  ['quốc tế phụ nữ', 1910],
  ['quốc tế người cao tuổi', 1991],
  ['khởi nghĩa hai bà trưng', 40],
  ['giải phóng thủ đô', 1954],
  ['toàn quốc kháng chiến', 1946],
  ['hội chữ thập đỏ việt nam', 1946],
  ['hội liên hiệp thanh niên việt nam', 1956],
  ['gia đình việt nam', 2001],
];

/** Words between "N năm" and a kept day's name ("56 năm ngày thành lập Quân đội nhân dân Việt Nam"). */
export const ANNIVERSARY_FILLERS: readonly string[] = ['ngày', 'thành lập', 'truyền thống', 'kỷ niệm', 'kỉ niệm', 'lực lượng'];

/** Words before "N năm" that make it an anniversary, counted from the first year of history the text gives. */
export const ANNIVERSARY_WORDS: readonly string[] = ['kỷ niệm', 'kỉ niệm', 'chào mừng', 'hướng tới'];
