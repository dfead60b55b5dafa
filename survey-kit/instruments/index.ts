import type { Instrument, Method } from '../types';
import { SKM_2017 } from './skm2017';
import { KEP25_2004 } from './kep25';

export { SKM_2017 } from './skm2017';
export { KEP25_2004 } from './kep25';
export {
  ELEMENT_CODE_RE,
  InstrumentError,
  assertValidInstrument,
  describeSum,
  instrumentWeights,
  validateInstrument,
  type InstrumentIssue,
} from './validate';
export { customInstrument, type CustomInstrumentOptions } from './custom';

export const BUILT_IN_INSTRUMENTS: readonly Instrument[] = Object.freeze([SKM_2017, KEP25_2004]);

/** The built-in instrument with this code, if any. */
export function builtInInstrument(code: string): Instrument | undefined {
  return BUILT_IN_INSTRUMENTS.find((i) => i.code === code);
}

/** The standard instrument of a method (2017: nine elements; 2004: fourteen). */
export function standardInstrument(method: Method): Instrument {
  return method === '2004' ? KEP25_2004 : SKM_2017;
}
