/**
 * Name plausibility data: Vietnamese family names (a native full name starts with one),
 * words that make the capitalised words after them a place or a thing, not a person, and
 * place names that often sit between a role and a name ("Giám đốc Sở Y tế Hà Nội Trần A").
 */

/** The family name of Buddhist monks and nuns, before a lineage name of up to four syllables. */
export const MONASTIC_FAMILY_NAME = 'Thích';

export const SURNAMES: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
  'Dương', 'Lý', 'Đào', 'Đoàn', 'Vương', 'Trịnh', 'Trương', 'Đinh', 'Lâm', 'Phùng', 'Mai', 'Tô', 'Hà', 'Tạ',
  'Lương', 'Lưu', 'Cao', 'Chu', 'Châu', 'Quách', 'Thái', 'Tăng', 'Triệu', 'Từ', 'Kiều', 'Khổng',
  'Khúc', 'La', 'Lã', 'Lại', 'Lục', 'Mạc', 'Mạch', 'Nghiêm', 'Nông', 'Ông', 'Phí', 'Quan', 'Sầm', 'Tiêu',
  'Tôn', 'Trình', 'Trà', 'Tống', 'Thạch', 'Thân', 'Thiều', 'Úc', 'Ứng', 'Vi', 'Vy', 'Viên', 'Âu', 'Bạch', 'Bế',
  'Cù', 'Diệp', 'Doãn', 'Đàm', 'Đồng', 'Giang', 'Giáp', 'Hàn', 'Hầu', 'Hứa', 'Kim', 'Kha', 'Khuất', 'Khương',
  'Lò', 'Lạc', 'Lèo', 'Mẫn', 'Ninh', 'Nhan', 'Quản', 'Sử', 'Tào', 'Tất', 'Tiền', 'Trầm', 'Vòng',
  'Âu Dương', 'Cấn', 'Chử', 'Hoàng Phủ', 'Lữ', 'Mã', 'Mông', 'Tôn Nữ', 'Đầu', 'Đậu',
  'Tôn Thất', 'Vưu', 'Xa', 'Ksor', 'Rơ Châm', 'Siu', 'Rah Lan', 'Nie', 'Niê', 'Byă', 'Ma',
  // Chinese family names in their Sino-Vietnamese reading ("Tập Cận Bình").
  'Tần', 'Tập', 'Lật', 'Uông', 'Ôn', 'Tưởng', 'Ngụy', 'Bành',
  // Surnames of the Hmong, Dao, Thái, Tày and Central Highlands peoples.
  'Vàng', 'Giàng', 'Sùng', 'Thào', 'Lầu', 'Mùa', 'Hờ', 'Sình', 'Cầm', 'Quàng', 'Điêu', 'Lường', 'Tòng', 'Vừ',
  'Chảo', 'Tẩn', 'Bàn', 'Lộc', 'Ly', 'Chang', 'Pờ', 'Rơ Mah', 'Kpă', 'Rmah', 'Ksơr', 'Nay', 'Điểu',
  'Chẩu', 'Phàn', 'Tráng', 'Chá', 'Hạng', 'Cứ', 'Sủng', 'Lù', 'Mào', 'Thò',
  // Family names of the Khmer of the Mekong delta (besides 'Thạch', 'Kim', 'Lâm' above).
  'Danh',
  // The name every Buddhist monk and nun takes ("Hòa thượng Thích Thanh Hùng", "ĐĐ.Thích Giác Hiền").
  MONASTIC_FAMILY_NAME,
];

/** Family names that are also prepositions ("Từ Hà Nội về …": from): before a place's name they are the preposition. */
export const PREPOSITION_SURNAMES: readonly string[] = ['Từ'];

/**
 * Family names that are also common words or a middle name ("Văn", "Đường" a street): a name
 * opens with one only after a form of address, and in three syllables or more ("bà Văn Thị
 * A", "đồng chí Đường Thị B"; not "Đường Trần Phú", "ông Văn Dũng" for Lê Văn Dũng).
 */
export const ADDRESSED_SURNAMES: readonly string[] = ['Văn', 'Đường'];

/**
 * Middle names only a person's name holds ("Thị" of women's names): a run of three or four
 * native syllables with one second is a full name even when its family name is a rarer one
 * than SURNAMES lists ("Thèn Thị A").
 */
