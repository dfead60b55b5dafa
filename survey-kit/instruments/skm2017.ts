/**
 * The nine-element instrument of Permen PAN-RB 14/2017 with the regulation's sample questionnaire
 * (question texts and answer labels exactly as in skm-method.md §2), in the sample form's order.
 */
import type { Instrument } from '../types';
import { deepFreeze, element } from './define';

const SUITABLE = [
  ['Tidak sesuai', 'Not suitable'],
  ['Kurang sesuai', 'Not very suitable'],
  ['Sesuai', 'Suitable'],
  ['Sangat sesuai', 'Very suitable'],
] as const;

export const SKM_2017: Instrument = deepFreeze({
  code: 'skm2017',
  name: {
    id: 'SKM Permen PAN-RB 14/2017 (9 unsur)',
    en: 'SKM, PAN-RB Ministerial Regulation 14/2017 (9 elements)',
  },
  method: '2017',
  elements: [
    element(
      'persyaratan',
      ['Persyaratan', 'Requirements'],
      [
        'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
        'What is your opinion of how well the service requirements match the type of service?',
      ],
      SUITABLE,
    ),
    element(
      'prosedur',
      ['Sistem, Mekanisme, dan Prosedur', 'Systems, mechanisms and procedures'],
      [
        'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?',
        'How easy do you find the service procedure at this unit?',
      ],
      [
        ['Tidak mudah', 'Not easy'],
        ['Kurang mudah', 'Not very easy'],
        ['Mudah', 'Easy'],
        ['Sangat mudah', 'Very easy'],
      ],
    ),
    element(
      'waktu',
      ['Waktu Penyelesaian', 'Completion time'],
      [
        'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?',
        'What is your opinion of how quickly the service was delivered?',
      ],
      [
        ['Tidak cepat', 'Not fast'],
        ['Kurang cepat', 'Not very fast'],
        ['Cepat', 'Fast'],
        ['Sangat cepat', 'Very fast'],
      ],
    ),
    element(
      'biaya',
      ['Biaya/Tarif', 'Cost/fee'],
      [
        'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?',
        'What is your opinion of how reasonable the cost/fee of the service is?',
      ],
      [
        ['Sangat mahal', 'Very expensive'],
        ['Cukup mahal', 'Rather expensive'],
        ['Murah', 'Inexpensive'],
        ['Gratis', 'Free of charge'],
      ],
    ),
    element(
      'produk',
      ['Produk Spesifikasi Jenis Pelayanan', 'Product specification of the service type'],
      [
        'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
        'What is your opinion of how well the service product you received matches what the service standard states?',
      ],
      SUITABLE,
    ),
    element(
      'kompetensi',
      ['Kompetensi Pelaksana', 'Staff competence'],
      [
        'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?',
        'What is your opinion of the competence/ability of the staff providing the service?',
      ],
      [
        ['Tidak kompeten', 'Not competent'],
        ['Kurang kompeten', 'Not very competent'],
        ['Kompeten', 'Competent'],
        ['Sangat kompeten', 'Very competent'],
      ],
    ),
    element(
      'perilaku',
      ['Perilaku Pelaksana', 'Staff conduct'],
      [
        'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
        'What is your opinion of the staff’s conduct during the service, in terms of courtesy and friendliness?',
      ],
      [
        ['Tidak sopan dan ramah', 'Not polite and friendly'],
        ['Kurang sopan dan ramah', 'Not very polite and friendly'],
        ['Sopan dan ramah', 'Polite and friendly'],
        ['Sangat sopan dan ramah', 'Very polite and friendly'],
      ],
    ),
    element(
      'sarana',
      ['Sarana dan Prasarana', 'Facilities and infrastructure'],
      [
        'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?',
        'What is your opinion of the quality of the facilities and infrastructure?',
      ],
      [
        ['Buruk', 'Poor'],
        ['Cukup', 'Fair'],
        ['Baik', 'Good'],
        ['Sangat baik', 'Very good'],
      ],
    ),
    element(
      'pengaduan',
      ['Penanganan Pengaduan, Saran dan Masukan', 'Handling of complaints, suggestions and feedback'],
      [
        'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?',
        'What is your opinion of how complaints from service users are handled?',
      ],
      [
        ['Tidak ada', 'There is none'],
        ['Ada tetapi tidak berfungsi', 'It exists but does not work'],
        ['Berfungsi kurang maksimal', 'It works, but not fully'],
        ['Dikelola dengan baik', 'It is well managed'],
      ],
    ),
  ],
});
