/**
 * Counts the rows of every worksheet of an XLSX file without loading it as a workbook (exceljs
 * would need minutes and gigabytes for a million rows): the zip's central directory locates each
 * `xl/worksheets/sheetN.xml`, which is inflated as a stream while `<row ` is counted.
 */
import { createInflateRaw } from 'node:zlib';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ROW = Buffer.from('<row ');

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

function entries(zip: Buffer): Entry[] {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file (no end of central directory)');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const out: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error('broken central directory');
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    out.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      localOffset: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

function countIn(data: Buffer, method: number): Promise<number> {
  if (method === 0) return Promise.resolve(countRows(data, Buffer.alloc(0)).count);
  return new Promise((resolve, reject) => {
    let count = 0;
    let tail: Buffer = Buffer.alloc(0);
    const inflate = createInflateRaw();
    inflate.on('data', (chunk: Buffer) => {
      const found = countRows(chunk, tail);
      count += found.count;
      tail = found.tail;
    });
    inflate.on('end', () => resolve(count));
    inflate.on('error', reject);
    inflate.end(data);
  });
}

/** Occurrences of `<row ` in tail+chunk, and the last bytes kept for a match across chunks. */
function countRows(chunk: Buffer, tail: Buffer): { count: number; tail: Buffer } {
  const joined = tail.length > 0 ? Buffer.concat([tail, chunk]) : chunk;
  let count = 0;
  for (let i = joined.indexOf(ROW); i !== -1; i = joined.indexOf(ROW, i + ROW.length)) count++;
  return { count, tail: joined.subarray(Math.max(0, joined.length - (ROW.length - 1))) };
}

/** Rows per worksheet, in the zip's order. */
export async function xlsxRowCounts(zip: Buffer): Promise<{ sheet: string; rows: number }[]> {
  const out: { sheet: string; rows: number }[] = [];
  for (const entry of entries(zip)) {
    if (!/^\/?xl\/worksheets\/sheet\d+\.xml$/.test(entry.name)) continue;
    const at = entry.localOffset;
    if (zip.readUInt32LE(at) !== LOCAL) throw new Error(`broken local header of ${entry.name}`);
    const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
    out.push({ sheet: entry.name, rows: await countIn(zip.subarray(start, start + entry.compressedSize), entry.method) });
  }
  return out;
}
