/**
 * Organising verbs and phrases: an organisation right before them (or after "do") organised
 * the event. Attendance words are listed so that attendees are never taken as organisers.
 */

/** "X tổ chức", "X chủ trì", "X đăng cai" (the organisation is the subject before them). */
export const ORGANIZING_VERBS: readonly string[] = [
  'tổ chức', 'đồng tổ chức', 'chủ trì', 'đăng cai', 'đăng cai tổ chức', 'phát động', 'khai mạc',
  'chủ trì tổ chức', 'phối hợp tổ chức', 'long trọng tổ chức', 'trọng thể tổ chức', 'vừa tổ chức',
  'đã tổ chức', 'sẽ tổ chức', 'cùng tổ chức', 'tổ chức thành công',
];

/** "phối hợp với Y tổ chức", "cùng với Y": a co-organiser follows. */
export const COORGANIZER_LINKS: readonly string[] = ['phối hợp với', 'phối hợp cùng', 'cùng với', 'kết hợp với', 'và'];

/** "do X tổ chức", "do X chủ trì": the organiser follows. */
export const ORGANIZED_BY: readonly string[] = ['do'];
