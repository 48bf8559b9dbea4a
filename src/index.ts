/** vnpress public API: the phases (parse → extract → render) and the types. Re-exports only. */
export { parse, formatOf, type ParseOptions } from './read/index.js';
export { readInputFile, readInputStream, DEFAULT_MAX_SIZE, type InputText, type ReadOptions } from './read/file.js';
export { extract, extractors, type ExtractOptions, type ExtractContext, type Extractor } from './extract/index.js';
export { parseArticle } from './pipeline.js';
export { renderJson, renderNdjsonLine } from './render/json.js';
export { renderYaml } from './render/yaml.js';
export { articleData, type DataOptions } from './render/data.js';
export { articleSchema } from './model/schema.js';
export { VnDocument } from './core/document.js';
export type { Block, Sentence, QuotedSpan, FrontMatter, Span } from './core/document.js';
export { InputError, formatDiagnostic, type Diagnostic, type Severity } from './core/diagnostics.js';
export type * from './model/article.js';
export { createArticle } from './model/article.js';
