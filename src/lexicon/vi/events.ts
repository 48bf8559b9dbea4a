/**
 * Event words: the nouns that head an event's name, the event types, the verbs around
 * an event (dropped from its name), the markers of a theme, and the words that end a name.
 */

/**
 * Nouns that open an event's name ("Lễ trao giải …", "Hội nghị tổng kết …"). Longest
 * match wins, so "Lễ hội" is read before "Lễ".
 */
export const EVENT_HEADS: readonly string[] = [
  'lễ', 'lễ hội', 'buổi lễ', 'hội nghị', 'hội thảo', 'tọa đàm', 'diễn đàn', 'liên hoan', 'tuần lễ', 'tháng hành động',
  'ngày hội', 'hội chợ', 'hội thi', 'hội diễn', 'hội trại', 'hội khỏe phù đổng', 'cuộc thi', 'giải', 'giải đấu', 'giải thưởng',
  'triển lãm', 'đại hội', 'cuộc họp', 'buổi họp', 'phiên họp', 'kỳ họp', 'buổi giao lưu', 'buổi gặp gỡ', 'buổi gặp mặt',
  'cuộc gặp gỡ', 'chương trình giao lưu', 'chương trình tọa đàm', 'chương trình', 'lớp tập huấn', 'lớp bồi dưỡng',
  'buổi tọa đàm', 'buổi nói chuyện', 'hội nghị trực tuyến', 'lễ ra quân', 'chuỗi hoạt động', 'festival', 'techfest', 'hội sách',
  'phiên chợ', 'chợ phiên', 'sự kiện', 'buổi hội thảo', 'buổi tập huấn', 'hội thao', 'đêm nhạc', 'đêm văn nghệ', 'cuộc mít tinh', 'lễ mít tinh', 'buổi mít tinh',
  'ngày quốc tổ', 'ngày hội đọc sách', 'ngày sách', 'đại lễ', 'kỳ thi', 'khóa học', 'khóa tập huấn', 'hành trình',
  'chiến dịch', 'tuần văn hóa', 'ngày văn hóa', 'đêm gala', 'gala', 'buổi biểu diễn', 'chương trình nghệ thuật',
  'vòng chung kết', 'chung kết', 'hội xuân', 'hội làng', 'phiên giao dịch', 'lễ phát động', 'hội nghị khoa học',
  // Deputies meeting their voters ("buổi tiếp xúc cử tri sau kỳ họp thứ năm"), leaders receiving
  // citizens ("buổi tiếp công dân định kỳ tháng 11"); a mass.
  'tiếp xúc cử tri', 'buổi tiếp xúc cử tri', 'hội nghị tiếp xúc cử tri', 'cuộc tiếp xúc cử tri', 'thánh lễ',
  'tiếp công dân', 'buổi tiếp công dân', 'phiên tiếp công dân',
  'diễn tập', 'cuộc diễn tập', 'buổi diễn tập', 'buổi tổng duyệt', 'buổi hợp luyện', 'chung khảo', 'vòng chung khảo', 'bán kết',
  'vòng bán kết', 'họp mặt', 'buổi họp mặt', 'cuộc họp mặt', 'buổi làm việc', 'buổi tuyên truyền', 'buổi ra quân',
  'buổi sinh hoạt', 'sinh hoạt kỷ niệm', 'sinh hoạt chuyên đề', 'năm du lịch quốc gia',
]; 

/** Words after a head that point back to an event named before ("Phiên chợ này", "hội nghị nói trên"): no name. */
export const POINTING_BACK_WORDS: readonly string[] = ['này', 'đó', 'ấy', 'trên', 'nói trên', 'kể trên'];

/**
 * The opening or closing of another event: "lễ khai mạc" alone names none, and "lễ khai mạc
 * tuần văn hóa du lịch" is the opening of the "Tuần Văn hóa du lịch Sa Pa năm 2023" an
 * article names elsewhere, which is the event.
 */
export const OPENING_CEREMONIES: readonly string[] = [
  'lễ khai mạc', 'lễ bế mạc', 'buổi lễ khai mạc', 'buổi lễ bế mạc', 'phiên khai mạc', 'phiên bế mạc', 'buổi khai mạc', 'buổi bế mạc',
];

/** Heads too generic to name an event alone; used only when nothing better is found. */
export const GENERIC_EVENT_HEADS: readonly string[] = ['buổi lễ', 'sự kiện', 'chương trình'];

