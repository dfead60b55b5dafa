import type { id } from './id';

/** Core English messages; must carry exactly the keys of id.ts. */
export const en: { readonly [K in keyof typeof id]: string } = {
  'common.yes': 'Yes',
  'common.no': 'No',
  'common.notGiven': 'Not given',
  'common.undefined': 'Undefined',

  'instrument.codeEmpty': 'The code of element {index} is empty.',
  'instrument.codeFormat':
    'Element code "{code}" is invalid: use lower-case letters, digits and underscores, starting with a letter.',
  'instrument.codeDuplicate': 'Element code "{code}" is used more than once.',
  'instrument.noElements': 'An instrument needs at least one element.',
  'instrument.instrumentCodeEmpty': 'The instrument code is empty.',
  'instrument.nameMissing': 'The name of element "{code}" is missing (Indonesian and English).',
  'instrument.questionMissing': 'The question of element "{code}" is missing (Indonesian and English).',
  'instrument.labelsMissing':
    'Element "{code}" needs four answer labels (scores 1–4) in Indonesian and English.',
  'instrument.weightsMixed':
    'Give a weight to every element or to none; elements without a weight: {codes}.',
  'instrument.weightInvalid': 'The weight of element "{code}" ("{weight}") is not a valid decimal or fraction.',
  'instrument.weightNotPositive': 'The weight of element "{code}" ({weight}) must be greater than 0.',
  'instrument.weightSum': 'The weights must add up to exactly 1, but they add up to {sum}.',
  'instrument.methodInvalid': 'The instrument method must be "2017" or "2004" (given: {method}).',
  'instrument.instrumentNameMissing': 'The instrument name is missing (Indonesian and English).',
  'instrument.unknownElement': 'Element "{code}" is not in the base instrument.',

  'sample.populationInvalid': 'The population must be a whole number ≥ 1 (given: {population}).',
  'sample.coverageUndefined': 'Coverage cannot be computed because the number of service recipients is 0.',
};
