/** Messages of the IKM computation and its category table. */
import { defineCatalogue } from './define';

export default defineCatalogue(
  {
    'ikm.noAnswers':
      'Tidak ada responden yang menjawab unsur ini; unsur dikeluarkan dari IKM dan bobot unsur lain disesuaikan.',
    'ikm.unknownElement': 'Kode unsur "{code}" tidak ada dalam instrumen.',
    'ikm.invalidNrr': 'NRR unsur "{code}" ("{value}") harus berupa angka antara 1 dan 4.',
    'ikm.invalidTally':
      'Jumlah jawaban unsur "{code}" harus bilangan bulat ≥ 0 untuk nilai 1–4 (dan "blank" untuk yang tidak menjawab).',
    'ikm.invalidRespondents':
      'Jumlah responden ({respondents}) harus bilangan bulat dan tidak kurang dari jumlah yang tercatat pada satu unsur ({seen}).',
    'ikm.belowMinimumSample':
      'Jumlah responden ({respondents}) di bawah sampel minimum ({minimum}) untuk populasi {population}.',
    'ikm.ciMethod':
      'Selang kepercayaan 95%: NRR ± t·s/√n per unsur; untuk IKM batas konservatif Σ bobot × galat baku.',
    'category.A': 'Sangat baik',
    'category.B': 'Baik',
    'category.C': 'Kurang baik',
    'category.D': 'Tidak baik',
    'category.mutu': 'Mutu pelayanan',
    'category.kinerja': 'Kinerja unit pelayanan',
    'category.konversi': 'Nilai interval konversi',
    'category.ikmInterval': 'Nilai interval IKM',
  },
  {
    'ikm.noAnswers':
      'Nobody answered this element; it is left out of the IKM and the other weights are rescaled.',
    'ikm.unknownElement': 'Element code "{code}" is not in the instrument.',
    'ikm.invalidNrr': 'The NRR of element "{code}" ("{value}") must be a number between 1 and 4.',
    'ikm.invalidTally':
      'The answer counts of element "{code}" must be whole numbers ≥ 0 for scores 1–4 (and "blank" for no answer).',
    'ikm.invalidRespondents':
      'The number of respondents ({respondents}) must be a whole number, not less than the count recorded for one element ({seen}).',
    'ikm.belowMinimumSample':
      'The number of respondents ({respondents}) is below the minimum sample ({minimum}) for a population of {population}.',
    'ikm.ciMethod':
      '95% confidence interval: NRR ± t·s/√n per element; for the IKM the conservative bound Σ weight × standard error.',
    'category.A': 'Very good',
    'category.B': 'Good',
    'category.C': 'Fair',
    'category.D': 'Poor',
    'category.mutu': 'Service quality',
    'category.kinerja': 'Unit performance',
    'category.konversi': 'Converted interval value',
    'category.ikmInterval': 'IKM interval value',
  },
);
