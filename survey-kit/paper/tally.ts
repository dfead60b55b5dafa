/** Answer counts of validated paper rows: the input of computeIkm for a file or an import. */
import type { Instrument, Tallies } from '../types';
import type { PaperRow } from './types';

export function tallyPaperRows(
  rows: readonly PaperRow[],
  instrument: Instrument,
): { respondents: number; tallies: Tallies } {
  const tallies: Tallies = {};
  for (const el of instrument.elements) tallies[el.code] = { 1: 0, 2: 0, 3: 0, 4: 0, blank: 0 };
  for (const row of rows) {
    for (const el of instrument.elements) {
      const tally = tallies[el.code]!;
      const score = row.answers[el.code] ?? null;
      if (score === null) tally.blank = (tally.blank ?? 0) + 1;
      else tally[score]++;
    }
  }
  return { respondents: rows.length, tallies };
}
