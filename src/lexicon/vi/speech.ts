/**
 * Speech: verbs that attribute words to a speaker, and the small words that may sit between
 * the speaker and the verb ("ông A cũng nhấn mạnh"). Matched whole-word on `doc.key`.
 */

/** Verbs that introduce what somebody said, directly or reported. */
export const SPEECH_VERBS: readonly string[] = [
  'cho biết', 'cho hay', 'hứa', 'nhấn mạnh', 'khẳng định', 'chia sẻ', 'cho rằng', 'bày tỏ', 'nói',
  'đề nghị', 'yêu cầu', 'nhận định', 'nhận xét', 'thông tin', 'hy vọng', 'hi vọng',
  'kêu gọi', 'nhắn nhủ', 'tâm sự', 'tiếp lời', 'nêu quan điểm', 'nêu rõ', 'đặt vấn đề', 'đề xuất',
  'lo ngại', 'băn khoăn', 'bổ sung', 'nhắc lại', 'thừa nhận', 'quả quyết', 'kể lại', 'cảnh báo',
  'khuyên', 'nhắc nhở', 'phát biểu thêm', 'cho biết thêm', 'nhấn mạnh thêm', 'chia sẻ thêm', 'cho',
  'lưu ý', 'thông báo', 'kiến nghị', 'đánh giá', 'đánh giá cao', 'ghi nhận', 'khuyến cáo', 'khuyến nghị', 'giải thích',
  'trả lời', 'điểm lại', 'gửi lời', 'bộc bạch', 'trải lòng', 'phân tích', 'chỉ rõ', 'chỉ đạo',
  'lưu ý rằng', 'dặn dò', 'căn dặn', 'tuyên bố', 'phát biểu', 'chúc mừng', 'cảm ơn', 'thổ lộ',
  'kể', 'nghẹn ngào', 'rưng rưng', 'bùi ngùi', 'bồi hồi', 'hồ hởi', 'trầm ngâm', 'mong muốn', 'chúc', 'mong rằng',
  'đúc kết', 'tin tưởng', 'nhìn nhận',
];

/**
 * Verbs that only attribute speech when a colon or a quotation follows ("X phát biểu: “…”"),
 * because on their own they describe an act ("X phát biểu tại buổi lễ"), and the manner
 * of speaking written in place of a verb ("Lan nghẹn ngào: “…”"; "kể cả", "đáng kể" are no speech).
 */
export const SPEECH_VERBS_NEEDING_QUOTE: readonly string[] = [
  'phát biểu', 'tuyên bố', 'chúc mừng', 'cảm ơn', 'chỉ đạo',
  // "đúc kết kinh nghiệm" sums up lessons; "nhiều học sinh đúc kết: “…”" says them.
  'đúc kết',
  'kể', 'nghẹn ngào', 'rưng rưng', 'bùi ngùi', 'bồi hồi', 'hồ hởi', 'trầm ngâm',
];

/** Verbs that address somebody before the quotation ("kêu gọi đoàn viên “…”"). */
export const SPEECH_VERBS_WITH_ADDRESSEE: readonly string[] = ['kêu gọi', 'nhắn nhủ', 'khuyên', 'dặn dò', 'căn dặn', 'nhắc nhở'];

/** Nouns that make the quotation after such a verb a name ("kêu gọi tham gia phong trào “…”"). */
export const CAMPAIGN_NOUNS: readonly string[] = [
  'phong trào', 'chương trình', 'cuộc thi', 'hội thi', 'danh hiệu', 'cuộc vận động', 'chiến dịch', 'dự án', 'đề án',
  'giải thưởng', 'khẩu hiệu', 'thông điệp', 'chủ đề',
];

/**
 * Verbs that are speech only from a named person (an organisation "gửi lời cảm ơn" as a
 * formality; "Ban tổ chức mong muốn …" states an aim).
 */
export const SPEECH_VERBS_PERSON_ONLY: readonly string[] = ['gửi lời', 'mong muốn', 'chúc', 'tin tưởng'];

/** Verbs that are speech only before a complementiser ("Đại sứ cho đó là …", not "cho phép"). */
export const SPEECH_VERBS_NEEDING_COMPLEMENT: readonly string[] = ['cho'];