/** Event types, most specific first; the first found in the name (else its sentence) wins. */
export const EVENT_TYPES: readonly string[] = [
  'lễ trao giải', 'trao giải', 'lễ khai giảng', 'khai giảng', 'bế giảng', 'khai mạc', 'bế mạc', 'phát động', 'khánh thành',
  'khởi công', 'động thổ', 'ký kết', 'kỷ niệm', 'kỉ niệm', 'tổng kết', 'sơ kết', 'tuyên dương', 'biểu dương', 'vinh danh', 'trao quyết định',
  'trao bằng', 'tốt nghiệp', 'kết nạp', 'ra mắt', 'công bố', 'giao lưu', 'tọa đàm', 'hội thảo', 'hội nghị', 'diễn đàn',
  'triển lãm', 'liên hoan', 'lễ hội', 'hội thi', 'cuộc thi', 'giải đấu', 'đại hội', 'tập huấn', 'cuộc họp', 'họp',
  'mít tinh', 'ngày hội', 'tuần lễ', 'hội chợ', 'giỗ tổ', 'dâng hương', 'tri ân', 'gặp mặt', 'nghiệm thu', 'bàn giao',
  'diễn tập', 'tổng duyệt', 'khen thưởng', 'trao học bổng', 'trao thưởng', 'trao tặng', 'trưng bày',
  // A drive launched: "ra quân dọn vệ sinh môi trường", "ra quân Chiến dịch X".
  'ra quân',
  // Visits bearing gifts ("thăm, tặng quà gia đình chính sách", "trao quà Tết"), a youth trip to historic places ("về nguồn").
  'thăm và tặng quà', 'thăm, tặng quà', 'thăm hỏi, tặng quà', 'thăm hỏi và tặng quà', 'tặng quà', 'trao quà', 'về nguồn',
  // A leader's visit of congratulation ("Bí thư Tỉnh ủy … thăm, chúc mừng Ngày Thầy thuốc Việt Nam").
  'thăm, chúc mừng', 'thăm và chúc mừng', 'thăm hỏi, chúc mừng',
  // Charity houses handed over ("tặng nhà tình thương", "trao nhà Đại đoàn kết"), an inspection ("HĐND tỉnh khảo sát việc …").
  'tặng nhà', 'trao nhà', 'khảo sát',
  'tiếp xúc cử tri', 'tiếp công dân', 'thánh lễ',
  // A road or bridge opened to traffic, a work given a plaque in honour of a congress.
  'thông xe', 'gắn biển',
];

/**
 * Verbs and phrases that put an event on stage ("X tổ chức khai mạc Y", "tại Y", "trong
 * khuôn khổ Y"): a head after one of them is the event the sentence reports.
 */
export const EVENT_INTRODUCERS: readonly string[] = [
  'tổ chức', 'khai mạc', 'bế mạc', 'phát động', 'diễn ra', 'chủ trì', 'tham dự', 'dự', 'tại', 'trong khuôn khổ', 'chúc mừng',
  'long trọng tổ chức', 'phối hợp tổ chức', 'đăng cai', 'tổ chức thành công', 'có buổi họp', 'buổi họp', 'khuôn khổ',
  'tham gia', 'hưởng ứng', 'đã có', 'vừa có', 'về dự', 'mở màn', 'khởi động', 'trong',
  // "tổ chức thực hiện Lễ ra quân …": the organising verb with its own complement.
  'tổ chức thực hiện',
  // "X làm lễ khánh thành …": the ceremony a body holds.
  'làm',
  // A rite presided over or celebrated ("Đức Giám mục chủ sự thánh lễ …", "cử hành nghi lễ …").
  'chủ sự', 'cử hành',
];

/**
 * Introducers that frame the event in a larger one ("Hưởng ứng Tuần lễ quốc gia X, … tổ chức
 * Hội thi Y", "chào mừng Đại hội …", "Nằm trong chuỗi hoạt động …"): the framed head names the event only when the
 * sentence organises nothing else.
 */
export const FRAMING_INTRODUCERS: readonly string[] = ['hưởng ứng', 'chào mừng', 'chào mừng thành công', 'nằm trong', 'trong khuôn khổ', 'khuôn khổ'];

