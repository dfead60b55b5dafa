import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import { tempDir, type TempDir } from '../../../db/testing/temp';
import { run } from '../run';

let dir: TempDir;
let env: Record<string, string>;
beforeEach(async () => {
  dir = tempDir('puas-cli-tx-');
  env = { DATABASE_URL: dir.file('puas.db') };
  const db = await openDatabase({ url: env.DATABASE_URL });
  const org = await db.organisations.create({ slug: 'kantor', name: 'Kantor' });
  const unit = await db.units.create({ organisationId: org.id, slug: 'loket', name: 'Loket' });
  await db.services.create({ unitId: unit.id, slug: 'siup', name: 'SIUP' });
  await db.close();
});
afterEach(() => dir.remove());

async function skm(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env, now: () => new Date('2026-04-01T00:00:00Z') });
  return { code, out, err };
}

async function storedCount(): Promise<number> {
  const db = await openDatabase({ url: env.DATABASE_URL! });
  try {
    return (await db.transactions.list({ unitIds: null, from: '2000-01-01', to: '2100-12-31' }, { page: 1, pageSize: 1 })).total;
  } finally {
    await db.close();
  }
}

describe('skm transactions import', () => {
  it('lists every bad row by line and stores nothing, then imports the corrected file', async () => {
    const bad = join(dir.path, 'salah.csv');
    writeFileSync(bad, 'layanan,tanggal_diterima,tanggal_selesai,referensi\nsiup,2026-03-02,,A\nsiupx,2026-03-02,,B\nsiup,2026-03-32,,C\n');
    const refused = await skm('transactions', 'import', '--unit', 'loket', bad);
    expect(refused.code).not.toBe(0);
    expect(refused.err).toEqual([
      expect.stringMatching(/^Baris 3: Layanan "siupx"/),
      expect.stringMatching(/^Baris 4: Tanggal "2026-03-32"/),
      'Tidak ada yang disimpan: 2 masalah.',
    ]);
    expect(await storedCount()).toBe(0);

    const good = join(dir.path, 'maret.csv');
    writeFileSync(good, 'service;received;completed;reference\nsiup;2026-03-02;;A\nSIUP;02/03/2026;03/03/2026;B\n');
    const done = await skm('--lang', 'en', 'transactions', 'import', '--unit', 'loket', good);
    expect(done).toMatchObject({ code: 0, out: ['2 new transactions, 0 updated, 0 unchanged (unit loket).'] });
    expect(await storedCount()).toBe(2);
  });

  it('has help and is listed in the main help', async () => {
    expect((await skm('transactions', '--help')).out.join('\n')).toContain('skm transactions import --unit SLUG');
    expect((await skm('--help')).out.join('\n')).toContain('transactions import --unit SLUG');
    // Without --unit: a usage error, nothing opened.
    expect((await skm('transactions', 'import', join(dir.path, 'x.csv'))).code).not.toBe(0);
  });
});