/** What may follow such a verb. */
export const SPEECH_VERB_COMPLEMENTS: readonly string[] = ['rằng', 'là', 'đó là', 'đây là', 'việc'];

/**
 * Verbs that attribute reported speech only when a comma or colon follows ("X thông tin, …"):
 * otherwise they take an object ("bổ sung thêm hai suất").
 */
export const SPEECH_VERBS_NEEDING_MARK: readonly string[] = ['thông tin', 'hứa', 'bổ sung', 'thổ lộ'];

/** Words right before the verb that make it an announcement, not speech ("sẽ chia sẻ về …"). */
export const FUTURE_MARKERS: readonly string[] = ['sẽ', 'sắp', 'dự kiến'];

/** Words right before the verb that make it passive: what is said of its subject, by nobody named ("…, được đánh giá là …"). */
export const PASSIVE_MARKERS: readonly string[] = ['được', 'bị'];

/** Words right before the verb that make it a purpose, not speech ("hội nghị được tổ chức để đánh giá …"). */
export const PURPOSE_MARKERS: readonly string[] = ['để', 'nhằm'];

/**
 * Nouns right before the verb that make it what an occasion is for, or a noun itself: "Hội nghị
 * là nơi chia sẻ …", "là cơ hội trao đổi …", "cử tri có ý kiến, kiến nghị trước kỳ họp".
 * (A noun the verb itself closes, "tiếng nói", is BREAKER_COMPOUNDS'.)
 */
export const NOT_SPEECH_BEFORE: readonly string[] = [
  'nơi', 'dịp', 'cơ hội', 'ý kiến',
  // Words that make a noun of the verb after them ("là nỗi băn khoăn của học sinh", "niềm hy vọng"); not
  // "sự", which closes words of names and posts ("Tổng Lãnh sự cũng đề nghị").
  'nỗi', 'niềm',
];

/**
 * How a person looked as they spoke or acted ("bà nghẹn ngào chia sẻ", "Lê Thị A (lớp 12A)
 * hào hứng mong chờ …"): read over between a speaker and the verb, and the end of a role
 * (ROLE_BREAKERS).
 */
export const SPEAKER_LOOKS: readonly string[] = [
  'xúc động', 'phấn khởi', 'vui mừng', 'bồi hồi', 'hồ hởi', 'hào hứng', 'nghẹn ngào', 'rưng rưng',
];

/** Words that may stand between a speaker and the speech verb. */
export const SPEECH_ADVERBS: readonly string[] = [
  'đã', 'cũng', 'vẫn', 'còn', 'thì', 'lại', 'đều', 'tiếp tục', 'chân thành', 'mới đây',
  'trước đó', 'sau đó', 'cũng đã', 'đồng thời', 'thẳng thắn', 'tự hào', 'và',
  // "…", ông cười nói ("cười" alone ends no role: "Câu lạc bộ Nụ cười").
  ...SPEAKER_LOOKS, 'cười',
  // "Thầy cũng không quên nhắc nhở: “…”" (did not forget to remind).
  'không quên',
];

/**
 * Of those, the words that join a speech verb to a predicate of the same subject before it
 * ("Ông A tặng quà các em; đồng thời cho biết …"): the subject speaks across the predicate.
 */
export const SPEECH_COORDINATORS: readonly string[] = ['đồng thời', 'và'];

/**
 * Words that open a sentence whose speech verb has the subject of the sentence before
 * ("Ông A thống nhất với dự thảo. Đồng thời, lưu ý …"): nothing else stands before the verb.
 */
export const SENTENCE_COORDINATORS: readonly string[] = ['đồng thời', 'bên cạnh đó', 'ngoài ra'];

/**
 * Circumstances written between the verb and what was said ("chia sẻ với phóng viên, …",
 * "phát biểu tại hội nghị"): skipped up to the next comma; with no comma nothing was reported.
 */
export const SPEECH_CIRCUMSTANCES: readonly string[] = [
  'tại', 'ở', 'bên lề', 'trong buổi', 'trong lễ', 'trong phiên', 'với phóng viên', 'với báo chí',
  'với PV', 'với chúng tôi', 'trước', 'trên', 'khi',
];

