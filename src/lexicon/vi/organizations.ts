/**
 * Banks known by their brand, which names the bank alone ("HDBank và UBND huyện X tổ chức")
 * or opens its branch's name ("Agribank Hà Giang", "Agribank chi nhánh X").
 */
export const BRAND_HEADS: readonly string[] = [
  'Agribank', 'Vietcombank', 'VietinBank', 'Vietinbank', 'Techcombank', 'HDBank', 'MBBank', 'Sacombank', 'VPBank', 'TPBank', 'SeABank', 'LPBank',
];

/**
 * Organisation head words: a capitalised head starts an organisation name that runs on over
 * its proper part ("Sở GD&ĐT Hà Nội", "UBND huyện Cần Giờ", "Trường THPT Lê Lợi").
 */
export const ORGANIZATION_HEADS: readonly string[] = [
  'Sở', 'Bộ', 'UBND', 'HĐND', 'Ủy ban', 'Uỷ ban', 'Ủy ban nhân dân', 'Hội đồng', 'Hội đồng nhân dân', 'Tỉnh ủy',
  'Tỉnh uỷ', 'Thành ủy', 'Thành uỷ', 'Quận ủy', 'Quận uỷ', 'Huyện ủy', 'Huyện uỷ', 'Đảng ủy', 'Đảng uỷ',
  'Trường', 'Đại học', 'ĐH', 'ĐHQG', 'Cao đẳng', 'Học viện', 'Hội', 'Hiệp hội', 'Tổng Hội', 'Công ty', 'Cty', 'Tập đoàn',
  'Tổng công ty', 'Báo', 'Thời báo', 'Nhật báo', 'Tuần báo', 'Tạp chí', 'Đài', 'Đài Truyền hình', 'Đài Phát thanh', 'Đài Tiếng nói', 'Ban', 'Trung tâm', 'Viện',
  'Liên đoàn', 'LĐLĐ', 'Tổng Liên đoàn', 'Tổng LĐLĐ', 'Liên hiệp', 'Đoàn', 'Công đoàn', 'Vụ', 'Cục', 'Tổng cục', 'Phòng', 'Khoa', 'Bệnh viện', 'Kho bạc',
  'Ngân hàng', 'Quỹ', 'Câu lạc bộ', 'CLB', 'Văn phòng', 'Đại sứ quán', 'ĐSQ', 'Tổng Lãnh sự quán', 'Tổng lãnh sự quán',
  'Lãnh sự quán', 'Thanh tra', 'Tòa án', 'Viện Kiểm sát', 'TAND', 'VKSND', 'Viện KSND', 'Mặt trận', 'MTTQ', 'UBMTTQ', 'MTTQVN', 'UBMTTQVN', 'UB MTTQ', 'UB MTTQVN', 'Quốc hội', 'Chính phủ',
  'Bộ Tư lệnh', 'Bộ Chỉ huy', 'Bộ đội', 'Quân khu', 'Công an', 'Nhà xuất bản', 'NXB', 'Thư viện', 'Bảo tàng',
  'Nhà hát', 'Hợp tác xã', 'Tổ chức', 'Chi cục', 'Chi hội', 'Chi đoàn', 'Đoàn Thanh niên', 'Hội đồng Trường',
  'Đảng bộ', 'Trung ương Đoàn', 'T.Ư Đoàn', 'TƯ Đoàn', 'TW Đoàn', 'Trung ương Hội', 'T.Ư Hội', 'TƯ Hội', 'TW Hội', 'Tỉnh đoàn', 'Thành đoàn', 'Huyện đoàn', 'Quận đoàn', 'Ban Chấp hành', 'BCH', 'Ban Thường vụ', 'Ban Giám hiệu', 'Ban Giám Hiệu', 'Ban Tuyên giáo',
  'Ban Thư ký', 'Liên đội', 'Ban Tổ chức', 'Ban tổ chức', 'BTC', 'Ban quản lý', 'Ban Quản lý', 'Ban Dự án', 'Ban vận động', 'Ban chỉ đạo', 'Ban Chỉ đạo', 'Ban An toàn Giao thông', 'chính quyền',
  'Khu di tích', 'Phái đoàn', 'Cơ quan', 'Thị ủy', 'Thị uỷ', 'Thị đoàn', 'Chi bộ', 'Hệ thống giáo dục', 'Hệ thống Giáo dục',
  // Armed forces' units ("Vùng Cảnh sát biển 1", "Đồn Biên phòng X", "Biên phòng cửa khẩu cảng X").
  'Vùng Cảnh sát biển', 'Vùng Hải quân', 'Cảnh sát biển', 'Hải đoàn', 'Hải đội', 'Đồn Biên phòng', 'Biên phòng cửa khẩu',
  'Đồn Công an', 'Quân đoàn', 'Binh đoàn', 'Sư đoàn', 'Lữ đoàn', 'Trung đoàn', 'Tiểu đoàn',
  // Their acronyms ("BĐBP Bình Thuận": the province's border guard; "Bộ CHQS tỉnh": its military command).
  'BĐBP', 'Bộ CHQS', 'BCHQS', 'Ban CHQS', 'Bộ Chỉ huy Quân sự', 'Ban Chỉ huy Quân sự',
  // Youth and culture palaces: venues that also organise (see HOST_VENUE_HEADS).
  'Cung Văn hóa', 'Cung Thiếu nhi', 'Nhà Thiếu nhi',
  // Names whose own words would end them: a position word, a comma.
  'Đoàn đại biểu Quốc hội', 'Đoàn Đại biểu Quốc hội', 'Bộ Văn hóa, Thể thao và Du lịch', 'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Văn hóa, Thể thao', 'Bộ Văn hoá, Thể thao và Du lịch', 'Sở Văn hoá, Thể thao và Du lịch',
  // Bodies of two services joined by "và", whose second is a head of its own: a station
  // ("Đài Phát thanh và Truyền hình"), and the Party boards and provincial media merged in 2025.
  'Đài Phát thanh và Truyền hình', 'Ban Tuyên giáo và Dân vận', 'Báo và Phát thanh, Truyền hình', 'Báo và Phát thanh - Truyền hình',
  // A hometown association ("Hội đồng hương Ninh Bình tại Ba Lan"), not a council ("Hội đồng").
  'Hội đồng hương',
  // Friendship unions, whose lower-case words would end them at "các" ("Liên hiệp các tổ chức hữu nghị tỉnh X").
  'Liên hiệp các tổ chức hữu nghị', 'Liên hiệp các Tổ chức hữu nghị',
  // State agencies named for their service ("BHXH tỉnh tổ chức …", "Bưu điện tỉnh", "Viễn thông Quảng Nam",
  // "Thuế tỉnh X": a province's tax office since 2025), and the emulation clusters of a sector ("Cụm thi đua số 5 …").
  'Bảo hiểm xã hội', 'Bảo hiểm Xã hội', 'BHXH', 'Bưu điện', 'Viễn thông', 'Thuế', 'Cụm thi đua', 'Khối thi đua',
  ...BRAND_HEADS,
  // Religious communities, which hold their own rites ("Chùa Phước Vân tổ chức Lễ Vu Lan", "giáo xứ Bắc Xuyên hân hoan …").
  'Chùa', 'Thiền viện', 'Tu viện', 'Tịnh xá', 'Giáo hội', 'Giáo phận', 'Giáo xứ', 'Giáo họ', 'Tòa Giám mục',
];