/**
 * Introducers of an occasion ("… đến thăm, chúc mừng Giáo xứ X nhân dịp Lễ Giáng sinh 2022",
 * "Nhân dịp Đại lễ Phật đản, đoàn … đã đến thăm …"): they frame as FRAMING_INTRODUCERS do, and
 * what the sentence says was done names the event before the occasion as well as after it.
 */
export const OCCASION_INTRODUCERS: readonly string[] = ['nhân dịp', 'nhân'];

/**
 * Second halves of paired fields written with a spaced dash ("kinh tế - xã hội", "văn hóa -
 * thể thao"): after such a dash the name goes on, though a lower-case word follows it.
 */
export const DASH_PAIR_SECOND_HALVES: readonly string[] = [
  'xã hội', 'thể thao', 'công nghệ', 'đào tạo', 'quốc phòng', 'an ninh', 'du lịch', 'thương mại', 'môi trường',
  'nghệ thuật', 'văn hóa', 'gia đình', 'thông tin', 'truyền thông', 'dịch vụ', 'đầu tư',
  // "kết nối cung - cầu" (supply and demand), "khoa học - kỹ thuật", "chính trị - đối ngoại".
  'cầu', 'kỹ thuật', 'đối ngoại',
];

/**
 * The verb of a committee named for a larger event ("Ban tổ chức Ngày hội X tổ chức khai mạc
 * Liên hoan Y"): it ends a name, and a head right before it is that committee's event.
 */
export const COMMITTEE_VERBS: readonly string[] = ['tổ chức khai mạc', 'tổ chức bế mạc', 'tổ chức lễ khai mạc', 'tổ chức lễ bế mạc', 'long trọng tổ chức'];

/** Verbs that a name ends before ("… 2023 diễn ra ngày", "Buổi giao lưu nhận được …"). */
export const NAME_ENDERS: readonly string[] = [
  'với chủ đề', 'về chủ đề', 'có chủ đề', 'chủ đề', 'với thông điệp', 'với sự', 'dưới sự', 'với', 'do', 'tại', 'diễn ra',
  // "vào" ends a name before a time ("… vào sáng 2/10"), not as "into" ("xúc tiến đầu tư vào Khu kinh tế …").
  'vào ngày', 'vào lúc', 'vào sáng', 'vào chiều', 'vào tối', 'vào trưa', 'vào đêm', 'vào hôm', 'vào dịp', 'vào thời điểm',
  'vào cuối', 'vào đầu', 'vào giữa', 'vào thứ', 'vào chủ nhật', 'vào tháng', 'vào năm', 'vào hồi', 'vào khoảng',
  'được tổ chức', 'được', 'đã', 'sẽ', 'vừa', 'cũng', 'nhằm', 'là', 'có', 'thu hút', 'quy tụ', 'theo chương trình', 'theo kế hoạch', 'nhận được', 'từ ngày', 'hôm nay', 'hôm qua',
  'năm nay', 'đang', 'kéo dài', 'khép lại', 'kết thúc', 'bắt đầu', 'cho biết', 'để', 'nhân dịp', 'nhân kỷ niệm', 'nhân kỉ niệm', 'nhân ngày', 'nhân tháng', 'nhân tuần', 'chào mừng',
  'mang', 'góp phần', 'ở', 'cùng', 'bằng', 'qua', 'dành cho', 'thuộc', 'trong không khí', 'trong không gian', 'trong khuôn khổ', 'trong dịp',
  'trong thời gian', 'trong suốt', 'trong ngày', 'trong hai ngày', 'trong ba ngày', 'trong các ngày', 'hoàn thành',
  // "… chính thức khai mạc": the act made official, not an "official visit" ("thăm chính thức").
  'chính thức khai mạc', 'chính thức bế mạc', 'chính thức diễn ra', 'chính thức được', 'chính thức bắt đầu', 'chính thức khởi động',
  'chính thức khép lại', 'chính thức kết thúc', 'chính thức ra mắt', 'chính thức vào', 'chính thức trở lại',
  // A bridge or road opened is named without the course it runs ('cầu X bắc qua sông Y').
  'bắc qua', 'nối liền',
  // Where it is held, as "tại" and "ở" tell it ("trao quà cho học sinh trên địa bàn huyện").
  'trên địa bàn',
  // What the event holds is told after it ("Lễ hội gồm các chương trình …").
  'gồm', 'bao gồm',
  // An apposition saying what kind of event it is ("…, một trong những sự kiện thường niên").
  'một trong những', 'một trong',
  // A clause about it ("Hội thảo không chỉ …", "Hội thảo tập trung vào …"), its part of the
  // day ("Cuộc thi buổi sáng 17/10 gồm …") or this edition of it ("hội thi ca cổ lần này").
  'không chỉ', 'tập trung vào', 'buổi sáng', 'buổi chiều', 'buổi tối', 'buổi trưa', 'lần này',
  // How it is held ("Hội thảo X theo hình thức trực tiếp và trực tuyến") and, in the
  // passive without "được", by whom ("Tuần lễ X tổ chức bởi UBND tỉnh").
  'theo hình thức', 'tổ chức bởi',
  // What the work it opens cost ("khánh thành cầu X trị giá 800 triệu đồng").
  'trị giá', 'tổng mức đầu tư', 'tổng vốn đầu tư',
  ...COMMITTEE_VERBS,
];


