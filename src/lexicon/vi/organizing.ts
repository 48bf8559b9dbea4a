/**
 * Organising verbs and phrases: the organisations that are their subject ("X tổ chức",
 * "X phối hợp với Y tổ chức", "do X tổ chức", "X chủ trì", "X đăng cai") organised the event.
 */

/** "X tổ chức", "X chủ trì", "X đăng cai" (the organisation is the subject before them). */
const ACTING_VERBS: readonly string[] = [
  'tổ chức', 'đồng tổ chức', 'chủ trì', 'đăng cai', 'phát động', 'khai mạc', 'chủ trì tổ chức',
  'tổ chức thành công', 'khánh thành', 'khai giảng', 'ra mắt',
  'giới thiệu', 'công bố', 'phát hành', 'trao giải', 'tiến hành', 'trao tặng', 'bàn giao', 'bế mạc', 'tổng kết',
  'sơ kết', 'khởi công', 'khai trương', 'tuyên dương', 'biểu dương',
  // Handing over ("Hội Khuyến học tỉnh phối hợp với Sở GD&ĐT trao học bổng …"; not "trao đổi", NOT_ORGANIZING_VERBS).
  'trao',
  // "X làm lễ khánh thành …": holds the ceremony.
  'làm lễ',
  // A programme carried out ("UBND xã X triển khai chương trình khám sức khỏe …").
  'triển khai',
  // A charity visit: who visits and brings the gifts holds it ("Hội Chữ thập đỏ tỉnh đến thăm, tặng quà …").
  'trao quà', 'tặng quà', 'thăm, tặng quà', 'thăm và tặng quà', 'thăm hỏi, tặng quà', 'thăm, trao quà', 'thăm và trao quà',
  'đến thăm, tặng quà', 'đến thăm và tặng quà', 'đến thăm, trao quà',
  // A reception: the host holds it ("Sở Ngoại vụ tỉnh X đã có buổi tiếp và làm việc với Đoàn …").
  'có buổi tiếp', 'có buổi làm việc', 'có buổi tiếp và làm việc', 'tiếp đoàn', 'đón tiếp', 'tiếp đón', 'tiếp xã giao',
  // An event's noun used as its verb: the body that rallies or meets holds it ("Chi cục Dân số
  // phối hợp với UBND phường X mít tinh kỷ niệm …", "Trung tâm Y tế huyện tập huấn cho …").
  'mít tinh', 'tập huấn', 'diễu hành', 'tọa đàm',
  // A course opened ("Sở X mở lớp tập huấn …").
  'mở lớp',
];

/**
 * Words before any organising verb that make the subject's bodies hold the act together
 * ("Tỉnh đoàn, Sở GD&ĐT đã phối hợp tổng kết và trao giải …", "X phối hợp tổ chức …").
 */
export const COOPERATING_PREFIXES: readonly string[] = ['phối hợp'];

/**
 * The organising verbs, each also after a cooperating prefix, and phrases of working together
 * that hold no acting verb to compose ("phối hợp thực hiện", "cùng tổ chức": "cùng" is also the
 * link before a partner, "phối hợp cùng Tổ chức X").
 */
export const ORGANIZING_VERBS: readonly string[] = [
  ...ACTING_VERBS,
  ...COOPERATING_PREFIXES.flatMap((prefix) => ACTING_VERBS.map((verb) => `${prefix} ${verb}`)),
  'phối hợp thực hiện', 'cùng tổ chức',
];

/** Verbs that open with an organising verb and are none: exchanging views ("trao đổi"), passing on. */
export const NOT_ORGANIZING_VERBS: readonly string[] = ['trao đổi', 'trao gửi', 'trao truyền'];

/**
 * Organising verbs whose subject may be what is launched ("Tân Bình Hội quán ra mắt vào sáng
 * 6/4"): with no object, only a time, a place or the end of the clause after it, the
 * subject is no organiser.
 */
export const LAUNCH_VERBS: readonly string[] = ['ra mắt', 'khánh thành'];

/** Words of a time opening a sentence without a comma before its subject ("Sáng nay huyện X tổ chức …"). */
export const OPENING_TIME_WORDS: readonly string[] = ['sáng', 'chiều', 'tối', 'trưa', 'đêm', 'nay', 'hôm', 'qua', 'mai'];