/**
 * Heads that are a whole name, the nation's one body of their kind: no proper part follows
 * them, so a capitalised run after one in a post is its holder's name, two syllables
 * included ("Phó Thủ tướng Chính phủ Trần Huy", "Phó Chủ nhiệm Văn phòng Quốc hội Lê Nam").
 */
export const SOLE_BODY_HEADS: readonly string[] = ['Chính phủ', 'Quốc hội'];

/** Heads also written in lower case before the organisation's name ("trường ĐH Bách khoa"). */
export const LOWER_CASE_HEADS: readonly string[] = [
  'trường', 'đại học', 'học viện', 'công ty', 'cty', 'tập đoàn', 'tổng công ty', 'bệnh viện', 'chính quyền',
  'ngân hàng', 'câu lạc bộ', 'trung tâm', 'ủy ban', 'uỷ ban', 'liên đoàn', 'hiệp hội', 'đài', 'nhà xuất bản',
  'báo', 'tạp chí', 'giáo xứ', 'giáo họ',
];

/**
 * Heads that name one body alone, the article's place understood ("Huyện ủy, UBND huyện X
 * tổ chức …", "Thành đoàn - Hội Sinh viên thành phố Y"): written without a proper part they
 * still name an organisation, unlike "Hiệp hội" or "Công ty".
 */
