/** The JSON Schema compiled once for tests (ajv, draft 2020-12). */
import Ajv2020 from 'ajv/dist/2020.js';
import { articleSchema } from '../src/model/schema.js';

const ajv = new Ajv2020.default({ allErrors: true, strict: true });
export const validateArticle = ajv.compile(articleSchema);

export function schemaErrors(data: unknown): string {
  return validateArticle(data) ? '' : ajv.errorsText(validateArticle.errors);
}
