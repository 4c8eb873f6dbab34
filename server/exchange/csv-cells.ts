// One spreadsheet cell, both ways: the formula-injection escape and its exact inverse, lists, yes/no and numbers.
//
// The escape (OWASP "CSV injection"): a text cell that a spreadsheet would run as a formula (it starts with = + - @,
// a tab or a carriage return) is written with a single quote in front. So that the reader can undo exactly that, a
// cell that already starts with quotes followed by such a character gets one more quote; the reader removes one quote
// from any cell that starts with quotes followed by such a character. escape then unescape is the identity for every
// string, and no escaped cell starts with = + - @ tab or CR. Numbers (latitude, longitude, a radius) are written as
// numbers, never escaped: "-106.48" is a number to a spreadsheet, not a formula, and must stay one.

const NEEDS_ESCAPE = /^'*[=+\-@\t\r]/;
const ESCAPED = /^'+[=+\-@\t\r]/;

/** The cell for a text value, safe to open in a spreadsheet. */
export function escapeCell(text: string): string {
  return NEEDS_ESCAPE.test(text) ? `'${text}` : text;
}

/** The value of a cell written by escapeCell (or by a person who typed the quote the same way). */
export function unescapeCell(cell: string): string {
  return ESCAPED.test(cell) ? cell.slice(1) : cell;
}

/** The items of a list cell: split at ";" (or ","), trimmed, blanks dropped. */
export function listItems(cell: string): string[] {
  return cell
    .split(/[;,]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** A value as codes are compared: lower case, no accents, spaces and dashes as underscores ("ICE check-in"). */
export function codeKey(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

const YES = new Set(['yes', 'y', 'true', '1', 'si', 's', 'x']);
const NO = new Set(['no', 'n', 'false', '0']);

/** yes/no in English or Spanish (sí, no); undefined when the cell says neither. */
export function yesNo(cell: string): boolean | undefined {
  const key = codeKey(cell);
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return undefined;
}

/** A decimal number as spreadsheets write it (a decimal comma is accepted: 31,76); undefined when it is not one. */
export function decimal(cell: string): number | undefined {
  const text = cell.trim().replace(/^(-?\d+),(\d+)$/, '$1.$2');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}