export const STANDALONE_HEADS: readonly string[] = [
  'Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Quận ủy', 'Thị ủy', 'Đảng ủy', 'Tỉnh đoàn', 'Thành đoàn', 'Huyện đoàn',
  'Quận đoàn', 'Thị đoàn',
];

/**
 * Of those, the heads that say the level of their place ("Tỉnh ủy": the province's): listed
 * before a body and its place ("Tỉnh ủy, UBND tỉnh X"), they take no place of its.
 */
export const LEVEL_NAMING_HEADS: readonly string[] = STANDALONE_HEADS.filter((head) => head !== 'Đảng ủy');

/**
 * Heads of an event's organising committee ("Ban tổ chức Giải X"): the bodies the article
 * says organise the same event ("Giải do A, B phối hợp tổ chức") stand behind it.
 */
export const ORGANIZING_COMMITTEE_HEADS: readonly string[] = ['Ban tổ chức', 'BTC'];

/**
 * Party committees after "Ban Tổ chức" ("Ban Tổ chức Thành ủy TPHCM", "Ban Tổ chức Trung
 * ương"): the Party's organisation department, no event's organising committee.
 */
export const PARTY_COMMITTEES: readonly string[] = [
  'Tỉnh ủy', 'Tỉnh uỷ', 'Thành ủy', 'Thành uỷ', 'Huyện ủy', 'Huyện uỷ', 'Quận ủy', 'Quận uỷ', 'Thị ủy', 'Thị uỷ',
  'Đảng ủy', 'Đảng uỷ', 'Trung ương', 'TW', 'T.Ư', 'TƯ',
];

/**
 * Lower-case words an event's name holds between its capitalised parts ("Ban tổ chức Ngày hội X
 * năm 2022", "… lần thứ 5", "… giai đoạn 2019-2022", "… X và Lễ hội Y"): a committee named for
 * the event runs over them to its verb.
 */
export const EVENT_NAME_WORDS: readonly string[] = ['năm', 'lần', 'lần thứ', 'thứ', 'giai đoạn', 'và', 'mùa', 'khu vực', 'toàn quốc', 'mở rộng'];

/** Administrative unit words that join a place name to an organisation ("UBND tỉnh Nghệ An"). */
export const ADMIN_UNITS: readonly string[] = [
  'tỉnh', 'thành phố', 'TP', 'TP.', 'Tp', 'quận', 'huyện', 'thị xã', 'xã', 'phường', 'thị trấn', 'Quận',
  'Huyện', 'Tỉnh', 'Thành phố', 'khu phố', 'thôn', 'ấp', 'bản',
  // A town abbreviated ("Hội đồng Đội TX. Ba Đồn", "TX An Nhơn").
  'TX', 'TX.',
];

