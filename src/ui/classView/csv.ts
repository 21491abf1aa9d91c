// A table as CSV for a spreadsheet: UTF-8 with a byte-order mark (Excel reads the file as UTF-8
// only with it: "Chloé" came out "ChloÃ©"), lines ended CR LF, a cell in quotes when it holds a
// comma, a quote, a line break or a space at either end. The cells come from students' files:
// a text that starts as a formula does (= + - @, or a tab or CR before one) gets a ' before it,
// so that a spreadsheet shows it and never runs it. Numbers are ours and go in as they are.

export type CsvCell = string | number | null;

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",;\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole file's text: the header line, then a line per row. */
export function csvText(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
