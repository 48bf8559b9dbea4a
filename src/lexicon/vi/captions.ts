/** Cues that mark photo captions and photo credits. */

/** A photo credit inside or after a caption ("Ảnh: Minh Hà", "(Ảnh: TTXVN)"). */
export const PHOTO_CREDIT_LABELS: readonly string[] = ['Ảnh', 'Ảnh minh họa', 'Ảnh minh hoạ', 'Nguồn ảnh', 'Ảnh chụp', 'Chùm ảnh', 'Photo'];

/** A line that only says its photo is an illustration ("Ảnh minh họa", "(Ảnh minh họa)"): the photo's caption. */
export const ILLUSTRATION_LINES: readonly string[] = ['ảnh minh họa', 'ảnh minh hoạ', 'hình minh họa', 'hình minh hoạ', 'ảnh mang tính minh họa'];

/**
 * Labels of where a photo came from, in brackets after the caption's sentence ("Đại hội bầu ra
 * ba Phó Chủ tịch. (Nguồn: TTXVN)"): alone on a line, such a label credits the text instead.
 */
export const BRACKETED_CREDIT_LABELS: readonly string[] = ['Nguồn'];

/** Labels of the credit that may close such a line ("Ảnh minh họa. (Nguồn: X)"): where the picture came from. */
export const ILLUSTRATION_CREDIT_LABELS: readonly string[] = ['Nguồn', 'Nguồn ảnh', 'Ảnh'];

/** Verbs closing a credit that says who gave or took the photos ("Ảnh do Trung tâm X cung cấp"). */
export const PHOTO_PROVIDED_VERBS: readonly string[] = ['cung cấp', 'chụp'];

/**
 * Openings of a line announcing several photos ("Một số hình ảnh của buổi lễ"), with or without
 * a colon: the announcement is no caption, the short lines after it are.
 */
export const GALLERY_OPENERS: readonly string[] = ['một số hình ảnh', 'một số ảnh', 'một vài hình ảnh', 'thêm một số hình ảnh'];

/** Openings of a line that shows a work, as a contest's photo is captioned ("Tác phẩm X của tác giả Y đoạt giải nhất."). */
export const WORK_OPENERS: readonly string[] = ['tác phẩm', 'bức ảnh', 'bộ ảnh', 'bức tranh', 'tiết mục'];

/**
 * Openings of a line that shows a moment or the feeling on the faces in a photo ("Niềm vui của
 * các em khi nhận xe đạp mới.", "Nụ cười của …"): a noun phrase, as captions are written.
 */
export const MOMENT_OPENERS: readonly string[] = [
  'niềm vui', 'niềm hạnh phúc', 'niềm tự hào', 'nụ cười', 'những nụ cười', 'khoảnh khắc', 'giây phút', 'phút giây',
  // A moment of a match ("Pha tranh bóng giữa đội A và đội B.").
  'pha bóng', 'pha tranh bóng', 'pha tranh chấp', 'pha ghi bàn', 'pha đi bóng', 'pha cứu thua',
];

/** Verbs that always report what someone said: no picture description has them ("… cho biết cuộc thi …"). */
export const CLAUSE_SPEECH_VERBS: readonly string[] = ['cho biết', 'cho hay', 'cho rằng'];

/** A line announcing that a gallery of captioned photos follows. */
export const GALLERY_CUES: readonly string[] = ['hình ảnh khác', 'một số hình ảnh', 'hình ảnh tại', 'hình ảnh của', 'ảnh tại'];

/**
 * Prepositions of place that open a narrative sentence before its comma ("Tại lễ bế mạc, Ban
 * tổ chức trao …"): a caption names the place after its action ("… phát biểu tại buổi lễ").
 */
export const PLACE_FIRST_OPENERS: readonly string[] = ['tại'];