export const PERSONAL_MIDDLE_NAMES: readonly string[] = ['Thị'];

/**
 * Lower-case particles inside a foreign name, between its capitalised syllables ("Aukje de
 * Vries", "Kees van Baar", "Ursula von der Leyen").
 */
export const FOREIGN_NAME_PARTICLES: readonly string[] = ['de', 'van', 'von', 'der', 'den', 'du', 'del', 'della', 'dos', 'da', 'di', 'ter'];

/**
 * Baptismal (saints') names that Catholic clergy and faithful bear before their family name
 * ("Đức cha Gioan Maria Vũ Tất", "cha xứ Giuse Nguyễn Văn Yêm"): part of the person's name.
 */
export const BAPTISMAL_NAMES: readonly string[] = [
  'Giuse', 'Phêrô', 'Phê-rô', 'Phaolô', 'Phao-lô', 'Phaolo', 'Gioan', 'Maria', 'Ma-ri-a', 'Đaminh', 'Đa-minh', 'Anna',
  'Têrêsa', 'Têrêxa', 'Phanxicô', 'Antôn', 'Antôn-Maria', 'Giacôbê', 'Gioakim', 'Giuse-Maria', 'Matthêu', 'Mát-thêu',
  'Luca', 'Máccô', 'Micae', 'Micaen', 'Tôma', 'Tômasô', 'Ignatiô', 'Inhaxiô', 'Augustinô', 'Anrê', 'Phêrô-Maria',
  'Stêphanô', 'Têphanô', 'Gabriel', 'Raphael', 'Cêcilia', 'Lucia', 'Catarina', 'Mônica', 'Martinô', 'Giêrônimô',
  'Bênêđictô', 'Barnabê', 'Philipphê', 'Batôlômêô', 'Simon', 'Emmanuel', 'Vinh-sơn', 'Lôrensô', 'Gioang',
];

/** The commonest family names: a foreign given name may come before them ("Kay Nguyễn"). */
export const MAJOR_SURNAMES: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
];

/** Lower-case words after which capitalised words name a place or a thing. */
export const PLACE_WORDS: readonly string[] = [
  'đường', 'phố', 'quận', 'huyện', 'tỉnh', 'thành phố', 'TP', 'TP.', 'Tp.', 'xã', 'phường', 'thị trấn', 'thị xã', 'làng',
  'thôn', 'ấp', 'bản', 'khu', 'khu phố', 'sông', 'núi', 'hồ', 'cầu', 'chợ', 'đảo', 'vịnh', 'biển', 'đền',
  'chùa', 'đình', 'nhà thờ', 'trường', 'lớp', 'tàu', 'phim', 'bộ phim', 'sách', 'cuốn', 'tác phẩm', 'bài hát',
  'giải', 'giải thưởng', 'quảng trường', 'công viên', 'khách sạn', 'sân vận động', 'nhà hát', 'cung',
  'tượng đài', 'lăng', 'bảo tàng', 'di tích', 'tuyến', 'đại lộ', 'hẻm', 'ngõ', 'ngách', 'kênh', 'cửa khẩu',
  'tổ dân phố', 'khóm', 'buôn', 'vùng', 'miền', 'xứ', 'nước', 'thủ đô', 'tên lửa', 'hãng', 'thương hiệu',
  'mang tên', 'dự án', 'chương trình', 'chiến dịch', 'cuộc thi', 'lễ hội', 'hội thi', 'bến',
];