/**
 * Manner words right after a speech verb, before its circumstance ("chia sẻ chân thành trước
 * trăn trở của sinh viên", "phát biểu thẳng thắn tại hội nghị"): read over to the circumstance.
 */
export const SPEECH_MANNERS: readonly string[] = ['chân thành', 'thẳng thắn', 'cởi mở', 'ngắn gọn'];

/** Words after the verb that introduce the reported content and are not part of it. */
export const SPEECH_COMPLEMENTISERS: readonly string[] = ['rằng', 'là'];

/**
 * "Theo X, …" where X is not a speaker: references to plans, laws and the like, and the
 * verbs that start with "theo" ("Theo dõi buổi diễn tập có …").
 */
export const ACCORDING_TO_NON_SPEAKERS: readonly string[] = [
  'dõi', 'đuổi', 'học', 'sát', 'kịp', 'chân',
  'đó', 'đấy', 'kế hoạch', 'lịch', 'chương trình', 'quy định', 'điều', 'luật', 'nghị định', 'nghị quyết',
  'quyết định', 'thông tư', 'thống kê', 'số liệu', 'dự kiến', 'tôi', 'chúng tôi', 'truyền thống',
  'thời gian', 'như', 'hướng dẫn', 'công văn', 'chỉ thị', 'hiến pháp', 'tiêu chuẩn', 'ước tính',
];

/** What "chia sẻ" hands on as its object, not a statement ("chia sẻ kinh nghiệm"). */
const SHARED_THINGS: readonly string[] = [
  'kinh nghiệm', 'thông tin', 'kiến thức', 'tri thức', 'kỹ năng', 'bí quyết', 'cách làm',
  // "chia sẻ một số cách sản xuất …", "chia sẻ mô hình …": ways and models handed on.
  'cách', 'mô hình', 'bài học',
];

/**
 * Hardships "chia sẻ" shares in, with or without "với": sympathy, not a statement ("chia sẻ
 * những khó khăn mà đồng bào gặp phải", "chia sẻ với những mất mát của …").
 */
const SHARED_HARDSHIPS: readonly string[] = ['khó khăn', 'mất mát', 'nỗi đau', 'thiệt hại', 'gánh nặng'];

/** Plural words that may stand before such an object ("chia sẻ những kiến thức cơ bản …"). */
const SHARED_THING_DETERMINERS: readonly string[] = ['những', 'các', 'nhiều', 'một số'];

/** What "trả lời" answers, which names the topic, not the answer ("trả lời câu hỏi của cử tri"). */
const ANSWERED_THINGS: readonly string[] = ['câu hỏi', 'chất vấn', 'ý kiến', 'kiến nghị', 'thắc mắc', 'vấn đề'];

/** Gratitude "bày tỏ" shows toward somebody: a feeling, not a statement ("bày tỏ lòng biết ơn …"). */
const SHOWN_GRATITUDE: readonly string[] = ['lòng biết ơn', 'sự biết ơn', 'lòng tri ân', 'sự tri ân'];

/** "verb thing" and "verb plural thing" for each thing. */
function withObjects(verb: string, things: readonly string[]): string[] {
  return things.flatMap((thing) => [`${verb} ${thing}`, ...SHARED_THING_DETERMINERS.map((plural) => `${verb} ${plural} ${thing}`)]);
}

/** Speech-verb look-alikes that are not speech ("nói chung", "nói trên", "chia sẻ những kiến thức"). */
export const SPEECH_FALSE_FRIENDS: readonly string[] = [
  'nói chung', 'nói riêng', 'nói trên', 'nói cách khác', 'thông tin điện tử', 'thông tin và',
  // Giving a talk on topics ("nói chuyện về ba chuyên đề …"), not saying something.
  'nói chuyện',
  // Visits of good wishes, whose object is the occasion ("thăm và chúc Tết toàn thể cán bộ …").
  'chúc tết', 'chúc thọ', 'chúc xuân',
  'yêu cầu của', 'đề nghị của',
  // Informing on a topic, which names what was told about, not what was said ("thông báo về tình hình …").
  'thông báo về', 'giải thích về', 'phân tích về',
  ...withObjects('chia sẻ', SHARED_THINGS),
  ...withObjects('chia sẻ', SHARED_HARDSHIPS),
  ...withObjects('chia sẻ với', SHARED_HARDSHIPS),
  ...withObjects('trả lời', ANSWERED_THINGS),
  ...SHOWN_GRATITUDE.map((feeling) => `bày tỏ ${feeling}`),
];