/**
 * Enders that may also join the parts of a name ("Cuộc thi sáng tạo dành cho thanh thiếu
 * niên", "Giải chạy chào mừng Ngày …"): repeated from the headline with the words around
 * them, they end nothing. Places, times and verbs of a clause are not among them.
 */
export const NAME_JOINING_ENDERS: readonly string[] = [
  'dành cho', 'với', 'cùng', 'qua', 'bằng', 'thuộc', 'chào mừng', 'nhân dịp', 'nhân kỷ niệm', 'nhân kỉ niệm', 'trong khuôn khổ',
  'để', 'nhằm',
];

/**
 * Words whose second syllable is a name ender ("qua", "bằng", "ở", "với", "do"): there the
 * ender is no word of its own and ends nothing ("… nhất trí thông qua dự kiến", "Hội chợ
 * nhà ở", "Hội thảo về công bằng giới").
 */
export const ENDER_COMPOUNDS: readonly string[] = [
  'thông qua', 'vượt qua', 'trải qua', 'bỏ qua', 'công bằng', 'cân bằng', 'nhà ở', 'chỗ ở', 'nơi ở', 'đối với',
  'tự do', 'hiện tại', 'cuối cùng', 'sẵn có', 'vốn có', 'hiện có', 'giàu có', 'quen thuộc', 'phụ thuộc', 'trực thuộc',
  'tùy thuộc', 'lệ thuộc',
  // A diploma or certificate given ("Lễ trao bằng tốt nghiệp", "lễ đón nhận bằng công nhận di tích", "Lễ đón bằng UNESCO ghi danh …").
  'trao bằng', 'nhận bằng', 'cấp bằng', 'tặng bằng', 'đón bằng',
];

/**
 * Words of quantity that open a clause's subject after a comma ("…, hơn 500 người dân tham
 * gia …"): a count of people, no part of the event's name.
 */
export const QUANTITY_OPENERS: readonly string[] = ['hơn', 'gần', 'khoảng', 'trên', 'hàng', 'nhiều', 'đông đảo', 'toàn bộ', 'tất cả'];

/**
 * Phrases opening with a name ender that describe who the event is for, inside its name
 * ("trao quà cho học sinh có hoàn cảnh khó khăn", "biểu dương đảng viên có thành tích xuất
 * sắc"): the name goes on through them.
 */
export const ENDER_PHRASES: readonly string[] = [
  'có hoàn cảnh', 'có thành tích', 'có công',
  // Whom a ceremony sends off or honours ("Lễ tiễn quân nhân hoàn thành nghĩa vụ quân sự").
  'hoàn thành nghĩa vụ', 'hoàn thành xuất sắc', 'hoàn thành tốt',
  // "quân nhân tại ngũ": serving, no place.
  'tại ngũ',
];

/**
 * Words that open a purpose ("phiên họp để chuẩn bị kỳ họp …", "hội nghị nhằm đánh giá …"):
 * they end a name, but after a bare head the purpose is all that names the event.
 */
export const PURPOSE_LINKS: readonly string[] = ['để', 'nhằm'];

/**
 * Prepositions that open a sentence with the event as an adverbial ("Tại hội nghị, ông X …"):
 * the comma after it ends the name, whatever short clause follows.
 */
export const ADVERBIAL_OPENERS: readonly string[] = ['tại', 'trong', 'dự'];

