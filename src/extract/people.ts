/** people: see ./people/index.ts (rules in ./people/mentions.ts, resolution in ./people/resolve.ts). */
export { extractPeople, resolvePerson } from './people/index.js';
