/**
 * Minimal cues for spotting who speaks, used by the quotes extractor until the people
 * extractor's `resolvePerson` is available (then only SPEAKER_HEADS stays needed here).
 */

/** Forms of address and academic/military prefixes written before a name. */
export const SPEAKER_HONORIFICS: readonly string[] = [
  'ông', 'bà', 'anh', 'chị', 'cô', 'thầy', 'em', 'đồng chí', 'đ/c', 'các đồng chí',
  'GS.TS', 'GS. TS', 'GS.TS.', 'PGS.TS', 'PGS. TS', 'PGS.TS.', 'GS', 'PGS', 'TS', 'TS.', 'ThS', 'ThS.',
  'BS', 'LS', 'KS', 'NSƯT', 'NSND', 'NGƯT', 'NGND', 'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá',
  'Đại úy', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tướng', 'nhà báo', 'nhà văn', 'nhà thơ',
  'đạo diễn', 'nghệ sĩ', 'sinh viên', 'tân sinh viên', 'học sinh', 'kỹ sư', 'bác sĩ', 'luật sư', 'Đại sứ',
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
];

/** Pronouns that refer back to the last speaker. */
export const SPEAKER_PRONOUNS: readonly string[] = ['ông', 'bà', 'anh', 'chị', 'cô', 'thầy', 'em', 'ông ấy', 'bà ấy', 'người'];
