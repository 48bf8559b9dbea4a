import fc from 'fast-check';
import { matchKey } from '../../src/core/text.js';
import { tokenize } from '../../src/extract/tokens.js';

/** A text and its match key, as the tokenizer reads a document. */
export const local = (text: string) => ({ text, key: matchKey(text) });
/** The tokens of a whole text. */
export const tokensOf = (text: string) => tokenize(local(text), 0, text.length);

// Characters at the edges of the classes: joiners, marks, digits outside ASCII, odd
// spaces, titlecase, context-dependent lower case (İ, Σ), a symbol with a lower case (Ⅳ),
// surrogates alone and in pairs.
const PIECES = [
  'a', 'Á', 'ư', 'Ư', 'hoà', "'", '’', '-', '&', '.', '/', '1', '²', '¼', ' ', '\u00a0', '\u2003', '\u3000', '\ufeff', '\n',
  '\u0301', '\u0483', 'İ', 'Σ', 'ΑΣ', 'ß', 'ǅ', 'ж', 'Ж', 'ª', 'µ', '\u02c6', '\ud83d\ude00', '\ud83d', '\ude00', ',', '(', 'Ⅳ',
  '“', 'GD&ĐT', 'PGS.TS', "H'Luyên", 'Hang-seo', '30-4', 'UBND', 'Sơn-Phó', 'a-B', 'Xy', 'GD-ĐT', 'Lê', 'ĐảngLê', 'Phone', 'TS.Lê',
];
/** Texts of such pieces. */
export const oddText = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(''));
