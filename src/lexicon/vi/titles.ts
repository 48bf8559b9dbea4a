/**
 * Positions and titles that make up a person's role ("Phó Chủ tịch UBND tỉnh", "Giám đốc
 * Sở Y tế"). A role starts with a position word, optionally after a modifier ("Phó",
 * "nguyên"), and runs on over the organisation it belongs to.
 */
import { SPEAKER_LOOKS } from './speech.js';

/**
 * Titles of monarchs and their kin ("vua", "công chúa"): the names they lead to are reign,
 * temple or given names with no family name first ("vua Quang Trung", "công chúa Ngọc Hân"),
 * so the whole capitalised run after one is the name.
 */
export const REGNAL_TITLES: readonly string[] = [
  'Vua', 'vua', 'Hoàng đế', 'hoàng đế', 'Hoàng hậu', 'hoàng hậu', 'Công chúa', 'công chúa', 'Hoàng tử', 'hoàng tử',
  'Quốc vương', 'Nữ hoàng',
];

/**
 * Titles of history and legend, read by the people extractor as it reads ranks (before a
 * name, kept in the role), not as positions: the organisation extractor ends a name at a
 * position word in any case, and these are words of names too ("Liên đoàn Cờ vua", "Giải Cờ tướng").
 */
export const HISTORICAL_TITLES: readonly string[] = [
  ...REGNAL_TITLES, 'Tướng',
  // Ranks of the old court and army and old honours ("lăng Quận công Nguyễn Đình Diễn",
  // "Thiên hộ Võ Duy Dương và Đốc binh Nguyễn Tấn Kiều", "Trạng nguyên Nguyễn Hiền").
  'Quận công', 'quận công', 'Đốc binh', 'đốc binh', 'Thiên hộ', 'Trạng nguyên', 'trạng nguyên',
  // Honours history gives ("Anh hùng dân tộc Triệu Thị Trinh", "Danh nhân văn hóa thế giới Nguyễn Trãi").
  'Anh hùng dân tộc', 'anh hùng dân tộc', 'Danh nhân văn hóa', 'Danh nhân văn hoá', 'danh nhân văn hóa', 'Danh nhân văn hóa thế giới',
  'Danh nhân văn hoá thế giới', 'Danh nhân',
  // The honour of mothers who lost their children to the wars ("Mẹ Việt Nam anh hùng Nguyễn
  // Thị Kim"), as commemorations name them, abbreviated or not.
  'Mẹ Việt Nam anh hùng', 'Mẹ Việt Nam Anh hùng', 'mẹ Việt Nam anh hùng', 'mẹ Việt Nam Anh hùng', 'Bà mẹ Việt Nam anh hùng',
  'Bà mẹ Việt Nam Anh hùng', 'bà mẹ Việt Nam anh hùng', 'bà mẹ Việt Nam Anh hùng', 'Mẹ VNAH', 'mẹ VNAH', 'Bà mẹ VNAH', 'bà mẹ VNAH',
];

/** Words a historical title after which is a noun's second half, no title ("cờ vua", "cờ tướng": chess games). */
export const TITLE_NOUN_HEADS: readonly string[] = ['cờ'];

/**
 * The artists' professions, whose bearers go by a stage or pen name as often as by a full one
 * ("đạo diễn Hải Ninh", "nhạc sĩ Văn Cao", "Diễn viên Thu Hà, đạo diễn …").
 */
export const ARTIST_TITLES: readonly string[] = [
  'đạo diễn', 'diễn viên', 'nhà văn', 'nhà thơ', 'nhạc sĩ', 'ca sĩ', 'họa sĩ', 'nghệ sĩ', 'biên kịch',
  // The same with the older "-sỹ" spelling.
  'nhạc sỹ', 'ca sỹ', 'họa sỹ', 'nghệ sỹ',
];

/**
 * Members of the public named by what they are at the event: a voter speaking at a meeting
 * with deputies ("Cử tri Ngô Minh Châu (phường X) phản ánh …"). Before a name, a role; no
 * post, so a comma after one ends it ("ý kiến của cử tri, ông B – Đại biểu HĐND …").
 */