/**
 * Nouns of speech in the words after a quotation that say whose it was ("“…”. Đó là
 * khẳng định của Bộ trưởng A", "“…” – là nội dung trong phát biểu kết luận của ông B").
 */
export const SPEECH_NOUNS: readonly string[] = [
  'khẳng định', 'chia sẻ', 'phát biểu', 'nhấn mạnh', 'lời', 'ý kiến', 'nhận định', 'nhận xét', 'đánh giá',
  'quan điểm', 'tâm sự', 'mong muốn', 'thông điệp', 'chỉ đạo', 'kết luận', 'lời khuyên', 'tâm niệm', 'câu nói',
  'bày tỏ', 'trải lòng', 'căn dặn', 'lời dặn', 'yêu cầu', 'đề nghị',
];

/** Nouns of judgement in "Theo nhận xét của X, …": the speaker is X. */
export const OPINION_NOUNS: readonly string[] = ['nhận xét', 'đánh giá', 'ý kiến', 'quan điểm', 'nhận định'];

/** Nouns in "Theo báo cáo của X, …", "Theo thông báo từ X, …" that speak for X only with "của" or "từ". */
export const REPORT_NOUNS: readonly string[] = ['báo cáo', 'thông tin', 'thông báo', 'ghi nhận'];

/** Connectives that may open a "Theo X, …" clause ("Còn theo ông A, …"). */
export const ACCORDING_TO_CONNECTIVES: readonly string[] = ['còn', 'cũng', 'và', 'nhưng'];

/** What may close the source of "Theo X" in place of a comma ("Theo Công an huyện thì việc …"). */
export const ACCORDING_TO_CLOSERS: readonly string[] = ['thì'];

/**
 * Aspect words that, followed by more words, make an unnamed speaker phrase a clause with a
 * predicate of its own ("các đại biểu đã sôi nổi bàn bạc, phân tích …" is no speaker).
 */
export const PREDICATE_MARKERS: readonly string[] = ['đã', 'đang', 'vừa'];

/**
 * Verbs that, followed by their object, make an unnamed speaker phrase a clause of its own:
 * "UBND tỉnh tổ chức Hội nghị tổng kết, đánh giá …", "Hội nghị nghe văn phòng trình bày dự
 * thảo, đánh giá …" list what a meeting did, no speaker; not after PREDICATE_NOUN_USES.
 */
export const PREDICATE_VERBS: readonly string[] = ['tổ chức', 'trình bày', 'nghe'];

/** Words before a PREDICATE_VERBS entry that make it a noun ("Ban tổ chức", "các tổ chức"). */
export const PREDICATE_NOUN_USES: readonly string[] = ['ban', 'các', 'những', 'mọi', 'nhiều', 'và', 'đơn vị'];

/** Function words that cannot end a speaker phrase ("… về các" + verb is not a speaker). */
export const SPEAKER_END_BLOCKERS: readonly string[] = [
  'các', 'những', 'của', 'và', 'về', 'với', 'cho', 'để', 'là', 'được', 'bị', 'tại', 'trong', 'này', 'đó', 'khi', 'nếu',
];

/** Words that introduce a quoted name, theme or slogan, not speech ("với chủ đề: “…”"). */
export const NAMING_WORDS: readonly string[] = [
  'chủ đề', 'thông điệp', 'khẩu hiệu', 'mang tên', 'với tên', 'tên gọi', 'phương châm', 'tiêu chí', 'tên',
  // Answering a campaign by its name ("Hưởng ứng “Tuần lễ X”, các đoàn viên …").
  'hưởng ứng',
  // Titles given as examples ("các bộ phim như: “X”, “Y”").
  'như',
];
