/** People: a person named without any role is worth a look (a note, not an error). */
import type { CheckRule } from './context.js';

export const personRole: CheckRule = {
  id: 'check/person-role',
  description: 'A person is named without a role or title.',
  run({ doc, article }) {
    for (const person of article.people) {
      if (person.role) continue;
      doc.report('info', this.id, `person "${person.name}" has no role`, person.evidence[0]?.start ?? doc.bodyStart);
    }
  },
};