/** Words that start like an organisation head but are not organisations ("Hội thảo", "Khoa học"). */
export const NOT_ORGANIZATIONS: readonly string[] = [
  'Hội thảo', 'Hội nghị', 'Hội thi', 'Hội chợ', 'Hội trường', 'Hội viên', 'Hội diễn', 'Hội khỏe', 'Hội xuân',
  'Hội báo', 'Hội sách', 'Hội ngộ', 'Hội nhập', 'Hội tụ', 'Hội họp', 'Hội đàm', 'Hội giảng', 'Hội khóa', 'Hội hoa',
  // Village festivals named for their game or place ("Hội vật truyền thống làng Thủ Lễ"; not
  // "Hội Vật lý", a society).
  'Hội vật truyền thống', 'Hội vật cổ truyền', 'Hội đua thuyền', 'Hội bơi chải', 'Hội làng', 'Hội đình', 'Hội đền', 'Hội chùa',
  'Trường hợp', 'Trường học', 'Trường Sa', 'Đoàn viên', 'Đoàn kết', 'Đoàn tụ', 'Bộ phim', 'Bộ môn', 'Bộ sách',
  'Bộ quy tắc', 'Bộ tiêu chí', 'Bộ luật', 'Phòng chống', 'Phòng ngừa', 'Phòng học', 'Phòng họp', 'Viện phí',
  'Khoa học', 'Ban hành', 'Ban đầu', 'Ban ngày', 'Ban đêm', 'Báo cáo', 'Báo chí', 'Báo hiệu', 'Sở hữu', 'Sở dĩ',
  'Sở thích', 'Cục diện', 'Quỹ đạo', 'Đoàn thể', 'Đài tưởng niệm', 'Liên đoàn viên',
  'Trung tâm điểm', 'Văn phòng phẩm', 'Công an viên', 'Ban giám khảo', 'Ban Giám khảo',
  // Taiwan and its capital, no station ('Đài').
  'Đài Loan', 'Đài Bắc',
  // The local government in general, no body named ("phối hợp chính quyền địa phương tổ chức").
  'chính quyền địa phương',
  // Words ending in "báo", before which a lower-case "báo" heads nothing ("nhà báo Lê A").
  'nhà báo', 'thông báo', 'cảnh báo', 'dự báo', 'họp báo', 'tình báo', 'điện báo', 'công báo', 'tin báo',
];

/**
 * Lower-case words after "và" that open another party, not more of a name's fields ("UBND
 * xã và các hội đoàn thể", "Bộ Tài chính và hơn 250 doanh nghiệp"): quantifiers and plural words. Groups of
 * people (PEOPLE_GROUPS) are others too ("… và nhân dân xã").
 */
export const NOT_FIELD_OPENERS: readonly string[] = [
  'các', 'những', 'mọi', 'nhiều', 'một số', 'một', 'toàn thể', 'toàn', 'đông đảo', 'hơn', 'gần', 'trên', 'khoảng',
  'bà con', 'gia đình', 'đại diện', 'đại biểu', 'khách mời', 'du khách', 'người', 'đối tác', 'nhà tài trợ',
];

/**
 * Words that tie a body to the one it belongs to ("Thời báo X thuộc Liên hiệp Y", "Trung tâm
 * X trực thuộc Sở Y"): the name ends before them, and the owner completes it as "của" does.
 */
export const OWNER_LINKS: readonly string[] = ['thuộc', 'trực thuộc'];

/** What opens a body's owner after its name: "của" and the owner links ("Câu lạc bộ X của Đoàn phường Y"). */
export const OWNER_OPENERS: readonly string[] = ['của', ...OWNER_LINKS];

/**
 * Words of a clause between an event and "của" ("Lễ khởi công được truyền hình trực tiếp trên
 * kênh VTV1 của Đài …"): "của" is then of what the clause names, not of the event.
 */
export const OWNER_CLAUSE_WORDS: readonly string[] = ['được', 'đã', 'sẽ', 'đang', 'vừa', 'diễn ra'];

/** The word a police unit's field follows (POLICE_FIELDS). */
export const POLICE_WORDS: readonly string[] = ['cảnh sát'];

/**
 * What a police unit is named for, after "Cảnh sát" (POLICE_WORDS: "Cục Cảnh sát điều tra
 * tội phạm về ma túy", "Phòng Cảnh sát quản lý hành chính về trật tự xã hội"): part of the
 * name, though longer than a name's lower-case run and holding "về".
 */
