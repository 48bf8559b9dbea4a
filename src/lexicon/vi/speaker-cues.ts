/**
 * Cues for spotting who speaks (src/extract/speakers.ts): forms of address, family names,
 * words that open an unnamed speaker phrase, and words that rule a name out.
 */

/** Forms of address and academic/military prefixes written before a name. */
export const SPEAKER_HONORIFICS: readonly string[] = [
  'ông', 'bà', 'anh', 'chị', 'cô', 'thầy', 'em', 'đồng chí', 'đ/c', 'các đồng chí',
  'GS.TS', 'GS. TS', 'GS.TS.', 'PGS.TS', 'PGS. TS', 'PGS.TS.', 'GS', 'PGS', 'TS', 'TS.', 'ThS', 'ThS.',
  'BS', 'LS', 'KS', 'NSƯT', 'NSND', 'NGƯT', 'NGND', 'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá',
  'Đại úy', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tướng', 'nhà báo', 'nhà văn', 'nhà thơ',
  'đạo diễn', 'nghệ sĩ', 'sinh viên', 'tân sinh viên', 'học sinh', 'kỹ sư', 'bác sĩ', 'luật sư',
  'Giáo sư', 'Phó Giáo sư', 'Tiến sĩ', 'Thạc sĩ',
];

/** Common Vietnamese family names: a bare run of capitalised syllables starting with one is a name. */
export const SURNAMES: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ',
  'Ngô', 'Dương', 'Lý', 'Mai', 'Đoàn', 'Tô', 'Trịnh', 'Đinh', 'Lâm', 'Lưu', 'Thạch', 'Tống', 'Hà',
  'Đào', 'Cao', 'Tạ', 'Chu', 'Lương', 'Kiều', 'Quách', 'Phùng', 'Triệu', 'Thái', 'Tiền', 'Nông',
  'Mạch', 'Sử', 'La', 'Khổng', 'Âu', 'Lại', 'Châu', 'Giang', 'Diệp', 'Từ', 'Vương', 'Thân', 'Kim',
  'Tăng', 'Mạc', 'Doãn', 'Lò', 'Hứa', 'Văn', 'Ninh', 'Khúc', 'Đàm', 'Vi', 'Quan', 'Bạch', 'Lã',
];

/**
 * Words that may open a speaker phrase written without a name: titles, collective bodies,
 * organisations ("Giám đốc Sở X", "đại diện lãnh đạo Vụ Y", "Hội nghị", "Ban tổ chức").
 */
export const SPEAKER_HEADS: readonly string[] = [
  'ông', 'bà', 'đại diện', 'lãnh đạo', 'giới', 'chuyên gia', 'các chuyên gia', 'nhiều chuyên gia',
  'đồng chí', 'người phát ngôn', 'phát ngôn viên', 'đại biểu', 'các đại biểu', 'nhiều đại biểu',
  'ban', 'hội đồng', 'cuộc họp', 'hội nghị', 'hội thảo', 'buổi làm việc', 'đoàn', 'đoàn công tác',
  'giám đốc', 'tổng giám đốc', 'chủ tịch', 'bí thư', 'thứ trưởng', 'bộ trưởng', 'hiệu trưởng',
  'đại sứ', 'thị trưởng', 'chủ nhiệm', 'viện trưởng', 'vụ trưởng', 'cục trưởng', 'tổng cục trưởng',
  'chánh', 'trưởng', 'phó', 'tổng', 'thủ tướng', 'chủ tịch nước', 'tổng bí thư', 'người đứng đầu',
  'sở', 'bộ', 'ubnd', 'ủy ban', 'uỷ ban', 'công ty', 'tập đoàn', 'trường', 'đại học', 'viện', 'hội',
  'liên đoàn', 'tổ chức', 'cơ quan', 'chính phủ', 'quốc hội', 'báo cáo', 'đại sứ quán', 'cục', 'vụ',
  'phòng', 'trung tâm', 'nhà trường', 'thầy', 'cô', 'tác giả', 'đạo diễn', 'nhà báo', 'luật sư',
  'bác sĩ', 'giáo sư', 'tiến sĩ', 'thượng tướng', 'trung tướng', 'thiếu tướng', 'đại tá',
  'người dân', 'nhiều người dân', 'phụ huynh', 'nhiều phụ huynh', 'du khách', 'nhiều du khách',
  'học sinh', 'sinh viên', 'giáo viên', 'nhiều giáo viên', 'doanh nghiệp', 'nhiều doanh nghiệp',
];

/**
 * Words before a capitalised run that make it the name of a place or institution, not a
 * person ("Trường THPT Lê Quý Đôn", "đường Trần Phú"). Not the administrative units
 * (tỉnh, huyện, xã …): "Chủ tịch UBND tỉnh Lê Văn A" names a person after them.
 */
export const NAMED_PLACE_WORDS: readonly string[] = [
  'trường', 'đại học', 'học viện', 'THPT', 'THCS', 'tiểu học', 'mầm non', 'bệnh viện', 'công ty',
  'đường', 'phố', 'làng', 'thôn', 'ấp', 'chùa', 'đền', 'khu', 'nhà văn hóa', 'quảng trường',
  'công viên', 'cầu', 'sông', 'núi', 'lăng', 'bảo tàng', 'giải', 'cúp', 'quỹ', 'tập đoàn', 'phim',
  'sách', 'tác phẩm',
];

/** Words that make a title another one ("Phó Giám đốc" is not "Giám đốc"). */
export const TITLE_MODIFIERS: readonly string[] = ['phó', 'tổng', 'quyền'];

/** Pronouns that refer back to the last speaker. */
export const SPEAKER_PRONOUNS: readonly string[] = ['ông', 'bà', 'anh', 'chị', 'cô', 'thầy', 'em', 'ông ấy', 'bà ấy', 'người'];

/** Words that open another person's mention inside a list ("A – Giám đốc X và bà B"). */
export const NEXT_PERSON_WORDS: readonly string[] = ['và', 'cùng', 'với', 'ông', 'bà', 'anh', 'chị', 'đồng chí'];
