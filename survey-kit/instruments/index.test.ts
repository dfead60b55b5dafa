import { describe, expect, it } from 'vitest';
import type { ElementDef, Instrument } from '../types';
import {
  BUILT_IN_INSTRUMENTS,
  InstrumentError,
  KEP25_2004,
  SKM_2017,
  builtInInstrument,
  customInstrument,
  instrumentWeights,
  standardInstrument,
  validateInstrument,
} from './index';

const CODES_2017 = ['persyaratan', 'prosedur', 'waktu', 'biaya', 'produk', 'kompetensi', 'perilaku', 'sarana', 'pengaduan'];
const CODES_2004 = [
  'prosedur', 'persyaratan', 'kejelasan_petugas', 'kedisiplinan_petugas', 'tanggung_jawab_petugas',
  'kemampuan_petugas', 'kecepatan_pelayanan', 'keadilan', 'kesopanan_keramahan', 'kewajaran_biaya',
  'kepastian_biaya', 'kepastian_jadwal', 'kenyamanan_lingkungan', 'keamanan_pelayanan',
];

function el(code: string, extra: Partial<ElementDef> = {}): ElementDef {
  const t = (s: string) => ({ id: `${s} id`, en: `${s} en` });
  return { code, name: t(code), question: t(`${code}?`), labels: [t('1'), t('2'), t('3'), t('4')], ...extra };
}

function inst(elements: ElementDef[], extra: Partial<Instrument> = {}): Instrument {
  return { code: 'custom', name: { id: 'Kustom', en: 'Custom' }, method: '2017', elements, ...extra };
}

describe('built-in instruments', () => {
  it('2017: nine elements in the sample form order, method 2017', () => {
    expect(SKM_2017.method).toBe('2017');
    expect(SKM_2017.elements.map((e) => e.code)).toEqual(CODES_2017);
  });
  it('2017: questionnaire texts and labels as in skm-method.md', () => {
    const byCode = new Map(SKM_2017.elements.map((e) => [e.code, e]));
    expect(byCode.get('persyaratan')?.question.id).toBe(
      'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
    );
    expect(byCode.get('prosedur')?.question.id).toBe(
      'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?',
    );
    expect(byCode.get('biaya')?.labels.map((l) => l.id)).toEqual(['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis']);
    expect(byCode.get('pengaduan')?.labels.map((l) => l.id)).toEqual([
      'Tidak ada', 'Ada tetapi tidak berfungsi', 'Berfungsi kurang maksimal', 'Dikelola dengan baik',
    ]);
    expect(byCode.get('perilaku')?.labels[3].id).toBe('Sangat sopan dan ramah');
    expect(byCode.get('sarana')?.labels.map((l) => l.id)).toEqual(['Buruk', 'Cukup', 'Baik', 'Sangat baik']);
    expect(byCode.get('pengaduan')?.name.id).toBe('Penanganan Pengaduan, Saran dan Masukan');
    expect(byCode.get('produk')?.name.id).toBe('Produk Spesifikasi Jenis Pelayanan');
  });
  it('2004: fourteen elements in the decree order, method 2004', () => {
    expect(KEP25_2004.method).toBe('2004');
    expect(KEP25_2004.elements.map((e) => e.code)).toEqual(CODES_2004);
    for (const e of KEP25_2004.elements) expect(e.question.id.startsWith('Bagaimana pendapat Saudara tentang ')).toBe(true);
    const comfort = KEP25_2004.elements.find((e) => e.code === 'kenyamanan_lingkungan');
    expect(comfort?.labels.map((l) => l.id)).toEqual(['Tidak nyaman', 'Kurang nyaman', 'Nyaman', 'Sangat nyaman']);
  });
  it('are valid, frozen, listed and found', () => {
    expect(BUILT_IN_INSTRUMENTS).toEqual([SKM_2017, KEP25_2004]);
    for (const i of BUILT_IN_INSTRUMENTS) {
      expect(validateInstrument(i)).toEqual([]);
      expect(Object.isFrozen(i)).toBe(true);
      expect(Object.isFrozen(i.elements[0]?.labels)).toBe(true);
      for (const e of i.elements) {
        for (const t of [e.name, e.question, ...e.labels]) expect(t.en.trim().length).toBeGreaterThan(0);
      }
    }
    expect(new Set(BUILT_IN_INSTRUMENTS.map((i) => i.code)).size).toBe(2);
    expect(builtInInstrument('skm2017')).toBe(SKM_2017);
    expect(builtInInstrument('kep25_2004')).toBe(KEP25_2004);
    expect(builtInInstrument('nope')).toBeUndefined();
    expect(standardInstrument('2004')).toBe(KEP25_2004);
    expect(standardInstrument('2017')).toBe(SKM_2017);
  });
  it('default weights are exactly 1/n', () => {
    const w = instrumentWeights(SKM_2017);
    expect([...w.keys()]).toEqual(CODES_2017);
    for (const v of w.values()) expect(v.toString()).toBe('1/9');
    for (const v of instrumentWeights(KEP25_2004).values()) expect(v.toString()).toBe('1/14');
  });
});

