/** Result shapes shared by the indicators: every figure carries what it was computed from. */
import type { MessageKey } from '../i18n/index';

/**
 * A percentage (or rate) with its numerator and denominator, so that it can be checked by hand.
 * `value` is numerator ÷ denominator × 100, exact until it is rounded half-up (away from zero)
 * to 2 decimals; it is null, never NaN or Infinity, when the denominator is 0, with `reason`
 * saying why (a message key of the 'indicators' catalogue).
 */
export interface Indicator {
  value: number | null;
  numerator: number;
  denominator: number;
  defined: boolean;
  reason?: MessageKey;
}

/** A median of whole-day durations (a half when the count is even); null when nothing to count. */
export interface MedianIndicator {
  value: number | null;
  /** How many durations the median was taken over. */
  count: number;
  defined: boolean;
  reason?: MessageKey;
}