/** Words that open a time or a place right after a verb, not its object ("ra mắt vào sáng 6/4"). */
export const TIME_OR_PLACE_OPENERS: readonly string[] = [
  'vào', 'tại', 'ở', 'sáng', 'chiều', 'tối', 'trưa', 'ngày', 'hôm', 'hôm nay', 'hôm qua', 'lúc', 'với', 'trong',
];

/**
 * Signing verbs: the parties named before them hold the signing ceremony ("X và Y đã ký kết
 * thỏa thuận hợp tác"), but only when two or more are named: "… đồng ý cho việc ký kết" is
 * no party's act.
 */
export const SIGNING_VERBS: readonly string[] = ['ký kết', 'ký'];

/**
 * Class nouns that introduce a name no organisation head opens, inside a chain of
 * organisers: "…, tổ chức Rock Paper Scissors Children’s Fund tổ chức".
 */
export const ORGANIZATION_CLASS_NOUNS: readonly string[] = ['tổ chức', 'doanh nghiệp'];

/**
 * Quantities that, besides the plural markers, open a group of partners the text does not
 * name ("X phối hợp với Y và một số đơn vị tổ chức …"): the chain ends before the group.
 */
export const UNNAMED_GROUP_OPENERS: readonly string[] = ['một số', 'một vài', 'nhiều'];

/** "X gồm A, B và C tổ chức …": the members that make up the organisation follow. */
export const MEMBERS_MARKS: readonly string[] = ['gồm', 'bao gồm', 'gồm có'];

/**
 * Openings of a sentence that adds a side activity to the main event ("Đồng thời, X tổ chức
 * triển lãm …", "Bên cạnh đó, …"): who organises that is not the main event's organiser.
 */
export const SIDE_ACTIVITY_OPENERS: readonly string[] = [
  'đồng thời', 'ngoài ra', 'bên cạnh đó', 'song song đó', 'song song với đó', 'bên lề',
  // "Nhân dịp này, X trao tặng …": on the occasion of the main event, another act.
  'nhân dịp này',
];

/** "phối hợp với Y tổ chức", "cùng với Y": a co-organiser follows. */
export const COORGANIZER_LINKS: readonly string[] = [
  'phối hợp với', 'phối hợp cùng', 'phối hợp', 'cùng với', 'cùng', 'kết hợp với', 'liên kết với', 'và', 'với',
];

/** Links that name a partner after the host's own verb: "X chủ trì, phối hợp với Y tổ chức". */
export const PARTNER_LINKS: readonly string[] = ['phối hợp với', 'phối hợp cùng', 'kết hợp với', 'liên kết với'];

/**
 * Links that say two bodies work together ("phối hợp với", "phối hợp"), not merely list
 * them ("và", "cùng"): a partner after one of them the text does not name is still a
 * partner, and the bodies before it are the chain.
 */
export const COOPERATION_LINKS: readonly string[] = [...PARTNER_LINKS, 'phối hợp'];

/** A partner's part in a later clause: "Giải do X đăng cai, Y phối hợp thực hiện". */
export const PARTNER_VERBS: readonly string[] = [
  'phối hợp thực hiện', 'phối hợp tổ chức', 'đồng tổ chức', 'cùng tổ chức', 'phối hợp', 'đồng hành tổ chức',
];

/**
 * Words that make an organisation after them (or after a few lower-case words) an object,
 * not the organiser: the venue ("tại hội trường UBND xã"), an owner ("kế hoạch của Bộ Y tế"), a
 * body founded ("Ngày thành lập Đoàn TNCS Hồ Chí Minh").
 */
export const OBJECT_MARKS: readonly string[] = ['tại', 'ở', 'của', 'thuộc', 'thành lập'];

/**
 * A body named by its kind alone, as a text names again one it has named ("Nhà trường đã tổ
 * chức Lễ bế giảng" after "trường THCS X"), and the head of the names it points back to.
 */
export const POINTING_BACK_BODIES: readonly (readonly [kind: string, head: string])[] = [['nhà trường', 'trường']];

/** Words before such a kind that make it no subject ("của nhà trường", "cùng nhà trường"). */
export const NOT_SUBJECT_AFTER: readonly string[] = ['của', 'với', 'cùng', 'và', 'cho'];