export const PUBLIC_MEMBER_TITLES: readonly string[] = ['cử tri', 'Cử tri'];

/** Positions, longest forms included so that "Tổng Giám đốc" wins over "Giám đốc". */
export const POSITIONS: readonly string[] = [
  'Chủ tịch', 'Chủ tịch nước', 'Chủ tịch Quốc hội', 'Chủ tịch danh dự', 'Chủ tịch Danh dự', 'Bí thư', 'Bí thư Thứ nhất', 'Tổng Bí thư', 'Thủ tướng',
  'Phó Thủ tướng', 'Bộ trưởng', 'Thứ trưởng', 'Thứ trưởng Thường trực', 'Tổng thống', 'Phó Tổng thống', 'Thị trưởng',
  // A governor (of a central bank, of a US state) and a Lao province's or district's chief.
  'Thống đốc', 'Tỉnh trưởng', 'Huyện trưởng',
  'Giám đốc', 'Tổng Giám đốc', 'Tổng giám đốc', 'TGĐ', 'Hiệu trưởng', 'Hiệu phó', 'Trưởng phòng', 'Trưởng ban',
  'Trưởng Ban', 'Trưởng khoa', 'Trưởng Khoa', 'Trưởng bộ môn', 'Trưởng đoàn', 'Trưởng Đoàn', 'Trưởng Phái đoàn',
  'Trưởng', 'Vụ trưởng', 'Cục trưởng', 'Chi cục trưởng', 'Tổng cục trưởng', 'Viện trưởng', 'Hội trưởng', 'Chủ nhiệm', 'Chính ủy',
  'Chính uỷ', 'Chính trị viên', 'Đồn trưởng', 'Tư lệnh', 'Chỉ huy trưởng', 'Tham mưu trưởng', 'Tổng Tham mưu trưởng', 'Tổng Biên tập', 'Tổng biên tập', 'Biên tập viên',
  'Ủy viên', 'Uỷ viên', 'Ủy viên dự khuyết', 'Uỷ viên dự khuyết', 'Đại biện', 'Đại biện lâm thời', 'nhạc trưởng', 'Nhạc trưởng',
  // The Party Secretariat's standing member ("Thường trực Ban Bí thư Trần Cẩm Tú").
  'Thường trực Ban Bí thư',
  // Membership of a Party committee, spelled out or abbreviated ("TUV, Giám đốc Sở …").
  'Tỉnh ủy viên', 'Tỉnh uỷ viên', 'Thành ủy viên', 'Thành uỷ viên', 'Huyện ủy viên', 'Huyện uỷ viên',
  'Quận ủy viên', 'Quận uỷ viên', 'Thị ủy viên', 'Thị uỷ viên', 'Đảng ủy viên', 'Đảng uỷ viên',
  'TUV', 'TƯV', 'UVTW', 'UVTƯ', 'UVBTV', 'UVTV', 'UVBCH', 'UVBTVTU', 'UV', 'ĐUV', 'HUV',
  // The standing committee of a province's or a district's Party committee ("TVTU, Phó Chủ tịch …").
  'TVTU', 'TVHU',
  // "ĐBQH đơn vị tỉnh" (a member of the National Assembly), "CHT BCHQS xã" (the commander).
  'ĐBQH', 'CHT', 'Đại sứ', 'đại sứ', 'Tổng Lãnh sự', 'Lãnh sự',
  // An embassy's other diplomats: counsellor, minister, attaché.
  'Tham tán', 'tham tán', 'Tham tán Công sứ', 'Công sứ', 'Tùy viên', 'Tuỳ viên', 'Tổng thư ký', 'Tổng Thư ký', 'Thư ký', 'tổng thư ký', 'thư ký',
  'Chánh văn phòng', 'Chánh Văn phòng', 'Chánh thanh tra', 'Chánh Thanh tra', 'Chánh án', 'Viện trưởng',
  'Kiểm sát viên', 'Đại biểu Quốc hội', 'Đại biểu', 'Trưởng đại diện', 'Điều phối viên', 'Giảng viên',
  'Giáo viên', 'Chuyên viên', 'Trợ lý', 'Thành viên', 'Cố vấn', 'Người phát ngôn', 'Trưởng phái đoàn',
  'Bác sĩ', 'Nhà báo', 'nhà báo', 'đạo diễn', 'Đạo diễn', 'diễn viên', 'Diễn viên', 'quay phim', 'biên kịch',
  'nhà văn', 'nhà thơ', 'nhạc sĩ', 'ca sĩ', 'họa sĩ', 'nhà nghiên cứu', 'chuyên gia', 'Chuyên gia',
  // The artists' professions with the older "-sỹ" spelling (ARTIST_TITLES).
  'nhạc sỹ', 'ca sỹ', 'họa sỹ', 'nghệ sỹ',
  'Tổng Chỉ huy', 'Kế toán trưởng', 'Trưởng trạm', 'Trưởng thôn', 'Trưởng ấp', 'Trưởng khu phố', 'Tổ trưởng', 'Tổ phó',
  'Chi hội trưởng', 'Chi hội phó', 'Hội phó', 'Đội phó', 'Khối trưởng', 'Xóm trưởng', 'Trưởng bản',
  'Đội trưởng', 'Bí thư chi bộ', 'Chủ nhiệm khoa', 'Phụ trách', 'Quyền Giám đốc', 'Quyền Hiệu trưởng',
  'Trưởng Công an', 'Thượng nghị sĩ', 'Nghị sĩ', 'Thủ hiến', 'Quốc vương', 'Nữ hoàng', 'Hoàng tử',
  'Đại diện', 'đại diện', 'Nghiên cứu sinh', 'nghệ sĩ', 'vận động viên', 'học sinh', 'sinh viên', 'nữ sinh',
  'nam sinh', 'thủ khoa', 'Thủ khoa', 'nhiếp ảnh gia', 'nghệ nhân', 'Nghệ nhân',
  // Cooks, in Vietnamese and as kitchens call them ("Chef Trương Kiến Toàn").
  'đầu bếp', 'Đầu bếp', 'Chef', 'chef',
  'cầu thủ', 'Cầu thủ', 'thủ môn', 'HLV', 'huấn luyện viên', 'Huấn luyện viên', 'VĐV', 'thí sinh', 'Thí sinh',
  // Players named by their game: "kỳ thủ" (chess), "cơ thủ" (billiards), "xạ thủ" (shooting), "tay vợt" (not "võ sĩ": "Võ Sĩ" opens names).
  'kỳ thủ', 'cơ thủ', 'xạ thủ', 'tay vợt', 'tay đua',
  'giáo viên', 'giáo viên hướng dẫn', 'giảng viên', 'phóng viên', 'Phóng viên', 'doanh nhân', 'Doanh nhân', 'kiến trúc sư', 'Kiến trúc sư',
  'chủ nhiệm', 'Chủ nhiệm đề tài', 'người sáng lập', 'Nhà sáng lập', 'nhà sáng lập', 'Người sáng lập', 'Founder',
  'Co-founder', 'CEO', 'Đối tác', 'Đồng sáng lập', 'đồng sáng lập', 'Giám đốc điều hành', 'Chủ tịch HĐQT', 'Chủ tịch Hội đồng quản trị', 'Trưởng BTC',
  'Trưởng ban tổ chức', 'Trưởng Ban tổ chức',
  // Co-heads ("đồng Trưởng ban tổ chức"): whole entries, since "đồng" alone opens nothing.
  'đồng Trưởng ban', 'đồng Trưởng ban tổ chức', 'đồng Trưởng BTC', 'đồng Chủ tịch', 'đồng Chủ nhiệm',
  'MC', 'người dẫn chương trình', 'PCT', 'CT', 'GĐ', 'PGĐ', 'HT',
  // "Phó" abbreviated and glued to the post ("P.Chủ tịch UBND huyện").
  'P.Chủ tịch', 'P.Giám đốc', 'P.Bí thư', 'P.Trưởng ban', 'P.Trưởng phòng', 'P.Hiệu trưởng',
  'BT', 'PBT', 'Phó TGĐ', 'Đảng viên', 'đảng viên', 'Đoàn viên', 'đoàn viên', 'ĐVCĐ', 'đoàn viên công đoàn', 'Chiến sĩ', 'chiến sĩ', 'Quân nhân', 'quân nhân', 'Cán bộ', 'Trưởng Công an xã',
  'Điều dưỡng', 'Y tá', 'Thẩm phán', 'Kiểm sát viên', 'Điều tra viên', 'tân sinh viên', 'Tân sinh viên', 'tân kỹ sư', 'Kỹ sư', 'Luật sư',
  // Opening with a modifier's word, matched whole: "chiến binh" alone is no post, and as
  // one it would end the name of "Hội Cựu chiến binh" (see matchPosition).
  'cựu chiến binh',
  // A grower ("nhà vườn Từ Mỹ Vân"). Not "nông dân" nor "hội viên": as posts they cut
  // "Hội Nông dân" and read "Hội viên" opening a sentence as a title.
  'nhà vườn',
  ...PUBLIC_MEMBER_TITLES,
  // The Catholic clergy's posts, which our gold keeps as the role ("Đức cha Gioan Maria Vũ
  // Tất", "cha xứ Giuse Nguyễn Văn Yêm"), and a pagoda's abbot ("trụ trì chùa X").
  'Đức cha', 'Giám mục', 'Đức Giám mục', 'Tổng Giám mục', 'Đức Tổng Giám mục', 'Hồng y', 'Đức Hồng y',
  'Cha', 'cha', 'Cha xứ', 'cha xứ', 'Cha sở', 'cha sở', 'Cha phó', 'cha phó', 'Cha chánh xứ', 'cha chánh xứ',
  'Chánh xứ', 'chánh xứ', 'Trưởng hạt', 'Tổng Đại diện', 'Tổng đại diện', 'Trụ trì', 'trụ trì', 'Trú trì', 'trú trì',
  // The Buddhist Sangha's posts: its patriarch, its elders, and the heads of a province's
  // executive board (Ban Trị sự, "BTS": "Phó BTS GHPGVN tỉnh").
  'Pháp chủ', 'Phó Pháp chủ', 'Giáo phẩm chứng minh', 'Phó BTS', 'Trưởng BTS',
  // A board's deputy head, and its standing deputy ("Phó ban Thường trực Ban Trị sự", "Phó
  // Thường trực Ban trị sự"); an elder the board's rites are witnessed by ("Chứng minh Ban
  // Trị sự", whole: "chứng minh" alone is "to prove").
  'Phó ban', 'Phó Ban', 'Phó Thường trực', 'Chứng minh Ban Trị sự', 'Chứng minh Ban trị sự', 'Chứng minh BTS',
];

