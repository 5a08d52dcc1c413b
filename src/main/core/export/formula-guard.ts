/**
 * Formula-injection guard for exports meant for spreadsheets (CSV and XLSX), as OWASP
 * describes it: a cell whose first character is `=`, `+`, `-`, `@`, TAB or CR is prefixed
 * with a single quote so Excel, LibreOffice and Google Sheets show it as text instead of
 * evaluating it. NUL is treated the same way (OWASP ASVS 1.2.10 lists it).
 *
 * Exceptions, so ordinary data stays as it is:
 * - numbers in either locale, signed ones too: `-12`, `+3,5`, `-1.234,56`, `-1,234.56`,
 *   `-1e5`, `-.5`, and a trailing `%` (`-5%`, `-2,5%`) — a spreadsheet reads these as numbers;
 * - a lone missing-value marker: `-` or `–` (en dash).
 *
 * Machine-readable exports (Data Package CSV, JSON, CKAN resources) never call this.
 */

const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\0']);

const LONE_MISSING_MARKERS = new Set(['-', '–']);

const EXPONENT = '(?:[eE][+-]?\\d+)?';
const NUMBER_PATTERNS = [
  // plain, dot decimal: 12, 12.5, .5, 1e5, 1.5E-3
  `\\d+(?:\\.\\d*)?${EXPONENT}`,
  `\\.\\d+${EXPONENT}`,
  // plain, comma decimal (Indonesian): 12,5 ,5 1,5e3
  `\\d+(?:,\\d*)?${EXPONENT}`,
  `,\\d+${EXPONENT}`,
  // grouped, English: 1,234 1,234,567.89
  '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?',
  // grouped, Indonesian: 1.234 1.234.567,89
  '\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?',
];
const SIGNED_NUMBER = new RegExp(`^[+-]?(?:${NUMBER_PATTERNS.join('|')})%?$`);

/** True for a number as a spreadsheet in an English or Indonesian locale would read it. */
export function isLocaleNumber(value: string): boolean {
  return SIGNED_NUMBER.test(value);
}

/** True when a spreadsheet could treat the cell as a formula (and it is not an exception). */
export function isFormulaLike(value: string): boolean {
  if (value.length === 0) return false;
  if (!TRIGGERS.has(value.charAt(0))) return false;
  if (LONE_MISSING_MARKERS.has(value)) return false;
  return !isLocaleNumber(value);
}

/** The cell as it should be written to a spreadsheet export. */
export function neutralizeCell(value: string): string {
  return isFormulaLike(value) ? `'${value}` : value;
}
