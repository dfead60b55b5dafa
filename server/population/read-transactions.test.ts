import { describe, expect, it } from 'vitest';
import type { Service, Unit } from '../../db/repositories';
import { t } from '../../survey-kit/i18n/index';
import { readTable } from '../import/read-table';
import { checkTransactionTable, parseDay } from './read-transactions';

const unit = { id: 1, slug: 'loket', name: 'Loket', timeZone: 'Asia/Jakarta' } as Unit;
const services = [
  { id: 11, unitId: 1, slug: 'siup', name: 'Surat Izin Usaha Perdagangan (SIUP)' },
  { id: 12, unitId: 1, slug: 'tdp', name: 'TDP' },
] as Service[];

describe('parseDay', () => {
  it('reads YYYY-MM-DD and DD/MM/YYYY (a time after the date is ignored) and refuses impossible days', () => {
    expect(parseDay('2026-03-02')).toBe('2026-03-02');
    expect(parseDay(' 2/3/2026 ')).toBe('2026-03-02');
    expect(parseDay('2026-03-02 14:05:00')).toBe('2026-03-02');
    expect(parseDay('02/03/2026 08.30')).toBe('2026-03-02');
    for (const bad of ['2026-02-29', '31/04/2026', '2026/03/02', '03-02-2026', 'kemarin', '']) expect(parseDay(bad), bad).toBeUndefined();
  });
});

describe('checkTransactionTable', () => {
  it('accepts Indonesian and English column titles, services by slug or exact name, extra columns ignored', () => {
    const table = {
      header: ['No', 'Nama Pemohon', 'Jenis Layanan', 'Tanggal Diterima', 'Tanggal Selesai', 'Nomor Permohonan'],
      headerLine: 2,
      rows: [
        { line: 3, cells: ['1', 'Budi', 'siup', '2026-03-02', '05/03/2026', 'OSS-1'] },
        { line: 4, cells: ['2', 'Sari', 'surat izin usaha perdagangan (siup)', '03/03/2026', '', ''] },
      ],
    };
    expect(checkTransactionTable(unit, services, table)).toEqual({
      ok: true,
      rows: [
        { line: 3, unitId: 1, serviceId: 11, reference: 'OSS-1', receivedDay: '2026-03-02', completedDay: '2026-03-05' },
        { line: 4, unitId: 1, serviceId: 11, reference: null, receivedDay: '2026-03-03', completedDay: null },
      ],
    });
    const english = checkTransactionTable(unit, services, { header: ['service', 'received', 'completed', 'reference'], rows: [{ line: 2, cells: ['tdp', '2026-03-02', '', 'R'] }] });
    expect(english.ok).toBe(true);
  });

  it('lists every problem of every row, not only the first', () => {
    const result = checkTransactionTable(unit, services, {
      header: ['layanan', 'tanggal_diterima', 'tanggal_selesai', 'referensi'],
      rows: [
        { line: 2, cells: ['', '', '', 'A'] },
        { line: 3, cells: ['siup', '2026-03-05', '2026-03-04', 'A'] },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.line, i.field, i.key])).toEqual([
      [2, 'service', 'population.row.serviceMissing'],
      [2, 'received', 'population.row.receivedMissing'],
      [3, 'completed', 'population.row.completedBefore'],
      [3, 'reference', 'population.row.referenceRepeated'],
    ]);
    expect(t('en', result.issues[3]!.key, result.issues[3]!.params)).toBe('Reference "A" is already used on line 2.');
  });

  it('names a missing required column on the header line, and an empty file', () => {
    const missing = checkTransactionTable(unit, services, { header: ['layanan', 'selesai'], headerLine: 4, rows: [] });
    expect(missing.ok === false && missing.issues.map((i) => [i.line, i.field])).toEqual([[4, 'received']]);
    const empty = checkTransactionTable(unit, services, { header: ['layanan', 'diterima'], headerLine: 1, rows: [] });
    expect(empty.ok === false && empty.issues.map((i) => i.key)).toEqual(['population.file.noRows']);
  });

  it('reads an XLSX export whose dates are date cells', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Transaksi');
    sheet.addRow(['layanan', 'tanggal_diterima', 'tanggal_selesai', 'referensi']);
    sheet.addRow(['tdp', new Date(Date.UTC(2026, 2, 9)), new Date(Date.UTC(2026, 2, 10)), 12345]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const table = await readTable({ name: 'ekspor.xlsx', bytes });
    expect(checkTransactionTable(unit, services, table)).toEqual({
      ok: true,
      rows: [{ line: 2, unitId: 1, serviceId: 12, reference: '12345', receivedDay: '2026-03-09', completedDay: '2026-03-10' }],
    });
  });
});
