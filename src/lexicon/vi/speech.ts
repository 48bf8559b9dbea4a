/**
 * Speech: verbs that attribute words to a speaker, and the small words that may sit between
 * the speaker and the verb ("ông A cũng nhấn mạnh"). Matched whole-word on `doc.key`.
 */

/** Verbs that introduce what somebody said, directly or reported. */
export const SPEECH_VERBS: readonly string[] = [
  'cho biết', 'cho hay', 'nhấn mạnh', 'khẳng định', 'chia sẻ', 'cho rằng', 'bày tỏ', 'nói',
  'đề nghị', 'yêu cầu', 'nhận định', 'nhận xét', 'thông tin', 'hy vọng', 'hi vọng',
  'kêu gọi', 'nhắn nhủ', 'tâm sự', 'tiếp lời', 'nêu quan điểm', 'nêu rõ', 'đặt vấn đề', 'đề xuất',
  'lo ngại', 'băn khoăn', 'bổ sung', 'nhắc lại', 'thừa nhận', 'quả quyết', 'kể lại', 'cảnh báo',
  'khuyên', 'nhắc nhở', 'phát biểu thêm', 'cho biết thêm', 'nhấn mạnh thêm', 'chia sẻ thêm',
  'lưu ý', 'thông báo', 'kiến nghị', 'đánh giá', 'ghi nhận', 'khuyến cáo', 'giải thích',
  'trả lời', 'điểm lại', 'gửi lời', 'bộc bạch', 'trải lòng', 'phân tích', 'chỉ rõ', 'chỉ đạo',
  'lưu ý rằng', 'dặn dò', 'căn dặn', 'tuyên bố', 'phát biểu', 'chúc mừng', 'cảm ơn',
];

/**
 * Verbs that only attribute speech when a colon or a quotation follows ("X phát biểu: “…”"),
 * because on their own they describe an act ("X phát biểu tại buổi lễ").
 */
export const SPEECH_VERBS_NEEDING_QUOTE: readonly string[] = ['phát biểu', 'tuyên bố', 'chúc mừng', 'cảm ơn', 'chỉ đạo'];

/** Verbs that attribute reported speech only when a comma or colon follows ("X thông tin, …"). */
export const SPEECH_VERBS_NEEDING_MARK: readonly string[] = ['thông tin'];

/** Words right before the verb that make it an announcement, not speech ("sẽ chia sẻ về …"). */
export const FUTURE_MARKERS: readonly string[] = ['sẽ', 'sắp', 'dự kiến'];

/** Words that may stand between a speaker and the speech verb. */
export const SPEECH_ADVERBS: readonly string[] = [
  'đã', 'cũng', 'vẫn', 'còn', 'thì', 'lại', 'đều', 'tiếp tục', 'xúc động', 'chân thành', 'mới đây',
  'trước đó', 'sau đó', 'cũng đã', 'đồng thời', 'thẳng thắn', 'phấn khởi', 'tự hào', 'vui mừng',
];

/** Words after the verb that introduce the reported content and are not part of it. */
export const SPEECH_COMPLEMENTISERS: readonly string[] = ['rằng', 'là'];

/** "Theo X, …" where X is not a speaker: references to plans, laws and the like. */
export const ACCORDING_TO_NON_SPEAKERS: readonly string[] = [
  'đó', 'đấy', 'kế hoạch', 'lịch', 'chương trình', 'quy định', 'điều', 'luật', 'nghị định', 'nghị quyết',
  'quyết định', 'thông tư', 'thống kê', 'số liệu', 'dự kiến', 'tôi', 'chúng tôi', 'truyền thống',
  'thời gian', 'như', 'hướng dẫn', 'công văn', 'chỉ thị', 'hiến pháp', 'tiêu chuẩn', 'ước tính',
];

/** Speech-verb look-alikes that are not speech ("nói chung", "nói trên"). */
export const SPEECH_FALSE_FRIENDS: readonly string[] = [
  'nói chung', 'nói riêng', 'nói trên', 'nói cách khác', 'thông tin điện tử', 'thông tin và',
  'yêu cầu của', 'đề nghị của', 'chia sẻ kinh nghiệm',
];
