import { afterEach, describe, expect, it } from 'vitest';
import { DbError } from '../errors';
import { openSqliteDatabase, type SqliteDatabase } from '../open';
import type { Submission } from '../repositories';
import { BackgroundWriter } from './background-writer';
import { createDirectory, type Directory } from '../testing/fixtures';
import { tempDir, type TempDir } from '../testing/temp';

let dir: TempDir | undefined;
let db: SqliteDatabase | undefined;
afterEach(async () => {
  await db?.close();
  dir?.remove();
  db = undefined;
  dir = undefined;
});

async function setup(): Promise<{ db: SqliteDatabase; d: Directory }> {
  dir = tempDir('puas-writer-');
  db = await openSqliteDatabase({ url: dir.file('w.db'), backgroundWriter: true });
  return { db, d: await createDirectory(db, { units: 1, servicesPerUnit: 0 }) };
}

let n = 0;
function submission(d: Directory, extra: Partial<Submission> = {}, clientId = `w-${n++}`): Submission {
  const unit = d.units[0]!;
  return {
    response: {
      clientId,
      unitId: unit.id,
      serviceId: null,
      instrumentId: d.instrumentId,
      channel: 'kiosk',
      submittedAt: new Date('2026-03-10T02:00:00.123Z'),
      answers: Object.fromEntries(d.elements.map((code) => [code, 3 as const])),
      profile: { jenisKelamin: 'P', usia: 40, pendidikan: null, pekerjaan: null, pekerjaanLainnya: null },
      saran: 'Antrean cepat',
      completionSeconds: 12.5,
      flags: ['straightline'],
    },
    unitSlug: unit.slug,
    serviceSlug: null,
    ...extra,
  };
}

describe('the background writer thread', () => {
  it('stores concurrent submissions and answers each with its own outcome, errors included', async () => {
    const { db, d } = await setup();
    await db.tokens.createMany([{ token: 'ABCDE23456', unitId: d.units[0]!.id, serviceId: null, batch: 'b' }]);
    const good = Array.from({ length: 60 }, () => submission(d));
    const outcomes = await Promise.all([
      ...good.map((s) => db.responses.accept(s)),
      db.responses.accept(submission(d, {}, good[0]!.response.clientId)),
      db.responses.accept(submission(d, { token: 'ABCDE23456' })),
      db.responses.accept(submission(d, { token: 'ABCDE23456' })),
      db.responses.accept({ ...submission(d), response: { ...submission(d).response, answers: {} } }),
    ]);
    expect(outcomes.slice(0, 60).every((o) => o.status === 'created')).toBe(true);
    expect(outcomes[0]).toEqual({
      status: 'created',
      receipt: { clientId: good[0]!.response.clientId, receivedAt: new Date('2026-03-10T02:00:00.123Z'), unit: d.units[0]!.slug, service: null, flags: ['straightline'] },
    });
    expect(outcomes[60]).toEqual({ ...outcomes[0], status: 'existing' });
    expect(outcomes.slice(61, 63).map((o) => o.status).sort()).toEqual(['created', 'token_used']);
    const failed = outcomes[63]!;
    expect(failed.status).toBe('failed');
    expect(failed.status === 'failed' && failed.error).toBeInstanceOf(DbError);
    expect(failed.status === 'failed' && (failed.error as DbError).code).toBe('answers_mismatch');
    // The main connection sees what the writer committed.
    expect(await db.responses.count()).toBe(61);
    expect(await db.tallies.verify()).toEqual([]);
  });

  it('closing waits for what was accepted', async () => {
    const { db, d } = await setup();
    const pending = Array.from({ length: 30 }, () => db.responses.accept(submission(d)));
    const closed = db.close();
    const outcomes = await Promise.all(pending);
    await closed;
    expect(outcomes.every((o) => o.status === 'created')).toBe(true);
    const again = await openSqliteDatabase({ url: dir!.file('w.db') });
    expect(await again.responses.count()).toBe(30);
    await again.close();
  });

  it('falls back to the main thread when the writer thread dies', async () => {
    const { db, d } = await setup();
    const writer = new BackgroundWriter(dir!.file('w.db'), (s) => db.responses.submitBatch([s]).then((o) => o[0]!));
    try {
      expect((await writer.accept(submission(d))).status).toBe('created');
      const errors: unknown[] = [];
      const original = console.error;
      console.error = (e: unknown) => errors.push(e);
      try {
        await (writer as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
        const outcomes = await Promise.all([writer.accept(submission(d)), writer.accept(submission(d))]);
        expect(outcomes.map((o) => o.status)).toEqual(['created', 'created']);
      } finally {
        console.error = original;
      }
      expect(errors).toHaveLength(1);
      expect(await db.responses.count()).toBe(3);
    } finally {
      await writer.close();
    }
  });
});
