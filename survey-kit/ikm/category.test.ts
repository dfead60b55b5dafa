import { describe, expect, it } from 'vitest';
import { rational } from '../rational/index';
import { CATEGORY_BANDS, categoryOf, kinerjaOf, mutuOf } from './category';

describe('categoryOf, 2017 table', () => {
  const cases: [number | string, string, string][] = [
    [100, 'A', 'Sangat baik'],
    [88.31, 'A', 'Sangat baik'],
    [88.3, 'B', 'Baik'],
    [76.61, 'B', 'Baik'],
    [76.6, 'C', 'Kurang baik'],
    [65, 'C', 'Kurang baik'],
    [64.99, 'D', 'Tidak baik'],
    [25, 'D', 'Tidak baik'],
  ];
  it.each(cases)('%s → %s', (k, mutu, kinerja) => {
    expect(categoryOf(k, '2017')).toMatchObject({ mutu, kinerja });
  });
  it('rounds half-up to 2 decimals first, so the gaps in the printed table are closed', () => {
    expect(mutuOf(76.605, '2017')).toBe('B');
    expect(mutuOf('76.6049999', '2017')).toBe('C');
    expect(mutuOf('64.995', '2017')).toBe('C');
    expect(mutuOf(64.9949, '2017')).toBe('D');
    expect(mutuOf(rational(17661, 200), '2017')).toBe('A'); // 88.305
    expect(mutuOf(76.475, '2017')).toBe('C');
  });
  it('gives the nilai persepsi', () => {
    expect(categoryOf(90, '2017').nilaiPersepsi).toBe(4);
    expect(categoryOf(30, '2017').nilaiPersepsi).toBe(1);
  });
});

describe('categoryOf, 2004 table (KEP/25)', () => {
  const cases: [number, string][] = [
    [81.26, 'A'], [81.25, 'B'], [62.51, 'B'], [62.5, 'C'], [43.76, 'C'], [43.75, 'D'], [25, 'D'], [100, 'A'],
  ];
  it.each(cases)('%s → %s', (k, mutu) => {
    expect(mutuOf(k, '2004')).toBe(mutu);
  });
  it('the same konversi can read differently on the two tables', () => {
    expect(mutuOf(76.475, '2004')).toBe('B');
    expect(mutuOf(76.475, '2017')).toBe('C');
    expect(mutuOf(85, '2004')).toBe('A');
    expect(mutuOf(85, '2017')).toBe('B');
  });
});

describe('CATEGORY_BANDS', () => {
  it('lists each table from D to A with the printed intervals', () => {
    expect(CATEGORY_BANDS['2017'].map((b) => [b.mutu, b.konversiFrom, b.konversiTo])).toEqual([
      ['D', '25.00', '64.99'],
      ['C', '65.00', '76.60'],
      ['B', '76.61', '88.30'],
      ['A', '88.31', '100.00'],
    ]);
    expect(CATEGORY_BANDS['2017'].map((b) => [b.ikmFrom, b.ikmTo])).toEqual([
      ['1.00', '2.5996'],
      ['2.60', '3.064'],
      ['3.0644', '3.532'],
      ['3.5324', '4.00'],
    ]);
    expect(CATEGORY_BANDS['2004'].map((b) => [b.mutu, b.konversiFrom, b.konversiTo, b.kinerja])).toEqual([
      ['D', '25.00', '43.75', 'Tidak baik'],
      ['C', '43.76', '62.50', 'Kurang baik'],
      ['B', '62.51', '81.25', 'Baik'],
      ['A', '81.26', '100.00', 'Sangat baik'],
    ]);
  });
  it('every band start reads as its own band and the value just below as the previous one', () => {
    for (const method of ['2017', '2004'] as const) {
      const bands = CATEGORY_BANDS[method];
      bands.forEach((b, i) => {
        expect(mutuOf(b.konversiFrom, method)).toBe(b.mutu);
        expect(mutuOf(b.konversiTo, method)).toBe(b.mutu);
        if (i > 0) expect(mutuOf(rational(Math.round(Number(b.konversiFrom) * 100) - 1, 100), method)).toBe(bands[i - 1]?.mutu);
      });
    }
  });
  it('kinerja goes with mutu', () => {
    expect(kinerjaOf('A')).toBe('Sangat baik');
    expect(kinerjaOf('D')).toBe('Tidak baik');
  });
});
