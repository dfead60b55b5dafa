/**
 * Whether the survey reached enough people (skm-method.md §4): response coverage against the
 * unit's target and the respondents against the Krejcie–Morgan minimum sample.
 */
import { DEFAULT_COVERAGE_TARGET, krejcieMorgan, meetsTarget } from '../sample/index';
import { checkCount, percentIndicator } from './arithmetic';
import type { Indicator } from './types';

export interface ResponseCoverageResult extends Indicator {
  /** The unit's target in percent (50 by default, the seed indicator's). */
  target: number;
  /** Coverage ≥ target, compared exactly (not on the rounded value); null when undefined. */
  meetsTarget: boolean | null;
}

/**
 * Response coverage = respondents ÷ people served × 100 (may exceed 100 when the served count is
 * incomplete: shown, not capped). Undefined when nobody was served.
 */
export function responseCoverage(
  respondents: number,
  served: number,
  targetPercent: number = DEFAULT_COVERAGE_TARGET,
): ResponseCoverageResult {
  checkCount(respondents, 'respondents');
  checkCount(served, 'served');
  return {
    ...percentIndicator(respondents, served, 'indicators.reason.noServed'),
    target: targetPercent,
    meetsTarget: meetsTarget(respondents, served, targetPercent),
  };
}

export interface SampleAdequacyResult extends Indicator {
  /** krejcieMorgan(served); null when nobody was served. */
  minimum: number | null;
  /** respondents ≥ minimum; null when undefined. A result that is not adequate must say so. */
  adequate: boolean | null;
  /** Respondents still missing to reach the minimum (0 when adequate); null when undefined. */
  shortfall: number | null;
}

/**
 * Respondents against the minimum sample for the population served: the value is the share of
 * the minimum reached (respondents ÷ minimum × 100; ≥ 100 means adequate). Undefined when
 * nobody was served (the population is unknown).
 */
export function sampleAdequacy(respondents: number, served: number): SampleAdequacyResult {
  checkCount(respondents, 'respondents');
  checkCount(served, 'served');
  if (served === 0) {
    return {
      ...percentIndicator(respondents, 0, 'indicators.reason.noServed'),
      minimum: null,
      adequate: null,
      shortfall: null,
    };
  }
  const minimum = krejcieMorgan(served);
  return {
    ...percentIndicator(respondents, minimum, 'indicators.reason.noServed'),
    minimum,
    adequate: respondents >= minimum,
    shortfall: Math.max(0, minimum - respondents),
  };
}
