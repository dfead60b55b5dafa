/** Orderings of IKM results: what to fix first, and units ranked by their IKM. */
import type { ElementResult, IkmResult } from '../types';

/**
 * The `n` elements with the lowest konversi, lowest first; ties by element code so the order is
 * the same on every run. Elements nobody answered (konversi null) are left out: there is nothing
 * to fix that the data show.
 */
export function weakestElements(result: Pick<IkmResult, 'elements'>, n: number = result.elements.length): ElementResult[] {
  return result.elements
    .filter((e): e is ElementResult & { konversi: number } => e.konversi !== null)
    .sort((a, b) => a.konversi - b.konversi || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .slice(0, Math.max(0, n));
}

/**
 * Items ranked by their result's konversi, highest first; items without a konversi last; ties
 * by `key` (e.g. the unit's name) so the order is stable.
 */
export function rankByKonversi<T>(items: readonly T[], result: (item: T) => Pick<IkmResult, 'konversi'>, key: (item: T) => string): T[] {
  return [...items].sort((a, b) => {
    const x = result(a).konversi;
    const y = result(b).konversi;
    if (x !== y) {
      if (x === null) return 1;
      if (y === null) return -1;
      return y - x;
    }
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}
