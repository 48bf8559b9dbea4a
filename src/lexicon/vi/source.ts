/** Cues for the credited outlet ("theo báo …", "Nguồn: …") and the byline. */

/** Labels that introduce the outlet ("Nguồn: VnExpress", "Theo VOV"). */
export const SOURCE_LABELS: readonly string[] = ['nguồn', 'nguồn tin', 'theo', 'trích nguồn'];

/** Kinds of outlet dropped from the name ("theo báo Giáo dục & Thời đại" → "Giáo dục & Thời đại"). */
export const OUTLET_KIND_WORDS: readonly string[] = ['báo', 'báo điện tử', 'trang tin', 'trang'];

/** Labels that introduce the byline ("Tác giả: …", "Tin-ảnh: …"). */
export const AUTHOR_LABELS: readonly string[] = [
  'tác giả', 'tin-ảnh', 'tin - ảnh', 'tin, ảnh', 'tin và ảnh', 'tin ảnh', 'bài và ảnh', 'bài, ảnh',
  'bài-ảnh', 'bài', 'tin', 'nhóm phóng viên', 'phóng viên', 'pv', 'ctv', 'bài viết', 'người viết', 'thực hiện',
];