/** Verbs whose subject is the event itself, never who organises it ("Hội chữ Xuân đang diễn ra tại …"). */
export const TAKING_PLACE_VERBS: readonly string[] = ['diễn ra', 'đang diễn ra', 'sẽ diễn ra', 'đã diễn ra', 'được tổ chức', 'đang được tổ chức'];

/**
 * Aspect words before a verb that reports the event as done ("UBND tỉnh đã khánh thành cầu
 * X", or in the passive, "hai em vừa được trao tặng học bổng"): with no event noun, the verb
 * after one of them names the event.
 */
export const EVENT_VERB_ASPECTS: readonly string[] = [
  'đã', 'vừa', 'chính thức', 'đã chính thức', 'vừa chính thức', 'đã được', 'vừa được',
  // With a verb of coming: "Hội X đã đến thăm, tặng quà …", "Đoàn vừa về thăm …".
  'đã đến', 'vừa đến', 'đã tới', 'vừa tới', 'đã về', 'vừa về',
];

/**
 * Verbs whose object is the event when no event noun names it: "Sở X đã tổ chức Hội đồng
 * tư vấn tuyển chọn …" (a capitalised object after an aspect word, see event-name.ts).
 */
export const OBJECT_EVENT_VERBS: readonly string[] = ['tổ chức'];

/** Words after such a verb that say where or when, not what ("X tổ chức tại Y", "tổ chức vào sáng 5/6"): no object follows. */
export const NOT_OBJECT_OPENERS: readonly string[] = ['tại', 'ở', 'vào', 'trong', 'từ'];

/**
 * Words that may continue a name after a comma ("Lễ nghiệm thu, khánh thành công trình …"),
 * and the second half of a meeting's or opening's paired business ("Hội nghị quán triệt,
 * triển khai …", "lễ khánh thành, đưa vào sử dụng …").
 */
export const NAME_COMMA_CONTINUERS: readonly string[] = [
  ...EVENT_TYPES,
  'triển khai', 'đưa vào sử dụng', 'bàn giao', 'gắn biển', 'trao giải', 'khởi động',
  // The rites for fallen soldiers' remains ("lễ đón nhận, truy điệu và an táng 12 hài cốt liệt sỹ").
  'truy điệu', 'an táng',
];

/**
 * Groups of people by what they are or do, whom a body may gather as its members ("Hội Doanh
 * nhân cựu chiến binh tỉnh X"). The first part of PEOPLE_GROUPS.
 */
export const MEMBER_GROUPS: readonly string[] = [
  'học sinh', 'sinh viên', 'học viên', 'giáo viên', 'giảng viên', 'nhà giáo', 'cán bộ', 'công chức', 'viên chức',
  'người lao động', 'lao động', 'công nhân', 'nhân viên', 'đoàn viên', 'hội viên', 'đảng viên', 'thanh niên',
  'thiếu niên', 'thiếu nhi', 'nhi đồng', 'chiến sĩ', 'sĩ quan', 'hạ sĩ quan', 'phụ huynh', 'trẻ em', 'người dân',
  'nhân dân', 'doanh nhân', 'nghệ sĩ', 'văn nghệ sĩ', 'vận động viên', 'huấn luyện viên', 'bác sĩ', 'y bác sĩ', 'thầy thuốc',
  'điều dưỡng', 'cựu chiến binh', 'nông dân', 'phụ nữ', 'trí thức', 'nhà khoa học', 'tình nguyện viên', 'người cao tuổi',
];

/**
 * Nouns for groups of people that a name pairs with a comma ("cho học sinh, sinh viên vượt
 * khó", "dành cho cán bộ, công chức"): between two of them a comma does not end the name.
 */
export const PEOPLE_GROUPS: readonly string[] = [
  ...MEMBER_GROUPS,
  // Those honoured or met as a body ("tuyên dương tập thể, cá nhân tiêu biểu", "gặp mặt lãnh đạo, cán bộ …",
  // "thành tích của tổ chức, cá nhân": the verb "tổ chức" never stands after such a noun and its comma).
  'lãnh đạo', 'tập thể', 'cá nhân', 'tổ chức',
];

/**
 * Crop seasons, listed with commas in a name ("sơ kết vụ hè thu, thu đông, vụ mùa năm 2023"):
 * between two of them a comma does not end the name.
 */
export const CROP_SEASONS: readonly string[] = [
  'vụ hè thu', 'hè thu', 'vụ thu đông', 'thu đông', 'vụ đông xuân', 'đông xuân', 'vụ xuân hè', 'xuân hè', 'vụ mùa',
  'vụ chiêm', 'vụ xuân', 'vụ hè', 'vụ đông', 'vụ thu',
];