export const POLICE_FIELDS: readonly string[] = [
  'điều tra tội phạm về ma túy', 'điều tra tội phạm về trật tự xã hội', 'điều tra tội phạm về kinh tế',
  'điều tra tội phạm về tham nhũng', 'phòng chống tội phạm về môi trường', 'phòng chống tội phạm sử dụng công nghệ cao',
  'quản lý hành chính về trật tự xã hội', 'phòng cháy chữa cháy và cứu nạn cứu hộ', 'phòng cháy và chữa cháy',
  'giao thông', 'cơ động', 'hình sự', 'kinh tế', 'môi trường', 'biển',
];

/**
 * Words a name writes with the first syllable capitalised only ("Hội đồng Đội Trung ương",
 * "Ban Chấp hành Trung ương"): the lower-case syllable completes the word, and the name.
 */
export const HALF_CAPITALISED_WORDS: readonly string[] = ['trung ương'];

/**
 * Fields of two words each that a ministry's or department's name often writes with only
 * its first syllable capitalised ("Bộ Giao thông vận tải", "Sở Văn hóa thể thao"): the
 * lower-case words complete the name, whatever follows.
 */
export const HALF_CAPITALISED_FIELDS: readonly string[] = ['giao thông vận tải', 'văn hóa thể thao', 'tài nguyên môi trường', 'kế hoạch đầu tư'];

/**
 * Common words whose second syllable is a head word of ORGANIZATION_HEADS ("môi trường",
 * "ngày hội", "cán bộ"). Written in lower case the head is no head; capitalised with the
 * syllable before it ("BẢO VỆ MÔI TRƯỜNG BIỂN", a headline in capitals) it is still the
 * word's, not the start of an organisation's name. Heads that are such words themselves
 * ("Hiệp hội", "Quốc hội", "Văn phòng", "Bệnh viện") are not listed.
 */
export const HEAD_WORD_COMPOUNDS: readonly string[] = [
  'môi trường', 'thị trường', 'chiến trường', 'công trường', 'hiện trường', 'quảng trường', 'lập trường', 'sân trường', 'mái trường',
  'ngày hội', 'lễ hội', 'đại hội', 'xã hội', 'cơ hội', 'dạ hội',
  'cơ sở', 'trụ sở',
  'cán bộ', 'toàn bộ', 'tiến bộ', 'đồng bộ', 'sơ bộ', 'cục bộ',
  'nhiệm vụ', 'dịch vụ', 'phục vụ', 'nghĩa vụ', 'nghiệp vụ', 'thời vụ', 'mùa vụ',
  'thông báo', 'cảnh báo', 'dự báo', 'họp báo', 'tình báo',
  'quốc phòng', 'dự phòng', 'đề phòng',
  'khán đài', 'lâu đài',
  'bố cục', 'kết cục',
];

/**
 * Heads of a body often named for its field after "về" ("Ủy ban Nhà nước về người Việt Nam ở
 * nước ngoài", "Hội đồng Quốc gia về Giáo dục"): there "về" ("about") goes on with the name.
 */
export const FIELD_NAMED_HEADS: readonly string[] = ['Ủy ban', 'Uỷ ban', 'Hội đồng', 'Ban Chỉ đạo', 'Ban chỉ đạo'];

/**
 * Heads of a committee named for its task, in lower case, up to its verb ("Ban Chỉ đạo diễn
 * tập phương án chữa cháy, cứu nạn, cứu hộ (CNCH) cấp tỉnh năm 2025 tổ chức …").
 */
export const TASK_NAMED_HEADS: readonly string[] = ['Ban Chỉ đạo', 'Ban chỉ đạo', 'Ban Chỉ huy', 'Ban chỉ huy', 'Tiểu ban'];

/**
 * Verbs after "về" ("to come") that make it a visit, not a field: "Ban Chỉ đạo tỉnh về kiểm
 * tra …" (the verbs of ROLE_BREAKERS, "dự", "thăm", end a name anyway).
 */
export const VISIT_PURPOSE_VERBS: readonly string[] = [
  'làm việc', 'kiểm tra', 'khảo sát', 'giám sát', 'chúc Tết', 'thăm hỏi', 'động viên', 'tặng quà', 'công tác', 'tuyên truyền',
  'hướng dẫn', 'nắm tình hình', 'chỉ đạo', 'dự lễ', 'họp', 'tiếp xúc',
];