/**
 * Positions that say whom somebody stands for ("Đại diện nhà tài trợ, ông A, Giám đốc …"):
 * a position of the person's own written after the name replaces them.
 */
export const STAND_IN_POSITIONS: readonly string[] = ['Đại diện', 'đại diện'];

/** Words that modify a following position and belong to the role ("Phó", "nguyên"). */
export const POSITION_MODIFIERS: readonly string[] = ['Phó', 'phó', 'nguyên', 'Nguyên', 'cựu', 'Cựu', 'tân', 'Tân', 'Quyền'];

/**
 * Words before a position that make it the one somebody acts for ("Thay mặt Chủ tịch nước,
 * đồng chí A trao …", "Thừa ủy quyền của Chủ tịch nước, …"): the name after the comma holds
 * another post.
 */
export const DELEGATION_MARKERS: readonly string[] = ['thay mặt', 'thừa ủy quyền', 'ủy quyền của', 'thừa lệnh', 'thừa lệnh của'];

/**
 * Verbs of being elected or appointed after a name ("ông A được bầu làm Chủ tịch Hội",
 * "bổ nhiệm ông B, giữ chức vụ Giám đốc …", "bầu ông C vào chức vụ Bí thư"): the position that follows, after a copula
 * (ROLE_COPULAS) or not, is the person's role.
 */
