/**
 * The responses as an XLSX workbook, streamed: the worksheet XML is written a chunk of rows at a
 * time (server/exports/xlsx-parts.ts) and deflated into the zip by yazl, pulled only as fast as the
 * client reads. Whatever the row count, memory holds one chunk of rows and the deflate window.
 *
 * Why not exceljs's streaming WorkbookWriter: its row and cell objects, and its sheet-to-zip
 * buffering that ignores backpressure, put the server ~170 MB above its resting memory during a
 * 1,000,000-row export and took 50 s (bench/export-memory.ts); this writer needs a few MB and 21 s.
 *
 * Text cells are inline strings, never formulas, so a saran "=1+1" opens as the text "=1+1";
 * numbers are numbers; a null leaves the cell empty. No shared-string table: it would have to keep
 * every distinct text (a million client ids) in memory until the end.
 *
 * A sheet holds at most 1,048,576 rows (Excel's limit); longer exports continue on further sheets
 * ("Jawaban 2", …), each with the header, instead of stopping at a row cap.
 */
import { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import type { Cell } from './columns';
import { columnName, rowXml, sheetPath, SHEET_END, SHEET_START, workbookParts } from './xlsx-parts';

export const EXCEL_MAX_ROWS = 1_048_576;

/** Bytes of XML gathered before a chunk goes to the zip. */
const CHUNK_BYTES = 64 * 1024;
/**
 * Deflate level 1, not zlib's default 6: for the bench's million rows 119 MB (as large as the
 * exceljs file was) instead of 90 MB, but the export took 21 s instead of 31 s, and the two cores
 * of a typical office server are shared with everyone's survey submissions.
 */
const COMPRESSION_LEVEL = 1;

/**
 * The XML of the rows since the last chunk, encoded at once into one buffer. Why not a string
 * gathered with `+=`: its thousands of small pieces stay alive until the chunk is sent, so the
 * garbage collector moves them to the old generation, which then grew by ~80 MB between its
 * collections during a million-row export.
 */
class ChunkBuffer {
  /** Room for a chunk and the row that completes it, so that a long row only rarely grows it. */
  private buffer = Buffer.allocUnsafe(2 * CHUNK_BYTES);
  private used = 0;

  /** Appends the text; false once the chunk is full and should be taken. */
  write(text: string): boolean {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    const most = this.used + text.length * 3;
    if (most > this.buffer.length) {
      const bigger = Buffer.allocUnsafe(most);
      this.buffer.copy(bigger, 0, 0, this.used);
      this.buffer = bigger;
    }
    this.used += this.buffer.write(text, this.used);
    return this.used < CHUNK_BYTES;
  }

  /** A copy of the bytes written so far (the zip may still hold it); the buffer starts over. */
  take(): Buffer {
    const out = Buffer.from(this.buffer.subarray(0, this.used));
    this.used = 0;
    return out;
  }
}

export interface XlsxStreamOptions {
  /** Name of the first sheet; further ones get " 2", " 3", …. */
  sheetName: string;
  /** Rows per sheet including the header (Excel's limit unless a test sets fewer). */
  maxRowsPerSheet?: number;
}

/** A byte stream of the workbook; cancelling it (client gone) stops the row source. */
export function xlsxResponsesStream(
  header: readonly string[],
  rows: AsyncIterable<readonly Cell[]>,
  options: XlsxStreamOptions,
): ReadableStream<Uint8Array> {
  const zip = new ZipFile();
  const out = zip.outputStream as Readable;
  const source = rows[Symbol.asyncIterator]();
  const perSheet = Math.max(2, options.maxRowsPerSheet ?? EXCEL_MAX_ROWS);
  const columns = header.map((_, i) => columnName(i));
  const sheetNames: string[] = [];
  let finished = false;
  let current: Readable | undefined;
  /** A row read to learn whether another sheet is needed, written first on that sheet. */
  let carried: readonly Cell[] | undefined;

  const fail = (error: unknown) => {
    console.error(error);
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  };

  const finish = () => {
    finished = true;
    for (const [path, xml] of workbookParts(sheetNames)) zip.addBuffer(Buffer.from(xml), path, { compressionLevel: COMPRESSION_LEVEL });
    zip.end();
  };

  async function* sheetXml(): AsyncGenerator<Buffer> {
    const chunk = new ChunkBuffer();
    chunk.write(SHEET_START);
    chunk.write(rowXml(1, header, columns));
    let rowNumber = 1;
    for (;;) {
      let cells = carried;
      carried = undefined;
      if (cells === undefined) {
        const next = await source.next();
        if (next.done) {
          chunk.write(SHEET_END);
          yield chunk.take();
          finish();
          return;
        }
        cells = next.value;
      }
      if (rowNumber === perSheet) {
        // This sheet is full and a row remains: it opens the next sheet, queued behind this one.
        carried = cells;
        chunk.write(SHEET_END);
        yield chunk.take();
        addSheet();
        return;
      }
      rowNumber += 1;
      if (!chunk.write(rowXml(rowNumber, cells, columns))) yield chunk.take();
    }
  }

  const addSheet = () => {
    sheetNames.push(sheetNames.length === 0 ? options.sheetName : `${options.sheetName} ${sheetNames.length + 1}`);
    // Lazy: the sheet's rows are read only once the zip has written every earlier entry.
    zip.addReadStreamLazy(sheetPath(sheetNames.length), { compressionLevel: COMPRESSION_LEVEL }, (ready) => {
      current = Readable.from(sheetXml(), { objectMode: false, highWaterMark: CHUNK_BYTES });
      // yazl pipes the stream without listening for its errors: a failing row source ends here.
      current.once('error', fail);
      ready(null, current);
    });
  };

  // The client went away (the web stream's cancel destroys `out`): stop reading rows at once.
  out.once('close', () => {
    if (finished && out.readableEnded) return;
    current?.destroy();
    // The source's own error (if any) was reported already; closing it must not raise another.
    Promise.resolve(source.return?.()).catch(() => {});
  });
  zip.once('error', fail);
  addSheet();
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
