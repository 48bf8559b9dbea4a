/** Articles written for the tests (invented places, people and events). */

/** Plain text; no upper-case toned vowels, so every legacy encoding can hold it. */
export const ARTICLE_TXT = `Khai mạc Ngày hội đọc sách tại thị trấn Sông Mây
Sáng 12/3/2024, tại Nhà văn hóa thị trấn Sông Mây, Phòng Văn hóa huyện Đồi Thông phối hợp với Thư viện tỉnh tổ chức khai mạc Ngày hội đọc sách năm 2024.
Phát biểu tại buổi lễ, ông Lò Văn Khải – Trưởng phòng Văn hóa huyện Đồi Thông cho biết, ngày hội nhằm lan tỏa thông điệp “Mỗi ngày một trang sách” tới học sinh.
“Chúng tôi mong các em học sinh đến với thư viện nhiều hơn, đọc thêm những cuốn sách hay”, ông Khải nói.
Các em học sinh tham gia trò chơi đố vui.
Theo báo Sông Mây
`;

/** Markdown with front matter. */
export const ARTICLE_MD = `---
title: Hội thi kể chuyện “Bác Hồ với thiếu nhi” ở xã Bến Lau
date: 2024-05-20
source: Báo Bến Lau
---

Chiều 18/5, Đoàn xã Bến Lau tổ chức hội thi kể chuyện “Bác Hồ với thiếu nhi” cho học sinh ba trường tiểu học trong xã.

Bà Hà Thị Mơ, Bí thư Đoàn xã, cho biết hội thi năm nay có 24 em dự thi, tăng gấp đôi so với năm trước.

*Các thí sinh nhận giấy khen của ban tổ chức.*
`;

/** Old-style tone placement ("hoà", "thuỷ") in the same genre. */
export const ARTICLE_OLD_TONES = `Lễ hội hoà nhạc bên bờ sông Thuỷ Lâm
Tối 2/9, Ủy ban nhân dân xã Thuỷ Lâm tổ chức đêm hoà nhạc mừng Quốc khánh tại sân vận động xã.
Ông Vi Đức Thoả, Chủ tịch xã, nói: “Đây là dịp để bà con quây quần, hoà chung niềm vui”.
`;

/** English: not Vietnamese. */
export const ENGLISH_TXT = `Town library opens a reading week
On Monday the town library opened its annual reading week with a storytelling contest for children from three primary schools.
The organisers said that more than two hundred visitors came on the first day, and that the week will end with a book fair on the main square.
`;

/** French with accents, as Windows-1252 bytes it is neither UTF-8 nor a Vietnamese encoding. */
export const FRENCH_TXT = `Fête du livre à la médiathèque
Samedi, la médiathèque a accueilli une fête du livre très animée. Les élèves ont présenté leurs créations, et les bénévoles ont préparé un goûter généreux pour les familles.
`;
