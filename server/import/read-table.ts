/**
 * Reads a CSV or XLSX file of paper questionnaires into a table of strings with the physical
 * line of every row, so that every later message can point at the line the clerk sees in the
 * editor or in Excel. Parsing is left to csv-parse and exceljs.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { splitCsv } from './split-csv';
import type { CellValue } from 'exceljs';
import { text } from '../../survey-kit/i18n';
import type { MessageKey, MessageParams } from '../../survey-kit/i18n';
import type { PaperTable } from '../../survey-kit/paper';
import type { Text } from '../../survey-kit/types';

export type TableInput = string | { name: string; bytes: Uint8Array };

/** A file that cannot be read as a table; `text` carries the message in both languages. */
export class TableReadError extends Error {
  readonly text: Text;
  constructor(key: MessageKey, params: MessageParams) {
    const message = text(key, params);
    super(message.en);
    this.name = 'TableReadError';
    this.text = message;
  }
}

export async function readTable(file: TableInput): Promise<Required<PaperTable>> {
  const name = typeof file === 'string' ? file : file.name;
  const ext = extname(name).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') throw new TableReadError('paper.file.unsupported', { name: basename(name) });
  let bytes: Uint8Array;
  if (typeof file === 'string') {
    try {
      bytes = await readFile(file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new TableReadError('paper.file.notFound', { name });
      throw err;
    }
  } else bytes = file.bytes;
  return ext === '.csv' ? readCsv(bytes, basename(name)) : readXlsx(bytes, basename(name));
}

/** `;` when the header line has more semicolons than commas outside quotes (Indonesian Excel), else `,`. */
export function detectDelimiter(source: string): ';' | ',' {
  let quoted = false;
  let semicolons = 0;
  let commas = 0;
  for (const ch of source) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n') break;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}

export function readCsv(bytes: Uint8Array, name: string): Required<PaperTable> {
  let source: string;
  try {
    // The default TextDecoder drops a UTF-8 BOM; `fatal` turns a legacy-encoded file into a clear error.
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new TableReadError('paper.file.notUtf8', { name });
  }
  // One line ending only: csv-parse counts CR and LF of a CRLF inside quotes as two lines.
  source = source.replace(/\r\n?/g, '\n');
  const delimiter = detectDelimiter(source);
  let records = splitCsv(source, delimiter);
  if (records === null) records = parseStrict(source, delimiter, name);
  // Empty lines are kept by the parser (as one empty cell) so that lines can be counted here:
  // with a single '\n' record delimiter, a record spans 1 + (newlines inside its fields) lines.
  const rows: { line: number; cells: string[] }[] = [];
  let line = 1;
  for (const cells of records) {
    const start = line;
    line += 1;
    let filled = false;
    for (const cell of cells) {
      if (cell.includes('\n')) line += countNewlines(cell);
      if (!filled && cell.trim() !== '') filled = true;
    }
    if (filled) rows.push({ line: start, cells });
  }
  const [head, ...body] = rows;
  return { header: head?.cells ?? [], headerLine: head?.line ?? 1, rows: body };
}

/** csv-parse, for the files the fast path leaves to it: its results, and its syntax errors. */
function parseStrict(source: string, delimiter: ';' | ',', name: string): string[][] {
  try {
    return parse(source, {
      delimiter,
      record_delimiter: '\n',
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
    }) as string[][];
  } catch (err) {
    const e = err as Error & { lines?: number };
    throw new TableReadError('paper.file.csvSyntax', { name, line: e.lines ?? '?', detail: e.message.replace(/\s+/g, ' ') });
  }
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

export async function readXlsx(bytes: Uint8Array, name: string): Promise<Required<PaperTable>> {
  // Loaded on demand: exceljs takes a noticeable part of a second to load, and CSV is the common case.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own global `Buffer extends ArrayBuffer`, which Node's Buffer type no longer matches.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (err) {
    throw new TableReadError('paper.file.xlsxUnreadable', { name, detail: (err as Error).message });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new TableReadError('paper.file.noSheet', { name });
  const rows: { line: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // row.values is 1-based and sparse.
    const values = (row.values as CellValue[]).slice(1);
    const cells = Array.from(values, (v) => cellText(v));
    if (cells.some((c) => c.trim() !== '')) rows.push({ line: rowNumber, cells });
  });
  const [head, ...body] = rows;
  return { header: head?.cells ?? [], headerLine: head?.line ?? 1, rows: body };
}

/** A cell as the clerk sees it: dates as YYYY-MM-DD, numbers without binary floating-point noise. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  // exceljs gives date cells as the wall-clock date at UTC midnight.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return cellText(value.text as CellValue);
  if ('formula' in value || 'sharedFormula' in value) return cellText((value.result ?? null) as CellValue);
  if ('error' in value) return value.error;
  return '';
}

function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  // 15 significant digits drop the noise of sums like 0.1 + 0.2 that Excel itself hides.
  return String(Number(n.toPrecision(15)));
}
