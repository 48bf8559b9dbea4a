/**
 * CSV as RFC 4180 says (CRLF records, fields quoted when they hold a comma, quote or line
 * break, quotes doubled), in UTF-8 with a BOM so spreadsheets show Vietnamese correctly.
 * A field that a spreadsheet would run as a formula gets a leading apostrophe.
 */

const BOM = '\ufeff';

function field(value: string | null): string {
  let text = value ?? '';
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | null)[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
