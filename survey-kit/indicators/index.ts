/** Indicators beyond the IKM (skm-method.md §4–6), each with its numerator and denominator. */
export type { Indicator, MedianIndicator } from './types';
export { percentIndicator, medianIndicator } from './arithmetic';
export {
  complaintRate,
  resolutionTime,
  responseTimeliness,
  type ComplaintClock,
  type ComplaintRateResult,
  type ComplaintResolution,
  type ComplaintResponse,
  type ResolutionResult,
  type TimelinessResult,
} from './complaints';
export {
  serviceOnTime,
  type OnTimeResult,
  type ServiceOnTimeResult,
  type ServiceOnTimeRow,
  type ServiceTransaction,
} from './services';
export {
  responseCoverage,
  sampleAdequacy,
  type ResponseCoverageResult,
  type SampleAdequacyResult,
} from './reach';
export { followUpProgress, type FollowUpItem, type FollowUpResult } from './followup';
