/**
 * Place words: provinces and centrally-run cities (with their usual short forms), the
 * administrative units that open a place name, and the nouns that open a venue.
 */

/** Provinces and cities, as articles write them (short forms included). */
export const PROVINCES: readonly string[] = [
  'Hà Nội', 'TP HCM', 'TPHCM', 'TP.HCM', 'TP. HCM', 'TP Hồ Chí Minh', 'TP. Hồ Chí Minh', 'Thành phố Hồ Chí Minh', 'Sài Gòn',
  'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế', 'Thừa Thiên Huế', 'Thừa Thiên - Huế',
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bà Rịa – Vũng Tàu', 'Bà Rịa-Vũng Tàu', 'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu', 'Bắc Ninh',
  'Bến Tre', 'Bình Định', 'Bình Dương', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Đắk Lắk', 'Đắk Nông',
  'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Tĩnh', 'Hải Dương', 'Hậu Giang',
  'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lâm Đồng', 'Lạng Sơn', 'Lào Cai',
  'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam',
  'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa',
  'Tiền Giang', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
];

/** Units that open a place name ("xã Thạnh An", "TP Quy Nhơn", "thủ đô Santiago"). */
export const ADMIN_UNITS: readonly string[] = [
  'tỉnh', 'thành phố', 'TP', 'TP.', 'Tp', 'Tp.', 'TX', 'TX.', 'thủ đô', 'huyện', 'quận', 'thị xã', 'thị trấn', 'xã', 'phường', 'ấp',
  'thôn', 'bản', 'xóm', 'khu phố', 'tổ dân phố', 'đường', 'phố', 'số',
];

/**
 * Unit words that number a house ("số 8 Lê Duẩn"): a place only with the street after the
 * number. Alone, "số 2" numbers a line, a project or a team ("dự án Metro số 2").
 */
export const HOUSE_NUMBER_UNITS: readonly string[] = ['số'];

/**
 * Venue words an agency numbers its regions by ("Chi cục Hải quan khu vực XX", "Kho bạc Nhà
 * nước khu vực XVI"): like a house number, a place only with a name after the number.
 */
export const NUMBERED_REGION_UNITS: readonly string[] = ['khu vực'];

/**
 * Units that are named, never numbered: "tỉnh 6 tháng đầu năm" is the province's half-year,
 * where "Quận 8", "phường 6" and "thôn 2" are places.
 */
export const NAMED_ONLY_UNITS: readonly string[] = ['tỉnh', 'thành phố', 'thủ đô', 'huyện', 'thị xã', 'thị trấn', 'xã'];

/**
 * Common words whose second syllable is a unit or venue word ("nông thôn", "văn bản", "miền
 * núi"): there it names no place, though capitals follow ("xây dựng Nông thôn Mới", a headline
 * in capitals; "các tỉnh miền núi phía Bắc").
 */
export const UNIT_COMPOUNDS: readonly string[] = [
  'nông thôn', 'văn bản', 'cơ bản', 'căn bản', 'phiên bản', 'kịch bản', 'xuất bản', 'tái bản', 'thiểu số', 'đa số',
  // "Ngày Dân số Việt Nam": the population, no house number ("số").
  'dân số',
  'miền núi', 'vùng núi', 'đồi núi', 'rừng núi', 'hải đảo', 'biển đảo',
  // "cho gia đình anh Trần Văn A": a family, not a communal house ("đình").
  'gia đình', 'triều đình', 'thị trường', 'môi trường', 'lập trường',
];

/**
 * A unit's word and an organisation's ("Tỉnh Đoàn": the province's youth union, "Huyện đội":
 * the district's military command): a body, not the place it is named after.
 */
export const UNIT_ORGANIZATIONS: readonly string[] = [
  'tỉnh đoàn', 'thành đoàn', 'huyện đoàn', 'quận đoàn', 'thị đoàn', 'tỉnh đội', 'huyện đội', 'tỉnh hội', 'huyện hội', 'thành hội',
  // The Party's committees ("Bí thư Tỉnh ủy Lê Thị Hoa": the committee, then its secretary's name).
  'tỉnh ủy', 'thành ủy', 'huyện ủy', 'quận ủy', 'thị ủy',
];

