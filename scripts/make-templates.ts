/**
 * Writes the downloadable templates for paper questionnaires:
 *   site/public/templates/skm-template.csv  (semicolon-separated UTF-8 with BOM: what Excel in
 *                                            an Indonesian locale opens and saves)
 *   site/public/templates/skm-template.xlsx (first sheet: the table; second: instructions)
 * Run: node --import tsx scripts/make-templates.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { SKM_2017 } from '../survey-kit';

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../site/public/templates');
const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

const PROFILE = ['tanggal', 'layanan', 'jenis_kelamin', 'usia', 'pendidikan', 'pekerjaan', 'pekerjaan_lainnya'];
export const TEMPLATE_HEADER = [...PROFILE, ...SKM_2017.elements.map((e) => e.code), 'saran'];

/** Two rows that show both date styles, both score styles, a blank answer and a quoted saran. */
export const TEMPLATE_ROWS: readonly (readonly string[])[] = [
  ['2026-01-15', '', 'P', '34', 'S1', 'SWASTA', '', '4', '3', '3', '4', '3', '4', '4', '3', '3', 'Antrean cepat; ruang tunggu perlu kipas angin'],
  ['16/01/2026', 'Izin Mendirikan Bangunan', 'L', '52', 'SMA', 'LAINNYA', 'Petani', 'c', 'c', 'b', 'd', 'c', 'c', 'd', '', 'c', ''],
];

function csvField(value: string): string {
  return /[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function templateCsv(): string {
  const lines = [TEMPLATE_HEADER, ...TEMPLATE_ROWS].map((row) => row.map(csvField).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function dayCell(value: string): Date | string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const dmy = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  if (iso) return new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])));
  if (dmy) return new Date(Date.UTC(Number(dmy[3]), Number(dmy[2]) - 1, Number(dmy[1])));
  return value;
}

export async function templateXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Puas';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const sheet = wb.addWorksheet('SKM');
  sheet.addRow(TEMPLATE_HEADER).font = { bold: true };
  for (const row of TEMPLATE_ROWS) {
    sheet.addRow(
      row.map((cell, i) => {
        const column = TEMPLATE_HEADER[i];
        if (column === 'tanggal') return dayCell(cell);
        return /^\d+$/.test(cell) ? Number(cell) : cell;
      }),
    );
  }
  sheet.getColumn(1).numFmt = 'dd/mm/yyyy';
  TEMPLATE_HEADER.forEach((name, i) => {
    sheet.getColumn(i + 1).width = Math.max(12, name.length + 2);
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];

  const help = wb.addWorksheet('Petunjuk');
  help.getColumn(1).width = 22;
  help.getColumn(2).width = 110;
  help.addRow(['Kolom / Column', 'Isi / Content']).font = { bold: true };
  help.addRow(['tanggal', 'TTTT-BB-HH atau HH/BB/TTTT (YYYY-MM-DD or DD/MM/YYYY); kosong = tanggal impor']);
  help.addRow(['layanan', 'slug atau nama layanan unit (service slug or name); kosong = layanan dari --service']);
  help.addRow(['jenis_kelamin', 'L / P']);
  help.addRow(['usia', '0–120']);
  help.addRow(['pendidikan', 'SD, SMP, SMA, D1, D2, D3, D4, S1, S2, S3']);
  help.addRow(['pekerjaan', 'PNS, TNI, POLRI, SWASTA, WIRAUSAHA, LAINNYA (+ pekerjaan_lainnya)']);
  SKM_2017.elements.forEach((e, i) => {
    help.addRow([`${e.code} (U${i + 1})`, `${e.question.id} — 1–4 atau a–d; kosong = tidak dijawab`]);
  });
  help.addRow(['saran', 'Saran dan masukan (suggestion), bebas / free text']);
  help.addRow([]);
  help.addRow(['', 'Baris contoh pada lembar SKM boleh dihapus. Kolom profil boleh dikosongkan (tidak diisi).']);
  help.addRow(['', 'Example rows on the SKM sheet may be deleted. Profile cells may be left empty (not given).']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(resolve(OUT, 'skm-template.csv'), templateCsv());
  writeFileSync(resolve(OUT, 'skm-template.xlsx'), await templateXlsx());
  console.log(`templates written to ${OUT}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
