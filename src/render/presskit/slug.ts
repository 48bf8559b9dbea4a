/** Kit folder names: ASCII, lowercase, safe on every file system, unique within a run. */

const MAX_LENGTH = 60;
const FALLBACK = 'bai-viet';

/** "Khai mạc Ngày hội Đọc sách" → "khai-mac-ngay-hoi-doc-sach". */
export function slugify(title: string | null): string {
  const ascii = (title ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!ascii) return FALLBACK;
  if (ascii.length <= MAX_LENGTH) return ascii;
  const cut = ascii.slice(0, MAX_LENGTH + 1);
  const dash = cut.lastIndexOf('-');
  return (dash > 20 ? cut.slice(0, dash) : ascii.slice(0, MAX_LENGTH)).replace(/-+$/, '');
}

/** The slug, or slug-2, slug-3 … when an earlier article of the run took it. */
export function uniqueSlug(slug: string, used: Set<string>): string {
  let candidate = slug;
  for (let n = 2; used.has(candidate); n++) candidate = `${slug}-${n}`;
  used.add(candidate);
  return candidate;
}
