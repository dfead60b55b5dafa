export { computeIkm, computeIkmExact, elementKonversi, type ExactIkm } from './compute';
export { computePrinted, type PrintedConvention, type PrintedResult } from './printed';
export {
  CATEGORY_BANDS,
  categoryOf,
  kinerjaOf,
  mutuOf,
  type Category,
  type CategoryBand,
} from './category';
export { IkmInputError, readIkmInput, type ElementStats, type IkmInput, type InputStats } from './input';
export { elementCi95, elementSpread, ikmCi95, type ElementSpread, type SpreadStats } from './ci';
export { normalQuantile, studentTCdf, studentTQuantile, t975 } from './tdist';
export { compareIkm, type IkmComparison, type IkmDirection } from './compare';
export { monthSpan, previousRange, rangeBuckets, trendWindow, type DayRange, type TrendGrain } from './compare-range';
export { rankByKonversi, weakestElements } from './weakest';
