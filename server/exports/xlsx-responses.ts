/**
 * The responses as an XLSX workbook, streamed: exceljs's WorkbookWriter writes each row into the
 * zip as soon as it is committed, so only a few hundred kilobytes are held whatever the row count.
 *
 * Text cells are written as strings (never as formulas: exceljs only writes a formula for a
 * `{ formula }` value), so a saran "=1+1" opens as the text "=1+1"; numbers are numbers; a null
 * leaves the cell empty. Shared strings are off: the table would have to keep every distinct text
 * (a million client ids) in memory until the end.
 *
 * A sheet holds at most 1,048,576 rows (Excel's limit); longer exports continue on further sheets
 * ("Jawaban 2", …), each with the header, instead of stopping at a row cap.
 */
import { PassThrough, Readable } from 'node:stream';
import type { Cell } from './columns';

export const EXCEL_MAX_ROWS = 1_048_576;

/** Bytes waiting at the zip's input before the writer pauses for it (the client may be slow). */
const MAX_BACKLOG = 4 * 1024 * 1024;
const ROWS_BETWEEN_CHECKS = 500;

export interface XlsxStreamOptions {
  /** Name of the first sheet; further ones get " 2", " 3", …. */
  sheetName: string;
  /** Rows per sheet including the header (Excel's limit unless a test sets fewer). */
  maxRowsPerSheet?: number;
}

interface SheetWriter {
  addRow(values: unknown[]): { commit(): void };
  commit(): void;
  /** exceljs-internal: the sheet's StreamBuf, piped into the zip's entry stream(s). */
  stream?: { pipes?: unknown[] };
}

interface NodeStreamState {
  _writableState?: { length?: number };
  _readableState?: { length?: number };
}

/**
 * Bytes the zip has not yet taken from the sheet. exceljs ignores backpressure between a sheet and
 * the zip (its StreamBuf never returns false from write), so without this a fast database and a
 * slow client would pile the whole sheet up in memory. Read from exceljs 4.4 internals; if they
 * change, this reads 0 and the writer falls back to the output's own backpressure.
 */
function zipBacklog(sheet: SheetWriter): number {
  let bytes = 0;
  for (const pipe of sheet.stream?.pipes ?? []) {
    const state = pipe as NodeStreamState;
    bytes += (state._writableState?.length ?? 0) + (state._readableState?.length ?? 0);
  }
  return bytes;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function makeRoom(sheet: SheetWriter, out: PassThrough): Promise<void> {
  // Lets zlib and the archiver run between batches of rows even when nothing is waiting.
  await new Promise<void>((resolve) => setImmediate(resolve));
  while (!out.destroyed && zipBacklog(sheet) > MAX_BACKLOG) await pause(2);
}

/** A byte stream of the workbook; cancelling it (client gone) stops the row source. */
export function xlsxResponsesStream(
  header: readonly string[],
  rows: AsyncIterable<readonly Cell[]>,
  options: XlsxStreamOptions,
): ReadableStream<Uint8Array> {
  const out = new PassThrough({ highWaterMark: 256 * 1024 });
  // A client that goes away destroys `out` under the zip still writing to it: that write error is
  // expected and must not become an uncaught 'error' event.
  out.on('error', () => {});
  produce(out, header, rows, options).catch((error: unknown) => {
    console.error(error);
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

async function produce(
  out: PassThrough,
  header: readonly string[],
  rows: AsyncIterable<readonly Cell[]>,
  options: XlsxStreamOptions,
): Promise<void> {
  // Loaded on demand: exceljs takes a noticeable part of a second to load.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
  const perSheet = Math.max(2, options.maxRowsPerSheet ?? EXCEL_MAX_ROWS);
  let sheets = 0;
  let sheet: SheetWriter | undefined;
  let rowsInSheet = 0;
  const openSheet = (): SheetWriter => {
    sheets += 1;
    const name = sheets === 1 ? options.sheetName : `${options.sheetName} ${sheets}`;
    const next = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] }) as unknown as SheetWriter;
    next.addRow([...header]).commit();
    rowsInSheet = 1;
    return next;
  };
  const iterator = rows[Symbol.asyncIterator]();
  // The client went away (the web stream's cancel destroys `out`): stop reading rows at once.
  let gone = out.destroyed;
  out.once('close', () => {
    gone = true;
  });
  try {
    sheet = openSheet();
    let sinceCheck = 0;
    for (;;) {
      const next = await iterator.next();
      if (next.done || gone) break;
      if (rowsInSheet >= perSheet) {
        sheet.commit();
        sheet = openSheet();
      }
      // undefined, not null: no cell at all rather than an explicit empty one.
      sheet.addRow(next.value.map((cell) => cell ?? undefined)).commit();
      rowsInSheet += 1;
      if (++sinceCheck === ROWS_BETWEEN_CHECKS) {
        sinceCheck = 0;
        await makeRoom(sheet, out);
      }
    }
    if (gone) return;
    sheet.commit();
    await workbook.commit();
  } finally {
    await iterator.return?.();
  }
}