export const ELECTION_PHRASES: readonly string[] = [
  'được bầu', 'được tín nhiệm bầu', 'được tín nhiệm được bầu', 'tái đắc cử', 'đắc cử', 'trúng cử', 'giữ chức vụ', 'vào chức vụ',
  // The post named as such ("ông A trúng cử chức vụ Chủ tịch HĐND xã", "được bầu giữ chức Bí thư").
  'trúng cử chức vụ', 'đắc cử chức vụ', 'được bầu giữ chức vụ', 'được bầu giữ chức',
  // Appointed, reappointed or moved to a post ("ông A được bổ nhiệm lại giữ chức vụ Phó Giám đốc …").
  'được bổ nhiệm', 'được bổ nhiệm lại', 'được điều động', 'được luân chuyển', 'được phân công',
  // Leaving a post names it too ("ông B sẽ thôi làm nhiệm vụ Giám đốc Bệnh viện …", after ELECTION_PREVERBS).
  'làm nhiệm vụ',
];

/**
 * Words between a name and its election verb ("ông A vừa được bầu …", "ông B cũng được bổ
 * nhiệm lại …", "ông C sẽ thôi giữ chức vụ …"): the post after the verb is still his.
 */
export const ELECTION_PREVERBS: readonly string[] = ['vừa', 'đã', 'cũng', 'mới', 'sẽ', 'chính thức', 'thôi'];