describe('validateInstrument', () => {
  const codes = (i: Instrument) => validateInstrument(i).map((x) => x.code);

  it('accepts a minimal valid instrument', () => {
    expect(validateInstrument(inst([el('a')]))).toEqual([]);
  });
  it('requires at least one element', () => {
    expect(codes(inst([]))).toEqual(['no_elements']);
  });
  it('checks codes: empty, format, duplicates', () => {
    const issues = validateInstrument(inst([el(''), el('Biaya'), el('1abc'), el('ok_1'), el('ok_1'), el('ok_1')]));
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['elements[0].code', 'code_empty'],
      ['elements[1].code', 'code_format'],
      ['elements[2].code', 'code_format'],
      ['elements[4].code', 'code_duplicate'],
    ]);
    expect(issues[1]?.message.id).toContain('"Biaya"');
    expect(issues[1]?.message.en).toContain('lower-case');
  });
  it('checks texts and the four labels', () => {
    const bad = el('x', { name: { id: '', en: 'X' } });
    const noQuestion = el('y', { question: { id: 'Q?', en: ' ' } });
    const threeLabels = { ...el('z'), labels: el('z').labels.slice(0, 3) } as unknown as ElementDef;
    expect(validateInstrument(inst([bad, noQuestion, threeLabels])).map((i) => i.path)).toEqual([
      'elements[0].name', 'elements[1].question', 'elements[2].labels',
    ]);
  });
  it('checks the instrument itself', () => {
    const i = inst([el('a')], { code: '', name: { id: '', en: '' }, method: '2020' as unknown as '2017' });
    expect(codes(i)).toEqual(['instrument_code_empty', 'instrument_name_missing', 'method_invalid']);
  });

  describe('weights', () => {
    it('accepts weights that sum to exactly 1 (decimals and fractions mixed)', () => {
      const i = inst([el('a', { weight: '0.5' }), el('b', { weight: '1/3' }), el('c', { weight: '1/6' })]);
      expect(validateInstrument(i)).toEqual([]);
      const w = instrumentWeights(i);
      expect([...w.values()].map((v) => v.toString())).toEqual(['1/2', '1/3', '1/6']);
    });
    it('nine weights of 0.11 sum to 0.99 and are rejected, saying so', () => {
      const i = inst(CODES_2017.map((c) => el(c, { weight: '0.11' })));
      const issues = validateInstrument(i);
      expect(issues.map((x) => x.code)).toEqual(['weight_sum']);
      expect(issues[0]?.message.id).toBe('Jumlah bobot harus tepat 1, tetapi jumlahnya 0.99.');
      expect(issues[0]?.message.en).toBe('The weights must add up to exactly 1, but they add up to 0.99.');
    });
    it('a non-terminating sum is shown as a fraction with an approximation', () => {
      const i = inst([el('a', { weight: '1/3' }), el('b', { weight: '1/3' }), el('c', { weight: '0.333' })]);
      expect(validateInstrument(i)[0]?.message.en).toContain('2999/3000 ≈ 0.999667');
      const j = inst([el('a', { weight: '1/3' }), el('b', { weight: '1/3' }), el('c', { weight: '1/2' })]);
      expect(validateInstrument(j)[0]?.message.en).toContain('7/6 ≈ 1.166667');
    });
    it('0.111 × 9 is not 1 (floating point would be fooled by 0.1+0.2-style drift, rationals are not)', () => {
      expect(codes(inst(CODES_2017.map((c) => el(c, { weight: '0.111' }))))).toEqual(['weight_sum']);
      // Ten 0.1 weights: 1 exactly, though the float sum is 0.9999999999999999.
      expect(codes(inst(Array.from({ length: 10 }, (_, k) => el(`e${k}`, { weight: '0.1' }))))).toEqual([]);
    });
    it('rejects mixed present/absent weights, naming the elements without one', () => {
      const issues = validateInstrument(inst([el('a', { weight: '0.5' }), el('b'), el('c')]));
      expect(issues.map((x) => x.code)).toEqual(['weights_mixed']);
      expect(issues[0]?.message.en).toContain('b, c');
    });
    it('rejects unreadable, zero and negative weights', () => {
      const issues = validateInstrument(
        inst([el('a', { weight: 'abc' }), el('b', { weight: '0' }), el('c', { weight: '-0.5' }), el('d', { weight: '1,5' })]),
      );
      expect(issues.map((x) => [x.path, x.code])).toEqual([
        ['elements[0].weight', 'weight_invalid'],
        ['elements[1].weight', 'weight_not_positive'],
        ['elements[2].weight', 'weight_not_positive'],
        ['elements[3].weight', 'weight_invalid'],
      ]);
    });
    it('instrumentWeights refuses an invalid instrument', () => {
      expect(() => instrumentWeights(inst([el('a', { weight: '0.5' })]))).toThrow(InstrumentError);
      try {
        instrumentWeights(inst([el('a', { weight: '0.5' })]));
      } catch (e) {
        expect((e as InstrumentError).issues[0]?.code).toBe('weight_sum');
      }
    });
  });
});

