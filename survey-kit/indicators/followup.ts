/**
 * Follow-up plan (rencana tindak lanjut) of a period's results: how many items are done and how
 * fast, the figures the national public-service evaluation asks for.
 */
import { daysBetween, isValidDay } from '../time/index';
import type { Day } from '../types';
import { medianIndicator, percentIndicator } from './arithmetic';
import type { Indicator, MedianIndicator } from './types';

export interface FollowUpItem {
  due: Day;
  /** The day the item was done (its evidence recorded); null while not done. */
  completedOn: Day | null;
  /** Dropped from the plan: counted apart, in no percentage. */
  cancelled?: boolean;
}

export interface FollowUpResult {
  /** Items done ÷ items of the plan (cancelled ones left out) × 100. */
  completion: Indicator;
  /** Items done on or before their due day ÷ items done × 100. */
  onTime: Indicator;
  /** Median of (completedOn − due) in calendar days over done items: negative = early. */
  delay: MedianIndicator;
  open: number;
  /** Open items whose due day is before `asOf`; null when no `asOf` was given. */
  overdue: number | null;
  cancelled: number;
}

/**
 * Delays are calendar days, not working days: plan items are due weeks or months ahead, and the
 * evaluation reports them as dates. Throws a RangeError for an invalid day.
 */
export function followUpProgress(items: readonly FollowUpItem[], options: { asOf?: Day } = {}): FollowUpResult {
  const { asOf } = options;
  if (asOf !== undefined && !isValidDay(asOf)) throw new RangeError(`followUpProgress: invalid asOf "${asOf}"`);
  let active = 0;
  let done = 0;
  let onTime = 0;
  let open = 0;
  let overdue = 0;
  let cancelled = 0;
  const delays: number[] = [];
  for (const item of items) {
    if (!isValidDay(item.due)) throw new RangeError(`followUpProgress: invalid due day "${item.due}"`);
    if (item.cancelled === true) {
      cancelled++;
      continue;
    }
    active++;
    if (item.completedOn === null) {
      open++;
      if (asOf !== undefined && item.due < asOf) overdue++;
      continue;
    }
    const delay = daysBetween(item.due, item.completedOn);
    done++;
    if (delay <= 0) onTime++;
    delays.push(delay);
  }
  return {
    completion: percentIndicator(done, active, 'indicators.reason.noFollowUpItems'),
    onTime: percentIndicator(onTime, done, 'indicators.reason.noCompletedItems'),
    delay: medianIndicator(delays, 'indicators.reason.noCompletedItems'),
    open,
    overdue: asOf !== undefined ? overdue : null,
    cancelled,
  };
}
