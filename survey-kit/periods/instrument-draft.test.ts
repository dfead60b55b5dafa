import { describe, expect, it } from 'vitest';
import { BUILT_IN_INSTRUMENTS, KEP25_2004, SKM_2017, instrumentWeights } from '../instruments/index';
import { draftFields, draftOf, formPath, instrumentFromDraft, type ElementDraft } from './instrument-draft';

const base = (elements: ElementDraft[]) => ({ code: 'rs-pasien', name: 'SKM Rumah Sakit', base: SKM_2017.code, elements });

describe('instrumentFromDraft', () => {
  it('rebuilds the base exactly from its own rows (texts and labels kept)', () => {
    const result = instrumentFromDraft(base(draftOf(SKM_2017)), BUILT_IN_INSTRUMENTS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.instrument.elements).toEqual(SKM_2017.elements);
    expect(result.instrument.method).toBe('2017');
    expect(result.instrument.name).toEqual({ id: 'SKM Rumah Sakit', en: 'SKM Rumah Sakit' });
  });

  it('drops a row, adds a new element with general labels, and takes weights with a decimal comma', () => {
    const rows = draftOf(SKM_2017).filter((r) => r.code !== 'biaya');
    rows.push({ code: 'kebersihan', name: 'Kebersihan ruang tunggu', question: '' });
    const weighted = rows.map((r, i) => ({ ...r, weight: i === 0 ? '0,2' : '0,1' }));
    const result = instrumentFromDraft(base(weighted), BUILT_IN_INSTRUMENTS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const added = result.instrument.elements.at(-1)!;
    expect(added.question.id).toBe('Bagaimana pendapat Saudara tentang kebersihan ruang tunggu?');
    expect(added.labels.map((l) => l.id)).toEqual(['Tidak baik', 'Kurang baik', 'Baik', 'Sangat baik']);
    expect(result.instrument.elements.map((e) => e.code)).not.toContain('biaya');
    expect(instrumentWeights(result.instrument).get('persyaratan')?.toString()).toBe('1/5');
  });

  it('takes the 2004 method from its base', () => {
    const result = instrumentFromDraft({ ...base(draftOf(KEP25_2004).slice(0, 5)), base: KEP25_2004.code }, BUILT_IN_INSTRUMENTS);
    expect(result.ok && result.instrument.method).toBe('2004');
  });

  it('reports every problem by the form field path, one message per field', () => {
    const rows: ElementDraft[] = [
      { code: 'persyaratan', name: '' },
      { code: 'Bad Code', name: 'X' },
      { code: 'persyaratan', name: 'Lagi' },
      { code: 'baru', name: '' },
    ];
    const result = instrumentFromDraft({ code: 'skm2017', name: '', base: SKM_2017.code, elements: rows }, BUILT_IN_INSTRUMENTS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const fields = draftFields(result.issues, 'id');
    expect(Object.keys(fields).sort()).toEqual(['code', 'elements.1.code', 'elements.2.code', 'elements.3.name', 'name']);
    expect(fields.code).toContain('instrumen bawaan');
    expect(fields['elements.3.name']).toBe('Isi nama unsur baru.');
    expect(draftFields(result.issues, 'en')['elements.2.code']).toContain('more than once');
  });

  it('reports weights that do not add up to 1 on the list, and a bad weight on its row', () => {
    const rows = draftOf(SKM_2017).map((r) => ({ ...r, weight: '0.1' }));
    const sum = instrumentFromDraft(base(rows), BUILT_IN_INSTRUMENTS);
    expect(sum.ok || draftFields(sum.issues, 'en')).toMatchObject({ elements: expect.stringContaining('0.9') });
    rows[3] = { ...rows[3]!, weight: 'abc' };
    const bad = instrumentFromDraft(base(rows), BUILT_IN_INSTRUMENTS);
    expect(bad.ok || Object.keys(draftFields(bad.issues, 'id'))).toEqual(['elements.3.weight']);
  });

  it('refuses an unknown base and an empty list', () => {
    const unknown = instrumentFromDraft({ ...base([]), base: 'nope' }, BUILT_IN_INSTRUMENTS);
    expect(unknown.ok || draftFields(unknown.issues, 'id')).toHaveProperty('base');
    const empty = instrumentFromDraft(base([]), BUILT_IN_INSTRUMENTS);
    expect(empty.ok || draftFields(empty.issues, 'id')).toHaveProperty('elements');
  });

  it('turns validator paths into form paths', () => {
    expect(formPath('elements[12].weight')).toBe('elements.12.weight');
    expect(formPath('elements')).toBe('elements');
  });
});