/** Words before a head that make it a sector of activity, not a body ("ngành Ngân hàng", "ngành Công an"). */
export const SECTOR_WORDS: readonly string[] = ['ngành'];

/** Words that count the number after them, which ends an organisation's name ("Tỉnh ủy lần thứ 8"). */
export const COUNTING_WORDS: readonly string[] = [
  'thứ', 'lần', 'tuổi', 'quý', 'đợt', 'phiên', 'tháng', 'năm',
];

/**
 * Heads of a body that owns others ("Bệnh viện X, Bộ Y tế": the hospital of the ministry):
 * after a comma alone, such a name completes the one before it rather than naming a partner.
 */
export const PARENT_BODY_HEADS: readonly string[] = [
  'Bộ', 'Sở', 'UBND', 'Ủy ban nhân dân', 'Uỷ ban nhân dân', 'Tỉnh ủy', 'Tỉnh uỷ', 'Thành ủy', 'Thành uỷ', 'Huyện ủy',
  'Huyện uỷ', 'Đại học', 'ĐH', 'ĐHQG', 'Tập đoàn', 'Tổng công ty', 'Tổng cục', 'Cục', 'Viện Hàn lâm', 'Trung ương',
  'T.Ư', 'TƯ', 'Thông tấn xã', 'Đài Truyền hình', 'Đài Tiếng nói', 'Ngân hàng Nhà nước',
  // Army units own the smaller ones ("Trung đoàn 917, Sư đoàn 370").
  'Bộ Tư lệnh', 'Bộ Chỉ huy', 'Quân khu', 'Quân đoàn', 'Quân chủng', 'Binh chủng', 'Sư đoàn', 'Lữ đoàn',
];

/**
 * Heads of associations and mass organisations, which no body listed after them owns:
 * "Hội Sinh viên Việt Nam, Bộ GD&ĐT tổ chức …" names two organisers, where "Bệnh viện X,
 * Bộ Y" names one (see PARENT_BODY_HEADS).
 */
export const UNOWNED_HEADS: readonly string[] = [
  'Hội', 'Hiệp hội', 'Liên hiệp', 'Tổng Hội', 'Đoàn Thanh niên', 'Tỉnh đoàn', 'Thành đoàn', 'Huyện đoàn', 'Quận đoàn',
  'Thị đoàn', 'Trung ương Đoàn', 'T.Ư Đoàn', 'TƯ Đoàn', 'TW Đoàn', 'Trung ương Hội', 'T.Ư Hội', 'TƯ Hội', 'TW Hội',
  'Mặt trận', 'MTTQ', 'UBMTTQ', 'Liên đoàn', 'LĐLĐ',
  // Local government, which no department after it owns ("UBND tỉnh Quảng Bình, Sở Giao thông
  // Vận tải tổ chức …": the province and its department, two organisers).
  'UBND', 'Ủy ban nhân dân', 'Uỷ ban nhân dân', 'HĐND', 'Hội đồng nhân dân',
];

/** Words after which a full name is a namesake, not a person ("Trường THPT Lê Quý Đôn"). */
export const NAMESAKE_WORDS: readonly string[] = [
  'THPT', 'THCS', 'PTTH', 'PTCS', 'Tiểu học', 'Mầm non', 'Trung học', 'Phổ thông', 'Phổ thông Dân tộc nội trú',
  // The school types spelled out, as some outlets write them ("Trường Trung học cơ sở Lê Lợi").
  'Trung học cơ sở', 'Trung học phổ thông', 'Phổ thông trung học', 'Phổ thông cơ sở', 'trung học cơ sở', 'trung học phổ thông',
  'Chuyên', 'Quỹ', 'Quỹ học bổng', 'học bổng', 'Học bổng', 'Giải thưởng', 'Giải', 'Bảo tàng', 'Nhà văn hóa', 'Khu di tích', 'Phái đoàn', 'công viên', 'Công viên',
];