/** Words that open a narrative paragraph, never a caption. */
export const NARRATIVE_OPENERS: readonly string[] = [
  'tuy nhiên', 'đồng thời', 'bên cạnh đó', 'trong đó', 'theo đó', 'cụ thể', 'do đó', 'vì vậy',
  'ngoài ra', 'sau đó', 'trước đó', 'kết thúc', 'cũng trong', 'cũng tại', 'trong khi', 'tại buổi',
  'theo', 'nhờ', 'mặc dù', 'để', 'từ đó', 'hiện nay', 'hiện', 'dự kiến', 'được biết', 'như vậy',
  'trong khuôn khổ', 'trong dịp', 'nhân dịp', 'dịp này', 'cùng ngày', 'phát biểu tại', 'sau lễ', 'sau buổi', 'sau phần',
  'tiếp theo', 'tiếp đó', 'sau khi', 'qua đó', 'qua các',
  // What the event meant ("Đây là dịp để …", "Đây cũng là hoạt động …"): comment, not a picture.
  'đây là', 'đây cũng là', 'đây chính là', 'đây còn là', 'đây có thể', 'đây được', 'đây sẽ',
  // Who attended ("Dự khai mạc có …", "Tới dự có …"): a list in the text.
  'tới dự', 'đến dự', 'về dự', 'tham dự', 'dự lễ', 'dự khai mạc', 'dự buổi', 'dự hội nghị', 'dự hội thảo', 'dự đại hội', 'dự chương trình',
];

/**
 * Actions a photo shows. A short line ending in a full stop is a caption only when it
 * describes one of these ("Lãnh đạo tỉnh trao quà cho các em học sinh.").
 */
export const PHOTO_ACTIONS: readonly string[] = [
  'trao', 'tặng', 'trao tặng', 'phát động', 'tham gia', 'chụp ảnh', 'cắt băng', 'tham quan', 'dâng hương',
  'dâng hoa', 'phát biểu', 'chúc mừng', 'biểu diễn', 'trình diễn', 'văn nghệ', 'quang cảnh', 'toàn cảnh',
  'tặng hoa', 'trồng cây', 'bắt tay', 'ký kết', 'thăm', 'tặng quà', 'đánh trống',
  'nhận', 'thi đấu', 'tranh tài', 'đua tài', 'diễu hành', 'chào mừng', 'kiểm tra', 'thăm hỏi', 'động viên',
  'khánh thành', 'chứng kiến', 'thắp hương', 'thi', 'thực hiện nghi thức', 'chủ trì', 'tri ân', 'tuyên dương',
  'khen thưởng', 'khai mạc', 'xem', 'cổ vũ', 'biểu dương', 'chúc thọ', 'vinh danh',
  // Handing over a house or a gift, releasing fry or lanterns ("Bàn giao nhà cho gia đình bà X.", "… thả cá giống xuống sông.").
  'bàn giao', 'thả',
  // Attending, as the people in the picture do ("Các đại biểu dự hội nghị."); not "dự án", "dự kiến".
  'dự hội', 'dự lễ', 'dự buổi', 'dự khánh thành', 'dự khai mạc', 'dự đại hội', 'dự chương trình', 'dự tọa đàm',
  // Attending at a place, as the photo shows it ("… tham dự tại điểm cầu tỉnh"); a bare "tham dự"
  // also closes narration ("Đoàn do ông X làm trưởng đoàn, tham dự diễn đàn.").
  'tham dự tại', 'dự tại',
  'trình bày', 'đọc diễn văn', 'đọc báo cáo', 'đọc quyết định', 'đọc tham luận', 'đọc lời',
  // Judges at work in a contest ("Ban giám khảo chấm điểm các tiết mục.").
  'chấm điểm', 'chấm thi',
  'khám bệnh', 'tư vấn', 'ra mắt', 'biểu quyết', 'diễu duyệt', 'dâng cúng', 'rước', 'dự lớp',
  // Talking, signing, seeing off, showing, drilling, reading, as the people in the picture do.
  'thảo luận', 'ký thỏa thuận', 'ký biên bản', 'tiễn', 'gắn Huân chương', 'gắn huy hiệu', 'trưng bày',
  'thực hành', 'diễn tập', 'thăm khám', 'đọc sách',
  // Taking an oath ("Đảng viên mới tuyên thệ trước cờ").
  'tuyên thệ',
  // Giving views at a meeting ("Đông đảo các doanh nghiệp đóng góp ý kiến.").
  'đóng góp ý kiến', 'góp ý',
];

