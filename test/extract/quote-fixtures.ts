import { parseArticle } from '../../src/pipeline.js';
import type { Article } from '../../src/model/article.js';

/** An article: a headline about a workshop, then `lines` as its paragraphs. */
export const article = (...lines: string[]): Article => parseArticle(['Hội thảo chuyển đổi số ngành nông nghiệp', ...lines].join('\n'), { path: 'a.txt' });
/** The quotes of such an article, without evidence and role. */
export const quotes = (...lines: string[]) => article(...lines).quotes.map(({ speaker, text, direct }) => ({ speaker, text, direct }));
/** A paragraph with no speech in it, before the one a test is about. */
export const LONG = 'Buổi hội thảo có sự tham dự của hơn hai trăm đại biểu đến từ các sở, ngành, hợp tác xã và doanh nghiệp trong tỉnh cùng nhiều chuyên gia.';