/** Copulas between an election verb and a position: "là", "làm", "giữ chức" (after a name itself, "là" only: "A làm chủ nhiệm" may be a task). */
export const ROLE_COPULAS: readonly string[] = ['là', 'làm', 'giữ chức', 'giữ chức vụ'];

/** Links inside a role chain ("Phó Chủ tịch HĐQT kiêm Phó Tổng Giám đốc"). */
export const ROLE_LINKS: readonly string[] = ['kiêm', 'kiêm nhiệm', 'đồng thời là', 'đến từ'];

/**
 * Nouns whose second syllable is a breaker (below): inside a name or a role they are no
 * verb, and they report no speech ("Đài Tiếng nói Việt Nam").
 */
export const BREAKER_COMPOUNDS: readonly string[] = ['tiếng nói', 'lời nói'];

/**
 * Words that open with a breaker (below) and are none: nouns of a body's field ("Ban từ thiện
 * xã hội", "Quỹ từ thiện": "từ" alone is "from"; "Ban Quản lý dự án", "Giám đốc dự án": "dự"
 * alone is "attend").
 */
export const NOT_ROLE_BREAKERS: readonly string[] = ['từ thiện', 'dự án', 'dự toán'];

/**
 * Lower-case words that end a role written after a name: verbs of speech and action and
 * function words that cannot be part of a position or an organisation name.
 */
