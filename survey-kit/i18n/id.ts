/** Core Indonesian messages of survey-kit (Bahasa Indonesia first; en.ts must mirror the keys). */
export const id = {
  'common.yes': 'Ya',
  'common.no': 'Tidak',
  'common.notGiven': 'Tidak diisi',
  'common.undefined': 'Tidak terdefinisi',

  'instrument.codeEmpty': 'Kode unsur ke-{index} kosong.',
  'instrument.codeFormat':
    'Kode unsur "{code}" tidak sah: gunakan huruf kecil, angka, dan garis bawah, diawali huruf.',
  'instrument.codeDuplicate': 'Kode unsur "{code}" dipakai lebih dari sekali.',
  'instrument.noElements': 'Instrumen harus memiliki paling sedikit satu unsur.',
  'instrument.instrumentCodeEmpty': 'Kode instrumen kosong.',
  'instrument.nameMissing': 'Nama unsur "{code}" belum diisi (Bahasa Indonesia dan Inggris).',
  'instrument.questionMissing': 'Pertanyaan unsur "{code}" belum diisi (Bahasa Indonesia dan Inggris).',
  'instrument.labelsMissing':
    'Unsur "{code}" harus memiliki empat label jawaban (nilai 1–4) dalam Bahasa Indonesia dan Inggris.',
  'instrument.weightsMixed':
    'Bobot harus diisi untuk semua unsur atau tidak sama sekali; unsur tanpa bobot: {codes}.',
  'instrument.weightInvalid':
    'Bobot unsur "{code}" ("{weight}") bukan bilangan desimal atau pecahan yang sah.',
  'instrument.weightNotPositive': 'Bobot unsur "{code}" ({weight}) harus lebih besar dari 0.',
  'instrument.weightSum': 'Jumlah bobot harus tepat 1, tetapi jumlahnya {sum}.',
  'instrument.methodInvalid': 'Metode instrumen harus "2017" atau "2004" (diberikan: {method}).',
  'instrument.instrumentNameMissing': 'Nama instrumen belum diisi (Bahasa Indonesia dan Inggris).',
  'instrument.unknownElement': 'Unsur "{code}" tidak ada dalam instrumen dasar.',

  'sample.populationInvalid': 'Populasi harus bilangan bulat ≥ 1 (diberikan: {population}).',
  'sample.coverageUndefined': 'Cakupan tidak dapat dihitung karena jumlah penerima layanan 0.',
} as const;