/** Phrases that name a partner after the host's clause: "…, với sự phối hợp của Y". */
export const PARTNER_MARKS: readonly string[] = ['sự phối hợp của', 'sự phối hợp chặt chẽ của', 'sự phối hợp từ'];

/** Words that may stand between the organisers and the verb ("đã", "long trọng"). */
export const ORGANIZING_ADVERBS: readonly string[] = [
  'đã', 'vừa', 'sẽ', 'cũng', 'đang', 'mới', 'tưng bừng', 'long trọng', 'trang trọng', 'trang nghiêm', 'sôi nổi', 'trọng thể', 'chính thức', 'đồng',
  'chặt chẽ', 'thường niên', 'lần đầu', 'vẫn',
  // "Hội LHPN thị trấn X tiếp tục tổ chức …": organising again is organising.
  'tiếp tục', 'đã tiếp tục', 'vừa tiếp tục',
  // "UBND tỉnh X lập kế hoạch tổ chức …": the plan to organise is the organising.
  'lập kế hoạch', 'lên kế hoạch', 'xây dựng kế hoạch',
  // "X là đơn vị tổ chức …": the organiser named as such.
  'là đơn vị', 'là đơn vị chủ trì', 'là đơn vị đăng cai',
];

/**
 * Verbs that set another to work: the place after them is the subject of the organising verb
 * that follows ("Ban chỉ đạo tỉnh chỉ đạo huyện X tổ chức …": huyện X organises).
 */
export const DIRECTING_VERBS: readonly string[] = ['chỉ đạo', 'giao', 'giao cho', 'phân công', 'ủy quyền', 'uỷ quyền', 'ủy nhiệm', 'uỷ nhiệm'];

/**
 * Verbs of a sponsor: "Học bổng do Công ty X tài trợ" names who paid, not who organised
 * (the guideline's organisers are no sponsors); nor does the investor's or the builder's of a
 * work ("Dự án do Công ty X làm chủ đầu tư", "do Công ty Y thi công").
 */
export const SPONSORING_VERBS: readonly string[] = [
  'tài trợ', 'đồng tài trợ', 'bảo trợ', 'đỡ đầu', 'ủng hộ', 'hỗ trợ', 'làm chủ đầu tư', 'đầu tư', 'thi công',
];

/**
 * Verbs of a handover or a visit bearing gifts that a headline opens with ("Trao học bổng cho …", "Tặng quà …", "Thăm, tặng quà …"): the
 * handover is the event, and the body's organisation that does it holds it ("Hội X đã trao
 * 15 suất học bổng"). Without such a headline a handover is one part of a larger event
 * ("Kết thúc giải, Ban tổ chức trao 60 giải thưởng").
 */
export const HANDOVER_VERBS: readonly string[] = ['trao', 'tặng', 'thăm'];

/** Verbs of coming before a visit's verb ("Hội X đến thăm và tặng quà …"): the visit is still the subject's act. */
export const VISIT_APPROACHES: readonly string[] = ['đến', 'tới', 'về'];

/** "do X [phối hợp với Y]": X (and Y) organised what precedes, verb or not. */
export const ORGANIZED_BY: readonly string[] = ['do'];

/** "được tổ chức bởi X": the agent of a passive organising verb. */
export const PASSIVE_AGENTS: readonly string[] = ['bởi'];

/** Event nouns: "Hội nghị … của X" names X's own event (X organised it). */
export const EVENT_NOUNS: readonly string[] = [
  'Hội nghị', 'Hội thảo', 'Lễ', 'Diễn đàn', 'Tọa đàm', 'Đại hội', 'Hội thi', 'Cuộc thi', 'Giải', 'Ngày hội',
  'Liên hoan', 'Triển lãm', 'Chương trình', 'Tuần lễ', 'Hội chợ', 'Buổi lễ', 'Lễ hội', 'Hội diễn', 'Kỳ họp', 'Phiên họp',
];

/**
 * A congress held by the body named right after it ("Đại hội đại biểu Đảng bộ huyện X",
 * "Đại hội Hội Nông dân xã Y"): that body holds its own congress.
 */
export const CONGRESS_NOUNS: readonly string[] = ['đại hội'];

/** Who sits in a congress, between the noun and its body ("đại biểu", "đảng viên"; a pilot one: "điểm"). */
export const CONGRESS_MEMBERS: readonly string[] = ['đại biểu', 'đảng viên', 'điểm'];
