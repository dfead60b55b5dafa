/** Reading SP4N-LAPOR! exports: header spellings, categories, and every problem with its line. */
import { describe, expect, it } from 'vitest';
import { foldHeader, laporCategory, readLapor } from './lapor';

const NOW = new Date('2026-04-01T00:00:00Z');

describe('readLapor', () => {
  it('finds the columns however the export spells them', () => {
    expect(foldHeader('  No. Tracking ')).toBe('no tracking');
    expect(foldHeader('ID-Laporan')).toBe('id laporan');
    const r = readLapor({ header: ['No. Tracking', 'Waktu Laporan', 'Isi'], rows: [{ line: 2, cells: ['T-1', '2026-03-02 08:00', 'Isi saja'] }] }, 'Asia/Jayapura', NOW);
    expect(r).toEqual({ ok: true, rows: [{ line: 2, externalRef: 'T-1', receivedAt: new Date('2026-03-01T23:00:00Z'), category: 'lainnya', description: 'Isi saja', laporStatus: null }] });
  });

  it('maps LAPOR! categories to the elements by their words', () => {
    expect(laporCategory('Pungutan Liar')).toBe('biaya');
    expect(laporCategory('Perilaku Petugas')).toBe('perilaku');
    expect(laporCategory('prosedur')).toBe('prosedur');
    expect(laporCategory('Infrastruktur Jalan')).toBe('lainnya');
  });

  it('lists every problem with its line and keeps nothing', () => {
    const r = readLapor(
      {
        header: ['Nomor Tracking', 'Tanggal Laporan', 'Judul', 'Isi Laporan'],
        rows: [
          { line: 2, cells: ['A', '2026-05-01', 'x', 'y'] },
          { line: 3, cells: ['B', '2026-03-01', '', ''] },
          { line: 4, cells: ['x'.repeat(101), '2026-03-01', 'a', 'b'] },
        ],
      },
      'Asia/Jakarta',
      NOW,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => [p.line, p.key])).toEqual([
      [2, 'complaints.import.futureDate'],
      [3, 'complaints.import.noText'],
      [4, 'complaints.import.trackingTooLong'],
    ]);
    expect(readLapor({ header: ['Nomor Tracking', 'Tanggal'], rows: [] }, 'Asia/Jakarta', NOW)).toMatchObject({ ok: false, problems: [{ line: null, key: 'complaints.import.missingColumns' }] });
    expect(readLapor({ header: ['Nomor Tracking', 'Tanggal', 'Judul'], rows: [] }, 'Asia/Jakarta', NOW)).toMatchObject({ ok: false, problems: [{ line: null, key: 'complaints.import.empty' }] });
  });
});
