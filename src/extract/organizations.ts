/** organizations: see ./organizations/index.ts (spans in ./organizations/spans.ts). */
export { extractOrganizations } from './organizations/index.js';
