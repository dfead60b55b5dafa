/**
 * The fourteen-element instrument of KEP/25/M.PAN/2/2004, in the decree's order. Questions and
 * labels follow the style of the decree's sample form ("Bagaimana pendapat Saudara tentang …",
 * four graded answers scored 1–4).
 */
import type { Instrument } from '../types';
import { deepFreeze, element, type Pair } from './define';

type Labels = readonly [Pair, Pair, Pair, Pair];

/** "Tidak X / Kurang X / X / Sangat X" with the English "Not X / Not very X / X / Very X". */
function graded(id: string, en: string): Labels {
  return [
    [`Tidak ${id}`, `Not ${en}`],
    [`Kurang ${id}`, `Not very ${en}`],
    [capitalise(id), capitalise(en)],
    [`Sangat ${id}`, `Very ${en}`],
  ];
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const Q = 'Bagaimana pendapat Saudara tentang';
const E = 'What is your opinion of';

export const KEP25_2004: Instrument = deepFreeze({
  code: 'kep25_2004',
  name: {
    id: 'IKM KEP/25/M.PAN/2/2004 (14 unsur)',
    en: 'IKM, Decree KEP/25/M.PAN/2/2004 (14 elements)',
  },
  method: '2004',
  elements: [
    element(
      'prosedur',
      ['Prosedur pelayanan', 'Service procedure'],
      [`${Q} kemudahan prosedur pelayanan di unit ini?`, `${E} how easy the service procedure at this unit is?`],
      graded('mudah', 'easy'),
    ),
    element(
      'persyaratan',
      ['Persyaratan pelayanan', 'Service requirements'],
      [
        `${Q} kesesuaian persyaratan pelayanan dengan jenis pelayanannya?`,
        `${E} how well the service requirements match the type of service?`,
      ],
      graded('sesuai', 'suitable'),
    ),
    element(
      'kejelasan_petugas',
      ['Kejelasan petugas pelayanan', 'Clarity of the service staff'],
      [
        `${Q} kejelasan dan kepastian petugas yang melayani?`,
        `${E} how clearly identifiable and certain the staff serving you are?`,
      ],
      graded('jelas', 'clear'),
    ),
    element(
      'kedisiplinan_petugas',
      ['Kedisiplinan petugas pelayanan', 'Discipline of the service staff'],
      [`${Q} kedisiplinan petugas dalam memberikan pelayanan?`, `${E} the staff’s discipline in providing the service?`],
      graded('disiplin', 'disciplined'),
    ),
    element(
      'tanggung_jawab_petugas',
      ['Tanggung jawab petugas pelayanan', 'Responsibility of the service staff'],
      [
        `${Q} tanggung jawab petugas dalam memberikan pelayanan?`,
        `${E} the staff’s sense of responsibility in providing the service?`,
      ],
      graded('bertanggung jawab', 'responsible'),
    ),
    element(
      'kemampuan_petugas',
      ['Kemampuan petugas pelayanan', 'Ability of the service staff'],
      [`${Q} kemampuan petugas dalam memberikan pelayanan?`, `${E} the staff’s ability in providing the service?`],
      graded('mampu', 'capable'),
    ),
    element(
      'kecepatan_pelayanan',
      ['Kecepatan pelayanan', 'Speed of service'],
      [`${Q} kecepatan pelayanan di unit ini?`, `${E} the speed of service at this unit?`],
      graded('cepat', 'fast'),
    ),
    element(
      'keadilan',
      ['Keadilan mendapatkan pelayanan', 'Fairness in obtaining the service'],
      [`${Q} keadilan untuk mendapatkan pelayanan di unit ini?`, `${E} how fairly people obtain the service at this unit?`],
      graded('adil', 'fair'),
    ),
    element(
      'kesopanan_keramahan',
      ['Kesopanan dan keramahan petugas', 'Courtesy and friendliness of the staff'],
      [
        `${Q} kesopanan dan keramahan petugas dalam memberikan pelayanan?`,
        `${E} the staff’s courtesy and friendliness in providing the service?`,
      ],
      graded('sopan dan ramah', 'polite and friendly'),
    ),
    element(
      'kewajaran_biaya',
      ['Kewajaran biaya pelayanan', 'Reasonableness of the service cost'],
      [`${Q} kewajaran biaya untuk mendapatkan pelayanan?`, `${E} how reasonable the cost of obtaining the service is?`],
      graded('wajar', 'reasonable'),
    ),
    element(
      'kepastian_biaya',
      ['Kepastian biaya pelayanan', 'Certainty of the service cost'],
      [
        `${Q} kesesuaian antara biaya yang dibayarkan dengan biaya yang telah ditetapkan?`,
        `${E} whether the cost you paid matches the cost that was set?`,
      ],
      [
        ['Selalu tidak sesuai', 'Never matches'],
        ['Kadang-kadang sesuai', 'Sometimes matches'],
        ['Banyak sesuainya', 'Mostly matches'],
        ['Selalu sesuai', 'Always matches'],
      ],
    ),
    element(
      'kepastian_jadwal',
      ['Kepastian jadwal pelayanan', 'Certainty of the service schedule'],
      [
        `${Q} ketepatan pelaksanaan terhadap jadwal waktu pelayanan?`,
        `${E} how well the service keeps to its schedule?`,
      ],
      [
        ['Selalu tidak tepat', 'Never on schedule'],
        ['Kadang-kadang tepat', 'Sometimes on schedule'],
        ['Banyak tepatnya', 'Mostly on schedule'],
        ['Selalu tepat', 'Always on schedule'],
      ],
    ),
    element(
      'kenyamanan_lingkungan',
      ['Kenyamanan lingkungan', 'Comfort of the surroundings'],
      [`${Q} kenyamanan di lingkungan unit pelayanan?`, `${E} how comfortable the surroundings of the service unit are?`],
      graded('nyaman', 'comfortable'),
    ),
    element(
      'keamanan_pelayanan',
      ['Keamanan pelayanan', 'Security of the service'],
      [`${Q} keamanan pelayanan di unit ini?`, `${E} how safe and secure the service at this unit is?`],
      graded('aman', 'safe'),
    ),
  ],
});
