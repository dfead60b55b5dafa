/**
 * CSV per RFC 4180 (CRLF line ends, fields quoted when they hold a quote, a separator or a line
 * break, quotes doubled), in UTF-8 with a byte-order mark so that Excel reads the accents right.
 *
 * Separator: comma by default; semicolon for spreadsheets set to an Indonesian locale, which use
 * the comma as the decimal sign (and then expect `;` between fields) — in that mode decimals are
 * written with a comma too (42,5).
 *
 * Formula injection guard: a spreadsheet evaluates a cell that starts with `=`, `+`, `-` or `@`
 * (and some with a leading tab or carriage return) as a formula, so a saran like
 * `=HYPERLINK(…)` could run when the file is opened. Every TEXT cell starting with one of
 * = + - @ TAB CR is written with a single quote in front (`'=1+1`), which spreadsheets show as
 * text. Numbers are never prefixed (a negative number stays a number). The quote is visible to a
 * program reading the CSV; the XLSX export needs no such prefix, its text cells are never formulas.
 */
import type { Cell } from './columns';

export type CsvSeparator = ',' | ';';

export const UTF8_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",;\r\n]/;

/** `text` as a spreadsheet will show it, never as a formula. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvField(cell: Cell, separator: CsvSeparator): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    const shown = String(cell);
    return separator === ';' ? shown.replace('.', ',') : shown;
  }
  const text = guardFormula(cell);
  // Both separators are quoted whichever is in use: a file opened with the other one stays whole.
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record with its CRLF. */
export function csvRecord(cells: readonly Cell[], separator: CsvSeparator): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) line += separator;
    line += csvField(cells[i] ?? null, separator);
  }
  return `${line}\r\n`;
}

/** Characters gathered before a chunk is handed to the response (about 64 KB). */
const CHUNK_CHARS = 64 * 1024;

/**
 * A byte stream of the whole file, produced only as fast as it is read: `pull` runs when the HTTP
 * response wants more (highWaterMark 0, and @hono/node-server waits for the socket's `drain`), so
 * at most one chunk of rows is held whatever the file size. Cancelling (client gone) stops the
 * row source.
 */
export function csvStream(
  header: readonly string[],
  rows: AsyncIterable<readonly Cell[]>,
  separator: CsvSeparator,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let text = '';
        if (!started) {
          started = true;
          text = UTF8_BOM + csvRecord(header, separator);
        }
        while (text.length < CHUNK_CHARS) {
          const next = await iterator.next();
          if (next.done) {
            if (text.length > 0) controller.enqueue(encoder.encode(text));
            controller.close();
            return;
          }
          text += csvRecord(next.value, separator);
        }
        controller.enqueue(encoder.encode(text));
      },
      async cancel() {
        await iterator.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}
