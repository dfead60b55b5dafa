/**
 * Day ranges the dashboard compares and charts: the range just before a range, and the month or
 * quarter buckets of a range. Days are whole calendar days, both ends included.
 */
import { addDays, daysBetween, monthEnd, monthStart } from '../time/index';
import type { Day } from '../types';

export interface DayRange {
  from: Day;
  to: Day;
}

/**
 * The range of the same length ending the day before `range` starts. A range of whole calendar
 * months steps back by as many whole months (a quarter → the quarter before, although quarters
 * differ in days); any other range by the same number of days.
 */
export function previousRange(range: DayRange): DayRange {
  const to = addDays(range.from, -1);
  if (range.from === monthStart(range.from) && range.to === monthEnd(range.to)) {
    let from = monthStart(to);
    for (let i = 1; i < monthSpan(range); i++) from = monthStart(addDays(from, -1));
    return { from, to };
  }
  const length = daysBetween(range.from, range.to) + 1;
  return { from: addDays(to, -(length - 1)), to };
}

/** How many calendar months a range touches (January 1 – March 31 → 3). */
export function monthSpan(range: DayRange): number {
  const months = (day: Day) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
  return months(range.to) - months(range.from) + 1;
}

export type TrendGrain = 'month' | 'quarter';

function bucketEnd(day: Day, grain: TrendGrain): Day {
  if (grain === 'month') return monthEnd(day);
  const month = Number(day.slice(5, 7));
  const lastMonth = Math.ceil(month / 3) * 3;
  return monthEnd(`${day.slice(0, 4)}-${String(lastMonth).padStart(2, '0')}-01`);
}

/**
 * The months (or quarters) of `range` in order, the first and last cut to the range, so the
 * buckets cover the range exactly. At most `limit` buckets (the latest kept).
 */
export function rangeBuckets(range: DayRange, grain: TrendGrain, limit = 60): DayRange[] {
  const out: DayRange[] = [];
  for (let from = range.from; from <= range.to; ) {
    const end = bucketEnd(from, grain);
    const to = end < range.to ? end : range.to;
    out.push({ from, to });
    from = addDays(to, 1);
  }
  return out.slice(-limit);
}

function bucketStart(day: Day, grain: TrendGrain): Day {
  if (grain === 'month') return monthStart(day);
  const month = Number(day.slice(5, 7));
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  return `${day.slice(0, 4)}-${String(first).padStart(2, '0')}-01`;
}

/**
 * The range a trend chart shows for `range`: the last `count` whole months (or quarters) up to the
 * range's last day, or the whole range when it starts earlier.
 */
export function trendWindow(range: DayRange, grain: TrendGrain, count: number = grain === 'month' ? 12 : 8): DayRange {
  let from = bucketStart(range.to, grain);
  for (let i = 1; i < count; i++) from = bucketStart(addDays(from, -1), grain);
  return { from: range.from < from ? range.from : from, to: range.to };
}
