/**
 * Abbreviations: those that end in a full stop without ending a sentence, and those the
 * organisations extractor expands (kept as written in `name`, expanded in `expanded`).
 */

/** Tokens after which "." does not end a sentence (compared without case). */
export const DOTTED_ABBREVIATIONS: readonly string[] = [
  'TP', 'Tp', 'TX', 'GS', 'PGS', 'TS', 'ThS', 'Th.S', 'BS', 'CKII', 'CKI', 'KS', 'CN', 'NSƯT', 'NSND', 'NGƯT',
  'NGND', 'ĐC', 'St', 'Mr', 'Mrs', 'Dr', 'TT', 'Q', 'P', 'H', 'X', 'Tr', 'v.v', 'TW', 'Nxb', 'NXB',
];

/** Abbreviation → expansion, matched as whole words. */
export const EXPANSIONS: readonly (readonly [string, string])[] = [
  ['GD&ĐT', 'Giáo dục và Đào tạo'],
  ['GD-ĐT', 'Giáo dục và Đào tạo'],
  ['GDĐT', 'Giáo dục và Đào tạo'],
  ['KH&CN', 'Khoa học và Công nghệ'],
  ['KHCN', 'Khoa học và Công nghệ'],
  ['VH,TT&DL', 'Văn hóa, Thể thao và Du lịch'],
  ['VHTTDL', 'Văn hóa, Thể thao và Du lịch'],
  ['LĐ-TB&XH', 'Lao động - Thương binh và Xã hội'],
  ['TT&TT', 'Thông tin và Truyền thông'],
  ['TN&MT', 'Tài nguyên và Môi trường'],
  ['NN&PTNT', 'Nông nghiệp và Phát triển nông thôn'],
  ['UBND', 'Ủy ban nhân dân'],
  // Courts and procuracies ("TAND TP.HCM", "VKSND tỉnh X").
  ['TAND', 'Tòa án nhân dân'],
  ['VKSND', 'Viện Kiểm sát nhân dân'],
  ['HĐND', 'Hội đồng nhân dân'],
  ['UBMTTQVN', 'Ủy ban Mặt trận Tổ quốc Việt Nam'],
  ['MTTQVN', 'Mặt trận Tổ quốc Việt Nam'],
  ['UBMTTQ', 'Ủy ban Mặt trận Tổ quốc'],
  ['MTTQ', 'Mặt trận Tổ quốc'],
  ['THPT', 'Trung học phổ thông'],
  ['THCS', 'Trung học cơ sở'],
  ['ĐH', 'Đại học'],
  ['ĐHQG', 'Đại học Quốc gia'],
  ['TP.', 'Thành phố'],
  ['TP', 'Thành phố'],
  ['Tp.', 'Thành phố'],
  ['HCM', 'Hồ Chí Minh'],
  ['TPHCM', 'Thành phố Hồ Chí Minh'],
  ['TNCS', 'Thanh niên Cộng sản'],
  ['BCH', 'Ban Chấp hành'],
  ['QĐND', 'Quân đội nhân dân'],
  ['CAND', 'Công an nhân dân'],
  ['BHXH', 'Bảo hiểm xã hội'],
  // The mass organisations, abbreviated after their head ("Hội LHPN huyện X", "Hội CTĐ tỉnh Y").
  ['LHPN', 'Liên hiệp Phụ nữ'],
  ['CTĐ', 'Chữ thập đỏ'],
  ['CCB', 'Cựu chiến binh'],
  ['LĐLĐ', 'Liên đoàn Lao động'],
];