/**
 * Units named as the provinces are (PROVINCES): two syllables after one that name no province
 * and close a post are its holder's name ("Phó Chủ tịch UBND tỉnh Hoàng Nam;").
 */
export const PROVINCE_UNITS: readonly string[] = ['tỉnh'];

/** The units below a province that name a city, district or commune (not a street or a number). */
export const LOCAL_UNITS: readonly string[] = ['thành phố', 'TP', 'TP.', 'Tp', 'Tp.', 'thị xã', 'huyện', 'quận', 'thị trấn', 'xã', 'phường'];

/** Units a byline's bracket opens with when it says where the writer reports from ("CTV Minh Châu (Huyện Đức Cơ)"). */
export const WRITER_PLACE_UNITS: readonly string[] = ['tỉnh', ...LOCAL_UNITS];

/**
 * Words before the place after "tại" that make it an online meeting's connection point
 * ("tại điểm cầu Hà Giang"): where those taking part from that place sat.
 */
export const CONNECTION_POINT_WORDS: readonly string[] = ['điểm cầu'];

/** Nouns that open a venue ("Nhà Văn hóa …", "Trung tâm Hội nghị …", "Trường THPT …"). */
export const VENUE_HEADS: readonly string[] = [
  'nhà văn hóa', 'nhà thi đấu', 'nhà thi đáu', 'nhà hát', 'nhà hát lớn', 'cung văn hóa', 'cung thiếu nhi', 'trung tâm hội nghị',
  'trung tâm', 'hội trường', 'khách sạn', 'công viên', 'quảng trường', 'sân vận động', 'sân', 'khu vực', 'khu di tích', 'di tích',
  'bảo tàng', 'thư viện', 'trụ sở', 'trường', 'đại học', 'học viện', 'bệnh viện', 'trạm y tế', 'đền', 'chùa', 'đình',
  'nhà', 'phòng', 'khuôn viên', 'sảnh', 'tòa nhà', 'văn phòng', 'đài tưởng niệm', 'nghĩa trang', 'khu du lịch',
  'làng', 'cơ sở', 'hội quán', 'câu lạc bộ', 'khu', 'điểm trường', 'cổng', 'cổng chính', 'chợ', 'siêu thị',
  // natural places: "tại vùng biển vịnh Bái Tử Long", "trên đảo Cô Tô"
  'vùng biển', 'vịnh', 'đảo', 'quần đảo', 'bãi biển', 'cảng', 'hồ', 'núi', 'sông',
];

/**
 * What a house given to a family is called after "nhà" ("nhà Đại đoàn kết", "nhà Nghĩa tình
 * đồng đội", "NHÀ TÌNH THƯƠNG"): a gift in the event's name, not the venue, capitalised or not.
 */
export const CHARITY_HOUSE_KINDS: readonly string[] = [
  'đại đoàn kết', 'tình nghĩa', 'nghĩa tình', 'tình thương', 'nhân ái', 'nhân đạo', 'đồng đội', 'khăn quàng đỏ', 'chữ thập đỏ',
];

/**
 * Words of two syllables that a venue's or a department's name writes with the first one
 * capitalised only ("Trường Tiểu học Vạn Hưng", "Trung tâm Y tế huyện", "tại Sở Khoa học và
 * Công nghệ"): the lower-case syllable goes on the name.
 */
export const VENUE_NAME_WORDS: readonly string[] = [
  'tiểu học', 'mầm non', 'trung học', 'y tế', 'văn hóa', 'đa khoa', 'thể thao', 'thiếu nhi', 'hội nghị',
  'triển lãm', 'du lịch', 'giáo dục', 'chính trị', 'thanh niên', 'khoa học', 'công nghệ', 'kế hoạch', 'đầu tư',
  'tư pháp', 'tài chính', 'nội vụ', 'ngoại vụ', 'xây dựng', 'giao thông', 'vận tải', 'công thương', 'nông nghiệp',
  'lao động', 'thông tin', 'truyền thông', 'tài nguyên', 'môi trường', 'phát triển', 'xã hội', 'thương binh',
];

