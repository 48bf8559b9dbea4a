/**
 * Minimal cues for spotting who speaks, used by the quotes extractor until the people
 * extractor's `resolvePerson` is available (then only SPEAKER_WORDS stays needed here).
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

/** Lower-case words that may open a speaker phrase written without a name. */
export const SPEAKER_WORDS: readonly string[] = [
  'ông', 'bà', 'đại diện', 'lãnh đạo', 'giới', 'đồng chí', 'các', 'nhiều', 'một số', 'chuyên gia',
  'người', 'phía', 'ban', 'hội đồng', 'thầy', 'cô', 'anh', 'chị', 'em',
];

/** Pronouns that refer back to the last speaker. */
export const SPEAKER_PRONOUNS: readonly string[] = ['ông', 'bà', 'anh', 'chị', 'cô', 'thầy', 'em', 'ông ấy', 'bà ấy', 'người'];