/** Provinces, major cities and countries: never a person, often before a name. */
export const PLACE_NAMES: readonly string[] = [
  'Việt Nam', 'Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế', 'An Giang', 'Bà Rịa',
  'Vũng Tàu', 'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu', 'Bắc Ninh', 'Bến Tre', 'Bình Định', 'Bình Dương',
  'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Đắk Lắk', 'Đắk Nông', 'Điện Biên', 'Đồng Nai',
  'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Tĩnh', 'Hải Dương', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên',
  'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định',
  'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi',
  'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa',
  'Thừa Thiên Huế', 'Tiền Giang', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
  'Sài Gòn', 'Quy Nhơn', 'Nha Trang', 'Đà Lạt', 'Vinh', 'Hạ Long', 'Buôn Ma Thuột', 'Pleiku', 'Biên Hòa',
  // Opening with an organisation's head word ("Hội", "Trường"): no body (see opensPlaceName).
  'Hội An', 'Trường Sa',
  'Thủ Đức', 'Cầu Giấy', 'Hoàn Kiếm', 'Ba Đình', 'Đống Đa', 'Hai Bà Trưng', 'Tây Hồ', 'Long Biên',
  'Lào', 'Campuchia', 'Thái Lan', 'Trung Quốc', 'Hàn Quốc', 'Nhật Bản', 'Hoa Kỳ', 'Mỹ', 'Pháp', 'Đức', 'Nga',
  'Anh', 'Úc', 'Ba Lan', 'Singapore', 'Malaysia', 'Indonesia', 'Philippines', 'Myanmar', 'Ấn Độ', 'Chile',
  // Countries whose Vietnamese names open with a family name ("Mông Cổ", "Hà Lan") or read as one.
  'Mông Cổ', 'Hà Lan', 'Triều Tiên', 'Ai Cập', 'Thổ Nhĩ Kỳ', 'Tây Ban Nha', 'Bồ Đào Nha', 'Na Uy', 'Thụy Điển',
  'Thụy Sĩ', 'Đan Mạch', 'Phần Lan', 'Hy Lạp', 'Nam Phi', 'Cuba', 'Cu Ba', 'Palestine', 'Brunei', 'Đông Timor',
  'Sri Lanka', 'Philíppin', 'Phi-líp-pin', 'Uruguay', 'Argentina', 'Brazil', 'Canada', 'Italia',
  'Hungary', 'Ukraine', 'Belarus', 'Bulgaria', 'Romania', 'Slovakia', 'Israel', 'Iran', 'Mexico', 'Venezuela', 'Peru',
  'Colombia', 'Kazakhstan', 'Uzbekistan', 'Mozambique', 'Angola', 'Nigeria', 'Bangladesh', 'Pakistan', 'Nepal',
  'New Zealand', 'Ireland', 'Kuwait', 'Qatar', 'Algeria', 'Ai-len', 'Đài Loan', 'Hồng Kông', 'Ma Cao',
  'Trung ương', 'Quốc hội', 'Chính phủ', 'Nhà nước', 'Đông Nam Á', 'Châu Á', 'Châu Âu',
];

/** Words of company, brand and place names in foreign languages: never part of a person's name. */
export const NOT_NAME_WORDS: readonly string[] = [
  'Global', 'Group', 'Corp', 'Corporation', 'Company', 'Co', 'Ltd', 'Inc', 'Japan', 'Vietnam', 'Asia', 'Pacific',
  'International', 'Bank', 'Holdings', 'Tech', 'Technology', 'Technologies', 'Media', 'Foundation', 'University',
  'Institute', 'Association', 'Center', 'Centre', 'Airlines', 'Airways', 'Motors', 'Electronics', 'Capital',
  'Partners', 'Solutions', 'Software', 'Systems', 'Network', 'Digital', 'Pharma', 'Foods', 'Land', 'Investment',
  'Securities', 'Insurance', 'Energy', 'Telecom', 'Mobile', 'Online', 'News', 'Times', 'Press', 'Club', 'Team',
  'Festival', 'Awards', 'Summit', 'Forum', 'Expo', 'Korea', 'China', 'America', 'Europe', 'Services', 'Logistics',
  'Hotel', 'Resort', 'City', 'Mall', 'Studio', 'Studios', 'Entertainment', 'Music', 'Sports', 'Academy',
  'School', 'College', 'Labs', 'Lab', 'Cloud', 'Data', 'AI', 'Power', 'Steel', 'Auto', 'Pay', 'Shop', 'Store',
];

/**
 * Units of a place, capitalised in a run of names ("Khuyến Nông Huyện Châu Phú"): before
 * another word a place's name follows them; last, one may be a given name ("Phan Hữu Huyện").
 */
export const UNITS_BEFORE_PLACE_NAMES: readonly string[] = ['Huyện', 'Tỉnh', 'Quận', 'Phường', 'Xã'];
