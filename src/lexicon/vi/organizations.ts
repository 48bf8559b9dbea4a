/**
 * Organisation head words: a capitalised head starts an organisation name that runs on over
 * its proper part ("Sở GD&ĐT Hà Nội", "UBND huyện Cần Giờ", "Trường THPT Lê Lợi").
 */
export const ORGANIZATION_HEADS: readonly string[] = [
  'Sở', 'Bộ', 'UBND', 'HĐND', 'Ủy ban', 'Uỷ ban', 'Ủy ban nhân dân', 'Hội đồng', 'Hội đồng nhân dân', 'Tỉnh ủy',
  'Tỉnh uỷ', 'Thành ủy', 'Thành uỷ', 'Quận ủy', 'Quận uỷ', 'Huyện ủy', 'Huyện uỷ', 'Đảng ủy', 'Đảng uỷ',
  'Trường', 'Đại học', 'ĐH', 'ĐHQG', 'Học viện', 'Hội', 'Hiệp hội', 'Tổng Hội', 'Công ty', 'Cty', 'Tập đoàn',
  'Tổng công ty', 'Báo', 'Tạp chí', 'Đài', 'Đài Truyền hình', 'Đài Phát thanh', 'Ban', 'Trung tâm', 'Viện',
  'Liên đoàn', 'LĐLĐ', 'Đoàn', 'Công đoàn', 'Vụ', 'Cục', 'Tổng cục', 'Phòng', 'Khoa', 'Bệnh viện', 'Kho bạc',
  'Ngân hàng', 'Quỹ', 'Câu lạc bộ', 'CLB', 'Văn phòng', 'Đại sứ quán', 'ĐSQ', 'Tổng Lãnh sự quán',
  'Lãnh sự quán', 'Thanh tra', 'Tòa án', 'Viện Kiểm sát', 'Mặt trận', 'MTTQ', 'UBMTTQ', 'Quốc hội', 'Chính phủ',
  'Bộ Tư lệnh', 'Bộ Chỉ huy', 'Bộ đội', 'Quân khu', 'Công an', 'Nhà xuất bản', 'NXB', 'Thư viện', 'Bảo tàng',
  'Nhà hát', 'Hợp tác xã', 'Tổ chức', 'Quỹ', 'Chi cục', 'Chi hội', 'Chi đoàn', 'Đoàn Thanh niên', 'Hội đồng Trường',
  'Đảng bộ', 'Ban Chấp hành', 'BCH', 'Ban Thường vụ', 'Ban Giám hiệu', 'Ban Giám Hiệu', 'Ban Tuyên giáo',
  'Ban Tổ chức', 'Ban tổ chức', 'Ban quản lý', 'Ban Quản lý', 'Ban Dự án', 'Ban vận động', 'Ban An toàn Giao thông',
];

/** Administrative unit words that join a place name to an organisation ("UBND tỉnh Nghệ An"). */
export const ADMIN_UNITS: readonly string[] = [
  'tỉnh', 'thành phố', 'TP', 'TP.', 'Tp', 'quận', 'huyện', 'thị xã', 'xã', 'phường', 'thị trấn', 'Quận',
  'Huyện', 'Tỉnh', 'Thành phố', 'khu phố', 'thôn', 'ấp', 'bản',
];
