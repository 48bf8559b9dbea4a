/**
 * Words that stand before a personal name: forms of address, academic and professional
 * prefixes, military and police ranks, artistic titles. Entries are written as in text;
 * a trailing full stop is optional when matching ("TS." and "TS" are the same entry).
 */

/** Forms of address ("ông Trần Văn A"); also used for short later mentions ("ông A"). */
export const HONORIFICS: readonly string[] = [
  'ông', 'bà', 'anh', 'chị', 'em', 'cô', 'thầy', 'cụ', 'đồng chí', 'đ/c', 'ngài', 'quý ông', 'quý bà',
  'Mr', 'Mrs', 'Ms', 'cháu', 'chú', 'cô giáo', 'thầy giáo', 'bạn',
];

/**
 * Collective nouns of kin whose second word is a form of address ("con cháu Lạc Hồng",
 * "các cô chú"): there it addresses nobody, and what follows is no person's name.
 */
export const KIN_COMPOUNDS: readonly string[] = ['con cháu', 'cháu con', 'cô chú', 'cô bác', 'chú bác'];

/** Nouns a title opens that name no person ("Nhà Văn hóa Khoa học": a culture house, not a writer). */
export const TITLE_COMPOUNDS: readonly string[] = ['nhà văn hóa', 'nhà văn hoá'];

/**
 * Words that introduce a person without being a form of address or a position ("tác giả A"),
 * and those that open a list of people named bare ("gồm A, B và C", "có sự tham dự của A").
 */
export const NAME_CUES: readonly string[] = [
  'tác giả', 'Tác giả', 'phu nhân', 'Phu nhân', 'phu quân', 'Phu quân',
  'gồm', 'gồm có', 'sự tham dự của', 'sự tham gia của', 'sự có mặt của', 'sự chứng kiến của',
  // Who stands for a body or takes the places listed: "có ba đại diện là A, B và C", "lần lượt là A và B".
  'đại diện là', 'lần lượt là',
];

/**
 * Words before a bare full name and its aside in brackets that make it a person's: a copula
 * naming who holds a place ("tay đua về ba là Nguyễn Cao Kỳ (Sư đoàn 5)", "học sinh của trường
 * là Lê Thụy Yến Nhi (lớp 12A5)"), and "của" before a work's author ("sơn dầu của Hà Phước Duy
 * (tỉnh Long An)").
 */
export const NAME_ASIDE_CUES: readonly string[] = ['là', 'của'];

/**
 * Words after a bare full name and its comma that tell a pupil's class ("Lê Văn An, lớp 9A,
 * Trường THCS X"): in a list of prize-winners the name is a person's, with no form of address.
 */
export const CLASS_WORDS: readonly string[] = ['lớp'];

/**
 * Words right before a bare full name that hold its bearer up as an example ("học tập và
 * làm theo tấm gương đạo đức Hồ Chí Minh", "noi gương Võ Thị Sáu"): the name is a person's.
 */
export const EXEMPLAR_WORDS: readonly string[] = ['tấm gương', 'noi gương', 'gương', 'đạo đức'];

/** Quantifiers that make an honorific plural: "các ông A, B và bà C". */
export const PLURAL_MARKERS: readonly string[] = ['các', 'hai', 'ba', 'bốn', 'những', 'cùng các'];

/**
 * Academic, professional and artistic prefixes, abbreviated or spelled out. They chain
 * ("PGS.TS.", "GS. TS", "ThS. BS") and belong to the honorific, not the role.
 */
export const ACADEMIC_TITLES: readonly string[] = [
  'GS.TSKH', 'GS.TS', 'PGS.TS', 'PGS.TSKH', 'GS', 'PGS', 'TSKH', 'TS', 'ThS', 'Th.S', 'BS', 'BSCKII', 'BSCKI', 'BSCK II', 'BSCK I',
  'BS.CKII', 'BS.CKI', 'CKII', 'CKI', 'KS', 'CN', 'LS', 'DS', 'NSND', 'NSƯT', 'NGND', 'NGƯT', 'NNƯT', 'NNND',
  'TTND', 'TTƯT', 'Nghệ nhân Nhân dân', 'Nghệ nhân Ưu tú', 'nghệ nhân ưu tú', 'nghệ nhân nhân dân',
  'Nhà giáo Nhân dân', 'Nhà giáo Ưu tú', 'Nghệ sĩ Nhân dân', 'Nghệ sĩ Ưu tú', 'Thầy thuốc Nhân dân',
  'Thầy thuốc Ưu tú', 'Anh hùng Lao động', 'Anh hùng lực lượng vũ trang', 'Giáo sư', 'Phó Giáo sư', 'Viện sĩ', 'Tiến sĩ',
  'Thạc sĩ', 'Bác sĩ', 'Dược sĩ', 'Kỹ sư', 'Cử nhân', 'Luật sư', 'Nhà báo', 'Nhà văn', 'Nhà thơ', 'Nhạc sĩ',
  'Họa sĩ', 'Đại đức', 'Thượng tọa', 'Hòa thượng', 'Linh mục', 'Mục sư', 'Ni sư', 'Sư thầy', 'Sư cô', 'Ni trưởng', 'giáo sư', 'phó giáo sư',
  // A monk's rank abbreviated ('ĐĐ.Thích …'; not 'TT', a town's 'thị trấn'), and the senior monks' 'Trưởng lão' before theirs.
  'ĐĐ', 'Trưởng lão',
  'tiến sĩ', 'thạc sĩ', 'bác sĩ', 'dược sĩ', 'luật sư', 'kỹ sư',
  // The same with the older "-sỹ" spelling.
  'Tiến sỹ', 'Thạc sỹ', 'Bác sỹ', 'Dược sỹ', 'Nhạc sỹ', 'Họa sỹ', 'tiến sỹ', 'thạc sỹ', 'bác sỹ', 'dược sỹ',
];

/**
 * Monks' and nuns' ranks abbreviated as other words are too ("TT" a town's "thị trấn", "NS"
 * an artist's "nghệ sĩ"): Thượng tọa, Hòa thượng, Ni trưởng, Ni sư, Sư cô. A prefix only right
 * before the Buddhist name "Thích" ("TT.Thích Huệ Khai", "HT. Thích Thanh Hùng").
 */
export const MONASTIC_ABBREVIATIONS: readonly string[] = ['TT', 'HT', 'NT', 'NS', 'SC'];

/** Military and police ranks; written before the name and kept in the role by our gold. */
export const RANKS: readonly string[] = [
  'Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Chuẩn Đô đốc', 'Phó Đô đốc', 'Đô đốc',
  'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá', 'Đại úy', 'Thượng úy', 'Trung úy', 'Thiếu úy',
  'Thượng sĩ', 'Trung sĩ', 'Hạ sĩ', 'Binh nhất', 'Binh nhì', 'Học viên',
  // As the press also writes them, in lower case ("con trai đại tá Lê Hãn").
  'đại tướng', 'thượng tướng', 'trung tướng', 'thiếu tướng', 'đại tá', 'thượng tá', 'trung tá', 'thiếu tá',
  'đại úy', 'thượng úy', 'trung úy', 'thiếu úy', 'thượng sĩ', 'trung sĩ', 'hạ sĩ',
];
