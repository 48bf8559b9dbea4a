/**
 * The words rendered output adds around an article's own text, per language. Data only:
 * a new label or language is a change here, never a branch in the renderers. Content is
 * never translated; only these labels change with `--lang`.
 */
export type Lang = 'vi' | 'en';

export const LANGS: readonly Lang[] = ['vi', 'en'];

export interface Labels {
  keyMessages: string;
  statements: string;
  attendees: string;
  captions: string;
  source: string;
  author: string;
  factSheet: string;
  event: string;
  eventType: string;
  theme: string;
  date: string;
  time: string;
  location: string;
  organizers: string;
  dignitaries: string;
  contact: string;
  about: string;
  direct: string;
  reported: string;
  pressKit: string;
  files: string;
  pressRelease: string;
  quotes: string;
  people: string;
  calendar: string;
  data: string;
  manifest: string;
  download: string;
  kits: string;
  name: string;
  honorific: string;
  role: string;
  organization: string;
  speaker: string;
  text: string;
  kind: string;
}

export const LABELS: Readonly<Record<Lang, Labels>> = {
  vi: {
    keyMessages: 'Thông điệp chính',
    statements: 'Phát biểu',
    attendees: 'Thành phần tham dự',
    captions: 'Chú thích ảnh',
    source: 'Nguồn',
    author: 'Tác giả',
    factSheet: 'Thông tin sự kiện',
    event: 'Sự kiện',
    eventType: 'Loại sự kiện',
    theme: 'Chủ đề',
    date: 'Ngày',
    time: 'Thời gian',
    location: 'Địa điểm',
    organizers: 'Đơn vị tổ chức',
    dignitaries: 'Đại biểu',
    contact: 'Liên hệ báo chí',
    about: 'Giới thiệu',
    direct: 'trích dẫn trực tiếp',
    reported: 'tường thuật',
    pressKit: 'Bộ tài liệu báo chí',
    files: 'Tài liệu',
    pressRelease: 'Thông cáo báo chí',
    quotes: 'Trích dẫn',
    people: 'Danh sách nhân vật',
    calendar: 'Lịch sự kiện',
    data: 'Dữ liệu',
    manifest: 'Danh mục tệp',
    download: 'Tải về',
    kits: 'Các bộ tài liệu',
    name: 'Họ tên',
    honorific: 'Danh xưng',
    role: 'Chức vụ',
    organization: 'Cơ quan',
    speaker: 'Người phát biểu',
    text: 'Nội dung',
    kind: 'Hình thức',
  },
  en: {
    keyMessages: 'Key messages',
    statements: 'Statements',
    attendees: 'Attendees',
    captions: 'Photo captions',
    source: 'Source',
    author: 'Author',
    factSheet: 'Fact sheet',
    event: 'Event',
    eventType: 'Event type',
    theme: 'Theme',
    date: 'Date',
    time: 'Time',
    location: 'Location',
    organizers: 'Organisers',
    dignitaries: 'Dignitaries',
    contact: 'Media contact',
    about: 'About',
    direct: 'direct quote',
    reported: 'reported speech',
    pressKit: 'Press kit',
    files: 'Files',
    pressRelease: 'Press release',
    quotes: 'Quotes',
    people: 'People',
    calendar: 'Calendar event',
    data: 'Data',
    manifest: 'Manifest',
    download: 'Download',
    kits: 'Press kits',
    name: 'Name',
    honorific: 'Honorific',
    role: 'Role',
    organization: 'Organisation',
    speaker: 'Speaker',
    text: 'Text',
    kind: 'Kind',
  },
};

/** Every section heading the Markdown renderer writes, in any language (to find the body's end). */
export const SECTION_HEADINGS: ReadonlySet<string> = new Set(
  LANGS.flatMap((lang) => {
    const l = LABELS[lang];
    return [l.keyMessages, l.statements, l.attendees, l.captions, l.contact, l.about];
  }),
);
