/**
 * Data-quality flags of a response, kept for review and never used to drop it (skm-method.md):
 * - `fast`: completed faster than anyone can read the questions — under FAST_SECONDS_PER_ELEMENT
 *   per element of the instrument (10 s for the nine elements of the 2017 instrument);
 * - `straightline`: every answer the same, with at least STRAIGHTLINE_MIN_ANSWERS answered.
 * The completion time is the client's own measurement (start to send): a response that waited
 * in an offline queue would look slow, or fast, by the server's clock.
 */
import type { Score } from '../types';

/** 10 seconds for nine questions: about a second per question is too fast to have read it. */
export const FAST_SECONDS_PER_ELEMENT = 10 / 9;
export const STRAIGHTLINE_MIN_ANSWERS = 5;

export type QualityFlag = 'fast' | 'straightline';

/** Seconds under which completing an instrument of `elements` questions counts as fast. */
export function fastThreshold(elements: number): number {
  return elements * FAST_SECONDS_PER_ELEMENT;
}

export function qualityFlags(
  answers: Readonly<Record<string, Score | null>>,
  elements: number,
  completionSeconds: number | null | undefined,
): QualityFlag[] {
  const flags: QualityFlag[] = [];
  if (typeof completionSeconds === 'number' && completionSeconds < fastThreshold(elements)) flags.push('fast');
  const given = Object.values(answers).filter((s): s is Score => s !== null);
  if (given.length >= STRAIGHTLINE_MIN_ANSWERS && given.every((s) => s === given[0])) flags.push('straightline');
  return flags;
}