export const ROLE_BREAKERS: readonly string[] = [
  'cho biết', 'nhấn mạnh', 'khẳng định', 'chia sẻ', 'phát biểu', 'nói', 'đề nghị', 'yêu cầu', 'cho rằng',
  'bày tỏ', 'tâm sự', 'nhận xét', 'nhận định', 'nhìn nhận', 'thông báo', 'cho hay', 'phối hợp', 'giới thiệu', 'trình bày', 'báo cáo',
  'đánh giá', 'kêu gọi', 'mong muốn', 'hy vọng', 'tin tưởng', 'cảm ơn', 'chúc mừng', 'ghi nhận', 'lưu ý',
  'là', 'đã', 'đang', 'sẽ', 'vừa', 'được', 'bị', 'có', 'cùng', 'làm', 'giữ', 'thay', 'trao', 'tặng',
  'nhận', 'tham dự', 'dự', 'chủ trì', 'phát động', 'khai mạc', 'bế mạc', 'khai giảng', 'bế giảng', 'kết luận', 'đến', 'tới', 'về', 'trong', 'khi',
  'thì', 'mà', 'nhưng', 'để', 'từ', 'sau', 'trước', 'đó', 'này', 'gửi', 'đọc', 'cắt băng', 'bấm nút',
  'thăm', 'tiếp', 'gặp', 'chụp', 'trả lời', 'tặng hoa', 'chứng kiến', 'điều hành', 'dẫn đầu', 'chỉ đạo',
  'nêu', 'nêu rõ', 'viết', 'trò chuyện', 'lên', 'xuống', 'ra', 'vào', 'đi', 'sinh năm', 'quê', 'ở đây',
  'cũng', 'còn', 'đều', 'vẫn', 'luôn', 'rất', 'nhiều', 'bên', 'với vai trò', 'thực hiện', 'tuyên bố',
  'cần', 'phải', 'nên', 'chọn', 'đề xuất', 'ký', 'ký kết', 'tiếp tục', 'triển khai', 'ban hành', 'quyết định',
  'ôn lại', 'nhắc lại', 'điểm lại', 'hướng dẫn', 'giải thích',
  ...SPEAKER_LOOKS,
  'phân tích', 'trao đổi', 'dặn dò', 'nhắn nhủ', 'động viên', 'khen ngợi', 'biểu dương', 'tuyên dương',
  'kỷ niệm', 'kỉ niệm', 'tổng kết', 'chào mừng', 'hưởng ứng', 'đón nhận', 'tri ân', 'tập huấn', 'ra quân',
  // The rites of a commemoration ("Ban Bí thư T.Ư Đoàn dâng hương khu di tích …").
  'dâng hương', 'dâng hoa', 'thắp hương', 'viếng',
  'khuyến cáo', 'khuyến nghị', 'cảnh báo', 'dự báo', 'nhắc nhở', 'khuyên', 'kể lại', 'lý giải', 'thừa nhận', 'bộc bạch',
  'giải đáp', 'bình luận', 'khích lệ', 'hoan nghênh', 'khái quát', 'hứa', 'gồm', 'bao gồm', 'quán triệt',
  // Manner adverbs opening the predicate ("… Sở B trân trọng cảm ơn …", "Bộ Y tế long trọng tổ chức …", "Ban Lãnh đạo Bảo
  // tàng X nhiệt tình đón tiếp").
  'trân trọng', 'ân cần', 'nhiệt liệt', 'nhiệt tình', 'long trọng',
  // Acting on another's authority ("Chủ tịch UBND tỉnh thừa ủy nhiệm Bộ trưởng Bộ X trao …").
  'thừa ủy nhiệm', 'thừa uỷ nhiệm', 'thừa lệnh',
  // Following an example ("các em học sinh noi gương …").
  'noi gương',
  // Leaving a post ("A, Chủ tịch Hội B thôi tham gia công tác Hội").
  'thôi',
  // Seeing off and welcoming ("Phó Chủ tịch UBND tỉnh tiễn Bộ trưởng …"), and a picture given
  // ("tặng Đại sứ bức ảnh Chủ tịch Hồ Chí Minh": "bức" counts a picture, a letter).
  'tiễn', 'đón', 'bức',
  // Casting a vote ("Bí thư Tỉnh ủy bỏ phiếu tại khu vực …"; it also cuts a polling place's
  // name in a role: "Tổ trưởng Tổ bầu cử Khu vực bỏ phiếu số 20").
  'bỏ phiếu',
  // Sponsoring ("Giám đốc Công ty X tài trợ Trường Y 5 tỉ đồng").
  'tài trợ',
  // Examples of a kind ("nhiều kỳ thủ mạnh như A, B"): the names are the examples', the kind no post.
  'như',
  // Winning a prize or a place ("A (CLB X) đoạt giải nhì", "B giành huy chương vàng", "học sinh lớp 2E đạt giải nhất").
  'đoạt', 'giành', 'đạt',
  // Announcing a decision ("B - Phó trưởng Phòng Đào tạo công bố Quyết định …").
  'công bố',
  // Becoming ("xây dựng Hội trở thành tổ chức uy tín": "tổ chức" there is a noun, no act of the Hội's).
  'trở thành',
];
