/** Cues that mark photo captions and photo credits. */

/** A photo credit inside or after a caption ("Ảnh: Minh Hà", "(Ảnh: TTXVN)"). */
export const PHOTO_CREDIT_LABELS: readonly string[] = ['Ảnh', 'Ảnh minh họa', 'Ảnh minh hoạ', 'Nguồn ảnh', 'Ảnh chụp', 'Photo'];

/** A line announcing that a gallery of captioned photos follows. */
export const GALLERY_CUES: readonly string[] = ['hình ảnh khác', 'một số hình ảnh', 'hình ảnh tại', 'hình ảnh của', 'ảnh tại'];

/** Words that open a narrative paragraph, never a caption. */
export const NARRATIVE_OPENERS: readonly string[] = [
  'tuy nhiên', 'đồng thời', 'bên cạnh đó', 'trong đó', 'theo đó', 'cụ thể', 'do đó', 'vì vậy',
  'ngoài ra', 'sau đó', 'trước đó', 'kết thúc', 'cũng trong', 'cũng tại', 'trong khi', 'tại buổi',
  'theo', 'nhờ', 'mặc dù', 'để', 'từ đó', 'hiện nay', 'hiện', 'dự kiến', 'được biết', 'như vậy',
];
