/**
 * The bench corpus: thousands of varied articles generated into a temp directory (never
 * committed) from the project's fixtures and, when present, ../shared/corpus/dev/raw.
 * Articles recombine headlines and paragraphs from different sources and change the
 * numbers, dates and family names in them, so no two files are copies and caches,
 * branch predictors and the OS page cache see a realistic spread of text.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';

export interface SourceText {
  headlines: string[];
  paragraphs: string[];
}

// Used only when neither fixtures nor the shared corpus exist, so the bench still runs.
const FALLBACK: SourceText = {
  headlines: [
    'Khai mạc Hội chợ sách thiếu nhi lần thứ 5 tại Đà Lạt',
    'Trường THPT Hoa Sen tổ chức lễ tuyên dương học sinh giỏi năm học 2024-2025',
  ],
  paragraphs: [
    'Sáng 14/3, tại Nhà văn hóa Thanh niên thành phố Đà Lạt, Sở Văn hóa tỉnh Lâm Sơn phối hợp với Hội Nhà văn tổ chức khai mạc Hội chợ sách thiếu nhi lần thứ 5.',
    'Dự lễ khai mạc có ông Đỗ Minh Khang – Phó Chủ tịch UBND tỉnh, bà Lương Thị Hạnh – Giám đốc Sở Văn hóa cùng hơn 2.000 học sinh các trường trong tỉnh.',
    'Phát biểu tại buổi lễ, ông Đỗ Minh Khang cho biết: “Mỗi cuốn sách là một cánh cửa mở ra thế giới cho các em.”',
    'Hội chợ có 45 gian hàng của 18 nhà xuất bản, giới thiệu khoảng 12.500 đầu sách với mức giảm giá từ 10% đến 40%.',
    'Ban tổ chức gửi thông điệp “Đọc sách mỗi ngày, lớn khôn mỗi ngày” tới các bậc phụ huynh và thầy cô giáo.',
    'Các em học sinh tham quan gian hàng sách tại hội chợ.',
    'Theo bà Lương Thị Hạnh, hội chợ kéo dài đến hết ngày 20/3 và mở cửa miễn phí từ 8h đến 21h hằng ngày.',
    'Nguyễn Hà Vy',
  ],
};

const FAMILY_NAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const FAMILY_NAME = new RegExp(`(?<![\\p{L}])(?:${FAMILY_NAMES.join('|')})(?![\\p{L}])`, 'gu');

/** Deterministic PRNG (mulberry32): the same seed gives the same corpus on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function articleFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...articleFiles(path));
    else if (['.txt', '.md'].includes(extname(name))) out.push(path);
  }
  return out;
}

/** Headlines and paragraphs of every source article (front matter dropped). */
export function loadSources(dirs: readonly string[]): SourceText {
  const source: SourceText = { headlines: [], paragraphs: [] };
  for (const file of dirs.flatMap(articleFiles)) {
    const body = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    const lines = body.split(/\r?\n/).map((l) => l.replace(/^#+\s*/, '').trim()).filter(Boolean);
    if (lines.length < 2) continue;
    source.headlines.push(lines[0]);
    source.paragraphs.push(...lines.slice(1));
  }
  return source.headlines.length ? source : FALLBACK;
}

/** Change what varies between real articles: numbers, day/month dates, family names. */
function vary(text: string, rnd: () => number): string {
  return text
    .replace(/\b(\d{1,2})\/(\d{1,2})\b/g, () => `${1 + Math.floor(rnd() * 28)}/${1 + Math.floor(rnd() * 12)}`)
    .replace(/\b\d{3,}\b/g, (n) => String(Math.floor(10 ** (n.length - 1) + rnd() * 9 * 10 ** (n.length - 1))))
    .replace(FAMILY_NAME, () => FAMILY_NAMES[Math.floor(rnd() * FAMILY_NAMES.length)]);
}

/** Article `i` of the corpus: a headline, 5–19 paragraphs, one in five as Markdown. */
export function generateArticle(source: SourceText, i: number): { name: string; text: string } {
  const rnd = random(i * 7919 + 17);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const title = vary(pick(source.headlines), rnd);
  const count = 5 + Math.floor(rnd() * 15);
  // Consecutive paragraphs from a random start read like one article; a second run mixes in another.
  const start = Math.floor(rnd() * source.paragraphs.length);
  const paragraphs: string[] = [];
  for (let k = 0; k < count; k++) {
    const from = k < count / 2 ? start + k : Math.floor(rnd() * source.paragraphs.length);
    paragraphs.push(vary(source.paragraphs[from % source.paragraphs.length], rnd));
  }
  const id = String(i).padStart(6, '0');
  if (i % 5 === 4) {
    const date = `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    return { name: `${id}.md`, text: `---\ntitle: "${title.replace(/"/g, '\\"')}"\ndate: ${date}\n---\n\n${paragraphs.join('\n\n')}\n` };
  }
  return { name: `${id}.txt`, text: `${title}\n${paragraphs.join('\n')}\n` };
}

/** Write articles [from, to) into `dir`, 1,000 per sub-directory; returns the bytes written. */
export function writeCorpus(source: SourceText, dir: string, from: number, to: number): number {
  let bytes = 0;
  for (let i = from; i < to; i++) {
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if ((i - from) % 1000 === 0 || i % 1000 === 0) mkdirSync(sub, { recursive: true });
    const { name, text } = generateArticle(source, i);
    const data = Buffer.from(text, 'utf8');
    writeFileSync(join(sub, name), data);
    bytes += data.length;
  }
  return bytes;
}