/**
 * Fields of public life listed in a name ("triển lãm ảnh thành tựu kinh tế, văn hóa, xã hội, an
 * ninh - quốc phòng"): a comma between two of them goes on with the name.
 */
export const SECTORS: readonly string[] = [
  'kinh tế', 'văn hóa', 'xã hội', 'an ninh', 'quốc phòng', 'chính trị', 'giáo dục', 'y tế', 'thể thao', 'du lịch',
  'khoa học', 'công nghệ', 'môi trường', 'nông nghiệp', 'công nghiệp', 'thương mại', 'dịch vụ', 'đối ngoại', 'văn nghệ',
];

/**
 * Kinds of outreach and prevention work paired or listed with commas in a name ("tuyên
 * truyền, phổ biến, giáo dục pháp luật", "diễu hành, cổ động", "phòng, chống ma túy",
 * "cứu nạn, cứu hộ"): a comma between two of them goes on with the name.
 */
export const OUTREACH_ACTIVITIES: readonly string[] = [
  'tuyên truyền', 'phổ biến', 'giáo dục', 'cổ động', 'diễu hành', 'vận động', 'tư vấn', 'trợ giúp', 'hướng dẫn',
  'phòng', 'chống', 'phòng ngừa', 'ngăn chặn', 'đấu tranh', 'phòng cháy', 'chữa cháy', 'cứu nạn', 'cứu hộ',
  'khám', 'khám bệnh', 'chữa bệnh', 'khám chữa bệnh', 'cấp phát thuốc', 'phát thuốc', 'cấp thuốc', 'tặng quà', 'trao quà', 'bảo tồn', 'phát huy', 'quảng bá', 'giới thiệu',
];

/** What announces a theme ("với chủ đề “…”", "chủ đề: …"). */
export const THEME_MARKERS: readonly string[] = ['với chủ đề', 'về chủ đề', 'có chủ đề', 'mang chủ đề', 'chủ đề', 'với thông điệp', 'khẩu hiệu'];

/** "diễn ra trong 4 ngày": number words for the length of an event. */
export const NUMBER_WORDS: readonly (readonly [string, number])[] = [
  ['hai', 2], ['ba', 3], ['bốn', 4], ['năm', 5], ['sáu', 6], ['bảy', 7], ['tám', 8], ['chín', 9], ['mười', 10],
];

/** Words a date mention may open with that make it a day ("Ngày 2/10", "Sáng thứ Hai"). */
export const DAY_OPENERS: readonly string[] = ['ngày', 'hôm', 'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'thứ', 'chủ nhật', 'vào', 'từ'];
/** Words a date mention may open with that make its day an end ("(kéo dài) đến ngày 5/12"); the space: whole words. */
export const UNTIL_OPENERS: readonly string[] = ['đến ', 'tới '];

/** Words before a date that make it a deadline or a past start, not the day of the event. */
export const NOT_EVENT_DAY_BEFORE: readonly string[] = [
  'đến hết', 'hết ngày', 'thời hạn', 'hạn chót', 'trước ngày', 'chậm nhất', 'có hiệu lực', 'hiệu lực từ', 'kể từ',
  'sinh ngày', 'thành lập ngày', 'nghỉ hưu từ', 'ban hành', 'từ ngày', 'cách đây', 'từ', 'hạn', 'đến nay',
];

/**
 * Verbs with which a body tells news ("Ngày 28/10, Sở X cho biết, …"), and the aspect that
 * makes what it tells already past ("… đơn vị vừa trao tặng …"): that day dates the telling.
 */
export const NEWS_VERBS: readonly string[] = ['cho biết', 'cho hay', 'thông tin', 'thông báo'];
export const RECENT_ASPECTS: readonly string[] = ['vừa', 'mới đây'];

/** Words before a date that give the last day of an event ("Hội chợ diễn ra đến hết ngày 21/8"). */
export const EVENT_END_BEFORE: readonly string[] = [
  'diễn ra đến', 'diễn ra đến hết', 'kéo dài đến', 'kéo dài đến hết', 'mở cửa đến', 'mở cửa đến hết', 'kéo dài tới',
  'diễn ra tới', 'kết thúc vào', 'bế mạc vào',
];
