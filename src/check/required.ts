/** Required fields: each field the run requires must have a value (an error at 1:1 otherwise: a missing field has no place). */
import type { CheckRule } from './context.js';
import { fieldValue, hasValue } from './fields.js';

export const requiredFields: CheckRule = {
  id: 'check/required-field',
  description: 'A field the run requires (--require, config `require`) has no value.',
  run({ doc, article, options }) {
    for (const field of options.require) {
      if (!hasValue(fieldValue(article, field))) doc.report('error', this.id, `required field "${field}" is missing`, 0);
    }
  },
};
