/**
 * The category tables (mutu and kinerja) of the 2017 and 2004 methods. The category is read from
 * the konversi rounded half-up to 2 decimals with `>=` thresholds, which closes the 0.01-wide
 * gaps of the printed tables (skm-method.md §3, Decisions).
 */
import type { Kinerja, Method, Mutu } from '../types';
import { Rational, roundHalfUpExact, toRational } from '../rational/index';

export interface Category {
  mutu: Mutu;
  kinerja: Kinerja;
  /** Nilai persepsi 1 (D) … 4 (A). */
  nilaiPersepsi: 1 | 2 | 3 | 4;
}

/** One row of a category table, as printed in the regulation (decimal strings, for display). */
export interface CategoryBand extends Category {
  /** IKM interval (1–4 scale) as printed. */
  ikmFrom: string;
  ikmTo: string;
  /** Konversi interval (25–100 scale) as printed; `konversiFrom` is also the `>=` threshold. */
  konversiFrom: string;
  konversiTo: string;
}

const KINERJA: Record<Mutu, Kinerja> = { A: 'Sangat baik', B: 'Baik', C: 'Kurang baik', D: 'Tidak baik' };

function band(
  nilaiPersepsi: 1 | 2 | 3 | 4,
  mutu: Mutu,
  ikm: readonly [string, string],
  konversi: readonly [string, string],
): CategoryBand {
  return Object.freeze({
    nilaiPersepsi,
    mutu,
    kinerja: KINERJA[mutu],
    ikmFrom: ikm[0],
    ikmTo: ikm[1],
    konversiFrom: konversi[0],
    konversiTo: konversi[1],
  });
}

/** Category tables in ascending order (D first), per method. */
export const CATEGORY_BANDS: Readonly<Record<Method, readonly CategoryBand[]>> = Object.freeze({
  '2017': Object.freeze([
    band(1, 'D', ['1.00', '2.5996'], ['25.00', '64.99']),
    band(2, 'C', ['2.60', '3.064'], ['65.00', '76.60']),
    band(3, 'B', ['3.0644', '3.532'], ['76.61', '88.30']),
    band(4, 'A', ['3.5324', '4.00'], ['88.31', '100.00']),
  ]),
  '2004': Object.freeze([
    band(1, 'D', ['1.00', '1.75'], ['25.00', '43.75']),
    band(2, 'C', ['1.76', '2.50'], ['43.76', '62.50']),
    band(3, 'B', ['2.51', '3.25'], ['62.51', '81.25']),
    band(4, 'A', ['3.26', '4.00'], ['81.26', '100.00']),
  ]),
});

// Thresholds for A, B, C (descending); anything below the last is D.
const THRESHOLDS: Record<Method, readonly { from: Rational; band: CategoryBand }[]> = {
  '2017': thresholds('2017'),
  '2004': thresholds('2004'),
};

function thresholds(method: Method): { from: Rational; band: CategoryBand }[] {
  return CATEGORY_BANDS[method]
    .slice(1)
    .reverse()
    .map((b) => ({ from: toRational(b.konversiFrom), band: b }));
}

function categoryOfBand(b: CategoryBand): Category {
  return { mutu: b.mutu, kinerja: b.kinerja, nilaiPersepsi: b.nilaiPersepsi };
}

/**
 * The category of a konversi value (25–100) on the method's table. The value is first rounded
 * half-up to 2 decimals (a no-op for an already rounded konversi), then compared with `>=`.
 * Numbers are read as their decimal form (76.605 means exactly 76.605).
 */
export function categoryOf(konversi: number | string | Rational, method: Method): Category {
  const rounded = roundHalfUpExact(toRational(konversi), 2);
  for (const t of THRESHOLDS[method]) {
    if (rounded.gte(t.from)) return categoryOfBand(t.band);
  }
  return categoryOfBand(CATEGORY_BANDS[method][0] as CategoryBand);
}

/** Mutu letter of a konversi value (see categoryOf). */
export function mutuOf(konversi: number | string | Rational, method: Method): Mutu {
  return categoryOf(konversi, method).mutu;
}

/** The kinerja label that goes with a mutu letter (same labels in 2017 and 2004). */
export function kinerjaOf(mutu: Mutu): Kinerja {
  return KINERJA[mutu];
}
