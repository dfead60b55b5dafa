import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEP25_2004, SKM_2017 } from '../../../survey-kit/index';
import type { Instrument } from '../../../survey-kit/types';
import { openDatabase } from '../../open';
import type { Database } from '../../repositories';

let db: Database;
beforeEach(async () => {
  db = await openDatabase({ url: ':memory:' });
});
afterEach(() => db.close());

const custom: Instrument = {
  ...SKM_2017,
  code: 'rs-pasien',
  name: { id: 'SKM Rumah Sakit', en: 'Hospital survey' },
  elements: SKM_2017.elements.map((e) => (e.code === 'biaya' ? { ...e, optional: true } : e)),
};

describe('instruments', () => {
  it('holds both built-in instruments after open', async () => {
    const skm = await db.instruments.byCode(SKM_2017.code);
    const kep = await db.instruments.byCode(KEP25_2004.code);
    expect(skm?.instrument).toEqual(SKM_2017);
    expect(kep?.instrument.elements).toHaveLength(14);
    expect(await db.instruments.byId(kep!.id)).toEqual(kep);
    await db.instruments.ensureBuiltIns();
    expect(await db.instruments.byCode(SKM_2017.code)).toEqual(skm);
  });

  it('stores a valid custom instrument and refuses invalid or reserved ones', async () => {
    const stored = await db.instruments.create(custom);
    expect(stored.builtIn).toBe(false);
    expect(await db.instruments.byId(stored.id)).toEqual(stored);
    await expect(db.instruments.create(custom)).rejects.toMatchObject({ code: 'duplicate' });
    await expect(db.instruments.create({ ...custom, code: SKM_2017.code })).rejects.toMatchObject({ code: 'reserved_instrument_code' });
    const badWeights: Instrument = {
      ...custom,
      code: 'bad-weights',
      elements: custom.elements.map((e) => ({ ...e, weight: '0.1' })), // nine × 0.1 ≠ 1
    };
    await expect(db.instruments.create(badWeights)).rejects.toMatchObject({ code: 'invalid_instrument' });
    expect(await db.instruments.byCode('bad-weights')).toBeUndefined();
  });
});