/**
 * Heads of an organiser that hosts on its own premises ("Trường THCS X tổ chức lễ …" takes
 * place at the school): with no "tại X", such an organiser is the venue.
 */
export const HOST_VENUE_HEADS: readonly string[] = [
  'trường', 'đại học', 'học viện', 'bệnh viện', 'thư viện', 'bảo tàng', 'nhà văn hóa', 'cung văn hóa', 'cung thiếu nhi',
  'nhà hát', 'trung tâm văn hóa', 'khu du lịch',
];

/**
 * Heads of associations and unions, which meet on others' premises ("Đoàn TNCS", "Hội Phụ nữ
 * xã X", "Công đoàn"): a host venue that organises with only such partners hosts the event.
 */
export const PREMISES_LESS_HEADS: readonly string[] = [
  'hội', 'chi hội', 'hội liên hiệp', 'đoàn', 'chi đoàn', 'đoàn thanh niên', 'công đoàn', 'liên đội', 'câu lạc bộ', 'clb',
];

/** Words that end a place after "tại" ("tại Hà Nội, Sở … tổ chức", "tại X để chúc mừng"). */
export const PLACE_ENDERS: readonly string[] = [
  'tổ chức', 'diễn ra', 'đã', 'để', 'nhằm', 'với', 'do', 'vào', 'có', 'cho', 'thu hút', 'sẽ', 'vừa', 'được', 'trong',
  'nhân dịp', 'chào mừng', 'từ ngày', 'từ', 'đến', 'kéo dài', 'khai mạc', 'phối hợp', 'long trọng', 'tưng bừng',
  'là', 'nơi', 'cùng', 'nhưng', 'mà', 'khi', 'sau', 'trước', 'theo', 'dưới', 'gồm', 'bao gồm',
];

/**
 * The home country: "tại Việt Nam" after a body's name is its seat ("Đại sứ quán Pháp tại
 * Việt Nam"), not the event's place, which a report from the country names more nearly.
 */
export const HOME_COUNTRY_NAMES: readonly string[] = ['Việt Nam'];

/**
 * Words before "tại"/"ở" that say where somebody lives, is treated or fell, not where the
 * event was ("trú tại thôn X", "các em nhỏ đang điều trị tại bệnh viện", "liệt sĩ hy sinh
 * tại Campuchia", which a requiem at home commemorates).
 */
export const RESIDENCE_WORDS: readonly string[] = ['trú', 'ngụ', 'sinh sống', 'sống', 'quê', 'điều trị', 'hy sinh'];

/**
 * Function words and verbs that, right after a unit's word, begin the clause and no name
 * ("Phó Chủ tịch UBMTTQVN tỉnh làm Trưởng đoàn", "các xã, phường, thị trấn của Thủ đô").
 */
export const CLAUSE_WORDS_AFTER_UNIT: readonly string[] = [
  'của', 'làm', 'là', 'và', 'do', 'cho', 'với', 'có', 'được', 'bị', 'đã', 'đang', 'sẽ', 'vừa', 'cũng', 'để', 'như',
];

/** What follows "tại" but is not a place: an occasion, a pronoun, a time. */
export const NOT_PLACE_AFTER_AT: readonly string[] = [
  'đây', 'đó', 'chỗ', 'thời điểm', 'buổi', 'phiên', 'kỳ', 'cuộc', 'hội nghị', 'hội thảo', 'lễ', 'diễn đàn', 'tọa đàm',
  'chương trình', 'sự kiện', 'nhiều', 'các', 'một số', 'mỗi', 'mọi', 'nơi', 'vị trí', 'lần', 'liên hoan', 'triển lãm',
  'đại hội', 'ngày hội', 'tuần lễ', 'giải', 'trưng bày', 'hội thi', 'hội diễn', 'hội thao',
];