describe('customInstrument', () => {
  it('builds from the 2017 instrument: add, replace, remove, optional', () => {
    const i = customInstrument({
      code: 'rs_online',
      name: { id: 'SKM layanan daring', en: 'Online service SKM' },
      remove: ['perilaku'],
      replace: [el('kompetensi', { question: { id: 'Bagaimana kemudahan aplikasi?', en: 'How easy is the app?' } })],
      add: [el('aplikasi')],
      optional: ['biaya'],
    });
    expect(i.method).toBe('2017');
    expect(i.elements.map((e) => e.code)).toEqual([
      'persyaratan', 'prosedur', 'waktu', 'biaya', 'produk', 'kompetensi', 'sarana', 'pengaduan', 'aplikasi',
    ]);
    expect(i.elements.find((e) => e.code === 'kompetensi')?.question.en).toBe('How easy is the app?');
    expect(i.elements.find((e) => e.code === 'biaya')?.optional).toBe(true);
    expect(i.elements.find((e) => e.code === 'waktu')?.optional).toBeUndefined();
    expect(SKM_2017.elements.find((e) => e.code === 'biaya')?.optional).toBeUndefined();
    expect([...instrumentWeights(i).values()].every((w) => w.toString() === '1/9')).toBe(true);
  });
  it('sets weights that must cover every element and sum to 1', () => {
    const weights = Object.fromEntries(CODES_2017.map((c) => [c, c === 'pengaduan' ? '0.2' : '0.1']));
    const i = customInstrument({ code: 'w', name: { id: 'B', en: 'W' }, weights });
    expect(instrumentWeights(i).get('pengaduan')?.toString()).toBe('1/5');
    expect(() => customInstrument({ code: 'w', name: { id: 'B', en: 'W' }, weights: { persyaratan: '1' } })).toThrow(
      InstrumentError,
    );
  });
  it('reports unknown codes and invalid results together', () => {
    try {
      customInstrument({ code: 'x', name: { id: 'X', en: 'X' }, remove: ['nope'], add: [el('Bad')] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InstrumentError);
      expect((e as InstrumentError).issues.map((x) => x.code)).toEqual(['unknown_element', 'code_format']);
    }
  });
  it('can start from the 2004 instrument and keep its table', () => {
    const i = customInstrument({ code: 'k', name: { id: 'K', en: 'K' }, base: KEP25_2004, remove: ['kepastian_biaya'] });
    expect(i.method).toBe('2004');
    expect(i.elements).toHaveLength(13);
    expect(instrumentWeights(i).get('prosedur')?.toString()).toBe('1/13');
  });
});