/**
 * Actions a photo shows done to the people in it, written in the passive ("Các cụ cao niên
 * được chúc thọ.", "Giải nhất được trao cho Đội X."): after "được" they are the picture,
 * not the narration "được" marks otherwise.
 */
export const PASSIVE_PHOTO_ACTIONS: readonly string[] = [
  'trao', 'trao tặng', 'tặng', 'tặng quà', 'khen thưởng', 'tuyên dương', 'biểu dương', 'chúc thọ', 'vinh danh', 'nhận',
];

/** Narration of what happened, not a picture ("đã được trao tặng", "đến nay"). */
export const NARRATION_MARKERS: readonly string[] = [
  'được', 'còn', 'đến nay', 'năm qua', 'từ tháng', 'thay thế', 'sẽ', 'cũng', 'đồng thời', 'nhằm', 'bởi vì',
  'với sự', 'có sự', 'diễn ra',
  // The occasion the text has told of ("Nhân dịp này, …", "… trong dịp này."): the text refers back to itself.
  'dịp này',
  // What something is or means ("Hoạt động … là việc làm ý nghĩa"): a comment, not a picture.
  'là',
  // What it leads to or promises ("… góp phần nâng cao …", "hứa hẹn một mùa giải thành công"): a comment too.
  'góp phần', 'hứa hẹn',
];

/**
 * A photo shows what happens: a line telling what will happen ("… các trận chung kết sẽ được tổ
 * chức vào chiều 28/9") is narration, with a full stop or without.
 */
export const FUTURE_MARKERS: readonly string[] = ['sẽ'];

/** Parts of the day that, with a date, open a narrative sentence ("Sáng 12/5, …"). */
export const DATED_OPENERS: readonly string[] = [
  'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'ngày', 'sáng ngày', 'chiều ngày', 'tối ngày', 'hôm nay', 'hôm qua',
];

/** Openings of a line that shows a whole scene: a caption even at the very end of the text. */
export const SCENE_OPENERS: readonly string[] = ['quang cảnh', 'toàn cảnh', 'khung cảnh', 'không khí'];

/** Labels opening a caption line ("Hình ảnh: Các đội thi diễu hành quanh sân", "Trong ảnh: …"). */
export const CAPTION_LABELS: readonly string[] = ['hình ảnh', 'trong ảnh', 'ảnh trên', 'ảnh dưới'];

/** Labels of a numbered figure ("Hình 1: Quang cảnh hội nghị"): with its number, a caption's label too. */
export const FIGURE_LABELS: readonly string[] = ['hình', 'ảnh'];

/** Where people stand in a picture ("(từ trái sang): …"): only a caption says so. */
export const PHOTO_POSITIONS: readonly string[] = [
  'từ trái sang', 'từ trái qua', 'từ phải sang', 'từ phải qua', 'thứ hai từ trái', 'thứ hai từ phải', 'thứ ba từ trái', 'thứ ba từ phải',
  // "(bên phải, áo hồng)", "(thứ hai, bên phải sang)", "(ngoài cùng bên phải)".
  '(bên phải', '(bên trái', 'bên phải sang', 'bên trái sang', 'ngoài cùng bên phải', 'ngoài cùng bên trái',
];

/** Openings of a subheading (a claim or a question), not of a picture description. */
export const SUBHEADING_OPENERS: readonly string[] = [
  'cần', 'nên', 'phải', 'vẫn phải', 'không thể', 'vì sao', 'tại sao', 'làm sao', 'làm gì', 'bài học',
  'giải pháp', 'thách thức', 'kỳ vọng', 'đẩy mạnh', 'nâng cao', 'tăng cường', 'phát huy', 'hướng tới',
  'khẳng định', 'lan tỏa', 'góp phần', 'nuôi dưỡng', 'chung tay',
];
