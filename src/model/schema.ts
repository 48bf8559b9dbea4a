/**
 * JSON Schema (draft 2020-12) of what `vnpress parse --format json` prints. Evidence is
 * optional everywhere because it is printed only with --evidence.
 */
const nullableString = { type: ['string', 'null'] } as const;
const isoDate = { type: ['string', 'null'], pattern: '^(\\d{4}|XXXX)-\\d{2}-\\d{2}$' } as const;

const evidence = {
  type: 'array',
  items: {
    type: 'object',
    required: ['rule', 'start', 'end', 'line', 'column'],
    additionalProperties: false,
    properties: {
      rule: { type: 'string', pattern: '^[a-z-]+\\.[a-z0-9.-]+$' },
      start: { type: 'integer', minimum: 0 },
      end: { type: 'integer', minimum: 0 },
      line: { type: 'integer', minimum: 1 },
      column: { type: 'integer', minimum: 1 },
    },
  },
} as const;

function traced(required: readonly string[], properties: Record<string, unknown>) {
  return {
    type: 'object',
    required,
    additionalProperties: false,
    properties: { ...properties, evidence: { $ref: '#/$defs/evidence' } },
  } as const;
}

const organization = traced(['name', 'expanded'], { name: { type: 'string', minLength: 1 }, expanded: nullableString });

export const articleSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/vnpress/vnpress/schema/article.json',
  title: 'vnpress article',
  type: 'object',
  required: ['file', 'title', 'lead', 'source', 'event', 'organizers', 'people', 'organizations', 'messages', 'quotes', 'captions', 'dates'],
  additionalProperties: false,
  properties: {
    file: { type: 'string' },
    title: nullableString,
    lead: nullableString,
    source: {
      type: 'object',
      required: ['name', 'author', 'url'],
      additionalProperties: false,
      properties: { name: nullableString, author: nullableString, url: nullableString },
    },
    event: {
      type: 'object',
      required: ['name', 'type', 'theme', 'date', 'endDate', 'time', 'location'],
      additionalProperties: false,
      properties: {
        name: nullableString,
        type: nullableString,
        theme: nullableString,
        date: isoDate,
        endDate: isoDate,
        time: nullableString,
        location: nullableString,
      },
    },
    organizers: { type: 'array', items: { $ref: '#/$defs/organization' } },
    people: {
      type: 'array',
      items: traced(['name', 'honorific', 'role', 'organization'], {
        name: { type: 'string', minLength: 1 },
        honorific: nullableString,
        role: nullableString,
        organization: nullableString,
      }),
    },
    organizations: { type: 'array', items: { $ref: '#/$defs/organization' } },
    messages: { type: 'array', items: traced(['text'], { text: { type: 'string', minLength: 1 } }) },
    quotes: {
      type: 'array',
      items: traced(['speaker', 'role', 'text', 'direct'], {
        speaker: nullableString,
        role: nullableString,
        text: { type: 'string', minLength: 1 },
        direct: { type: 'boolean' },
      }),
    },
    captions: { type: 'array', items: traced(['text'], { text: { type: 'string', minLength: 1 } }) },
    dates: {
      type: 'array',
      items: traced(['text', 'date', 'endDate', 'time', 'partOfDay', 'calendar'], {
        text: { type: 'string' },
        date: isoDate,
        endDate: isoDate,
        time: nullableString,
        partOfDay: nullableString,
        calendar: { enum: ['solar', 'lunar'] },
      }),
    },
    evidence: { type: 'object', additionalProperties: { $ref: '#/$defs/evidence' } },
  },
  $defs: { evidence, organization },
} as const;
