/**
 * Cues for spotting who speaks (src/extract/speakers.ts): extra forms of address, words
 * that open an unnamed speaker phrase, and words that rule a name out. Family names come
 * from names.ts, forms of address from honorifics.ts.
 */
import { ACADEMIC_TITLES, HONORIFICS, RANKS } from './honorifics.js';

/** Every word that may stand before a speaker's name: the shared honorifics and a few more. */
export const SPEAKER_HONORIFICS: readonly string[] = [
  ...HONORIFICS, ...ACADEMIC_TITLES, ...RANKS, 'đ/c', 'các đồng chí', 'đạo diễn', 'tân sinh viên',
];

/**
 * Members of the public who speak as a group ("Người dân cho biết …"): they speak for
 * themselves, never for an official whose post the words around him hold ("… chủ trì buổi
 * tiếp công dân").
 */
export const SPEAKER_GROUPS: readonly string[] = [
  'người dân', 'nhiều người dân', 'phụ huynh', 'nhiều phụ huynh', 'du khách', 'nhiều du khách',
  'học sinh', 'nhiều học sinh', 'sinh viên', 'nhiều sinh viên', 'giáo viên', 'nhiều giáo viên', 'doanh nghiệp', 'nhiều doanh nghiệp',
  // Voters and candidates at a meeting with deputies ("Cử tri xã X đề nghị …", "các ứng cử viên khẳng định …"),
  // citizens a leader receives ("Công dân đề nghị …").
  'cử tri', 'các cử tri', 'nhiều cử tri', 'ứng cử viên', 'các ứng cử viên', 'công dân', 'nhiều công dân',
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
  // Standing committees and party committees ("Thường trực HĐND tỉnh đánh giá cao …").
  'thường trực', 'hđnd', 'hội đồng nhân dân', 'tỉnh ủy', 'huyện ủy', 'thành ủy', 'đảng ủy', 'mặt trận',
  'bác sĩ', 'giáo sư', 'tiến sĩ', 'thượng tướng', 'trung tướng', 'thiếu tướng', 'đại tá',
  // Units of the armed forces and the police ("Đồn Biên phòng X cho biết, …").
  'công an', 'bộ chỉ huy', 'bộ tư lệnh', 'biên phòng', 'đồn biên phòng', 'bộ đội biên phòng', 'cảnh sát biển', 'vùng cảnh sát biển',
  ...SPEAKER_GROUPS,
];

/**
 * Bodies and meetings whose names go on with a verb ("Hội đồng đánh giá, phân hạng sản
 * phẩm …", "Hội nghị đánh giá …"): written bare right before a speech verb, the verb is the
 * rest of the name, not what the body said ("Cuộc họp đã khẳng định …" still speaks).
 */
export const NAMED_BY_VERB_HEADS: readonly string[] = ['hội đồng', 'hội nghị', 'hội thảo', 'cuộc họp', 'ban', 'đoàn', 'tổ'];

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
  // Streets and junctions ("ở vòng xoay Nguyễn Văn Cừ"), a scholarship named after its donor ("học bổng Nguyễn Thái Bình").
  'vòng xoay', 'ngã tư', 'ngã ba', 'ngã sáu', 'ngõ', 'hẻm', 'kiệt', 'đại lộ', 'học bổng',
];

/**
 * Common words ending in one of NAMED_PLACE_WORDS that name no place: "Sở Tài nguyên và Môi
 * trường Nguyễn Văn A" is a director's title and his name, not a school "Trường Nguyễn Văn A".
 */
export const NAMED_PLACE_WORD_COMPOUNDS: readonly string[] = [
  'môi trường', 'thị trường', 'hiện trường', 'lập trường', 'thương trường', 'yêu cầu', 'nhu cầu', 'toàn cầu',
  'chính sách', 'danh sách', 'nông thôn',
];

/** Words that make a title another one ("Phó Giám đốc" is not "Giám đốc"). */
export const TITLE_MODIFIERS: readonly string[] = ['phó', 'tổng', 'quyền'];

/**
 * Title modifiers that open no name: after a form of address they open a title ("đồng chí
 * Phó Chủ tịch HĐND tỉnh", no person "Phó Chủ"). Not "quyền", a given name too.
 */
export const NAMELESS_TITLE_MODIFIERS: readonly string[] = ['phó', 'tổng'];

/** Pronouns that refer back to the last speaker. */
export const SPEAKER_PRONOUNS: readonly string[] = [
  'ông', 'bà', 'anh', 'chị', 'cô', 'thầy', 'em', 'ông ấy', 'bà ấy', 'người', 'đồng chí',
  // An elder, an uncle ("Cụ Nguyễn Thị Em … Cụ cho biết: …"); not "Bác", which names Hồ Chí Minh.
  'cụ', 'chú',
];

/**
 * Relatives, opening an apposition after a name ("Anh A, con trai đại tá B và là cháu nội của
 * C, tâm sự: …"): the names in it are the relatives', and the name before it is the subject's.
 * In lower case, as appositions write them; not "cha" alone, a priest's title too ("cha xứ").
 */
export const RELATIVE_NOUNS: readonly string[] = [
  'con trai', 'con gái', 'con', 'con rể', 'con dâu', 'cháu', 'cháu nội', 'cháu ngoại', 'cháu trai', 'cháu gái', 'chắt',
  'vợ', 'chồng', 'mẹ', 'cha đẻ', 'cha ruột', 'bố', 'em trai', 'em gái', 'anh trai', 'chị gái', 'hậu duệ', 'thân nhân', 'người nhà',
];

/** Words that open another person's mention inside a list ("A – Giám đốc X và bà B"). */
export const NEXT_PERSON_WORDS: readonly string[] = ['và', 'cùng', 'với', 'ông', 'bà', 'anh', 'chị', 'đồng chí'];
