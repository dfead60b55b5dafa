import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DbError } from '../../errors';
import { openSqliteDatabase, type SqliteDatabase } from '../../open';
import type { NewResponse, Submission, SubmissionOutcome } from '../../repositories';
import { createDirectory, type Directory } from '../../testing/fixtures';
import { GroupCommit } from './group-commit';

let db: SqliteDatabase;
let d: Directory;
beforeEach(async () => {
  db = await openSqliteDatabase({ url: ':memory:' });
  d = await createDirectory(db, { units: 2, servicesPerUnit: 1 });
});
afterEach(() => db.close());

const at = new Date('2026-03-10T02:00:00Z');
let n = 0;
function submission(overrides: Partial<NewResponse> = {}, extra: Partial<Submission> = {}): Submission {
  const unit = d.units[0]!;
  return {
    response: {
      clientId: `c-${n++}`,
      unitId: unit.id,
      serviceId: null,
      instrumentId: d.instrumentId,
      channel: 'qr',
      submittedAt: at,
      answers: Object.fromEntries(d.elements.map((code, i) => [code, ((i % 4) + 1) as 1 | 2 | 3 | 4])),
      profile: { jenisKelamin: null, usia: null, pendidikan: null, pekerjaan: null, pekerjaanLainnya: null },
      saran: null,
      completionSeconds: 30,
      flags: [],
      ...overrides,
    },
    unitSlug: unit.slug,
    serviceSlug: null,
    ...extra,
  };
}

const rows = (table: string): number => (db.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const statuses = (outcomes: SubmissionOutcome[]) => outcomes.map((o) => o.status);
const everything = { unitIds: null, from: '2026-01-01', to: '2026-12-31' };

describe('responses.submitBatch', () => {
  it('stores a batch in one transaction; a repeated clientId, also within the batch, is the first receipt', async () => {
    const a = submission({ flags: ['fast', 'fast'] });
    const outcomes = await db.responses.submitBatch([a, submission(), { ...a, response: { ...a.response, answers: { ...a.response.answers, waktu: 1 } } }]);
    expect(statuses(outcomes)).toEqual(['created', 'created', 'existing']);
    const receipt = { clientId: a.response.clientId, receivedAt: at, unit: d.units[0]!.slug, service: null, flags: ['fast'] };
    expect(outcomes[0]).toEqual({ status: 'created', receipt });
    expect(outcomes[2]).toEqual({ status: 'existing', receipt });
    expect(await db.responses.receipt(a.response.clientId)).toEqual(receipt);
    expect(await db.responses.receipt('nope')).toBeUndefined();
    expect(rows('responses')).toBe(2);
    expect((await db.tallies.read(everything)).respondents).toBe(2);
    expect(await db.tallies.verify()).toEqual([]);
  });

  it('a bad submission fails alone, before or inside the transaction', async () => {
    const [first] = d.elements;
    const wrongAnswers = submission({ answers: { [first!]: 3 } });
    const otherUnitService = submission({ serviceId: d.services.get(d.units[1]!.id)![0]!.id });
    const outcomes = await db.responses.submitBatch([submission(), wrongAnswers, submission(), otherUnitService]);
    expect(statuses(outcomes)).toEqual(['created', 'failed', 'created', 'failed']);
    const errors = outcomes.flatMap((o) => (o.status === 'failed' ? [o.error] : []));
    expect(errors.map((e) => (e as DbError).code)).toEqual(['answers_mismatch', 'service_of_other_unit']);
    expect(rows('responses')).toBe(2);
    expect(await db.tallies.verify()).toEqual([]);
  });

  it('uses a token once: the second use stores nothing at all', async () => {
    await db.tokens.createMany([{ token: 'ABCDE23456', unitId: d.units[0]!.id, serviceId: null, batch: 'b' }]);
    const first = submission({}, { token: 'ABCDE23456' });
    const second = submission({}, { token: 'ABCDE23456' });
    const outcomes = await db.responses.submitBatch([first, second]);
    expect(statuses(outcomes)).toEqual(['created', 'token_used']);
    expect(rows('responses')).toBe(1);
    expect(rows('response_answers')).toBe(d.elements.length);
    expect(await db.tokens.byToken('ABCDE23456')).toMatchObject({ responseClientId: first.response.clientId, usedAt: at });
    // The first one sent again is still 'existing', not a reuse.
    expect(statuses(await db.responses.submitBatch([first]))).toEqual(['existing']);
    expect(await db.tallies.verify()).toEqual([]);
  });

  it('counts responses per browser per unit per local day up to the limit', async () => {
    const browser = { id: 'browser-1', limit: 2 };
    const nextDay = new Date('2026-03-10T16:00:00Z'); // 11 March 00:00 in Makassar (the second unit), 23:00 in Jakarta
    const outcomes = await db.responses.submitBatch([
      submission({}, { browser }),
      submission({}, { browser }),
      submission({}, { browser }),
      submission({ submittedAt: nextDay, unitId: d.units[1]!.id }, { browser }),
      submission({}, { browser: { id: 'browser-2', limit: 2 } }),
    ]);
    expect(statuses(outcomes)).toEqual(['created', 'created', 'browser_limit', 'created', 'created']);
    expect(rows('responses')).toBe(4);
    expect(db.sqlite.prepare('SELECT unit_id AS unitId, local_day AS day, browser_id AS browser, responses FROM browser_days ORDER BY 1, 3').all()).toEqual([
      { unitId: d.units[0]!.id, day: '2026-03-10', browser: 'browser-1', responses: 2 },
      { unitId: d.units[0]!.id, day: '2026-03-10', browser: 'browser-2', responses: 1 },
      { unitId: d.units[1]!.id, day: '2026-03-11', browser: 'browser-1', responses: 1 },
    ]);
    expect(await db.tallies.verify()).toEqual([]);
  });

  it('when the batch transaction itself fails, retries each submission alone', async () => {
    const doomed = d.units[1]!;
    // A rollup write for the second unit fails: only at the shared tally flush, after every insert.
    db.sqlite.exec(`CREATE TEMP TRIGGER doomed BEFORE INSERT ON response_rollups WHEN NEW.unit_id = ${doomed.id} BEGIN SELECT RAISE(ABORT, 'disk says no'); END`);
    const outcomes = await db.responses.submitBatch([submission(), submission({ unitId: doomed.id }), submission()]);
    expect(statuses(outcomes)).toEqual(['created', 'failed', 'created']);
    expect(rows('responses')).toBe(2);
    expect(db.sqlite.inTransaction).toBe(false);
    expect(await db.tallies.verify()).toEqual([]);
  });
});

describe('GroupCommit', () => {
  it('commits everything accepted in one turn of the event loop together, answering each in order', async () => {
    const groups: number[][] = [];
    const group = new GroupCommit(async (items) => {
      groups.push(items.map((s) => Number(s.response.clientId)));
      return items.map((s) => ({ status: 'failed' as const, error: s.response.clientId }));
    }, 4);
    const make = (i: number) => ({ ...submission(), response: { ...submission().response, clientId: String(i) } });
    const first = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => group.accept(make(i))));
    expect(first.map((o) => (o.status === 'failed' ? o.error : null))).toEqual(['0', '1', '2', '3', '4', '5']);
    const second = await group.accept(make(6));
    expect(second).toEqual({ status: 'failed', error: '6' });
    // At most four per transaction; the next turn starts a new group.
    expect(groups).toEqual([[0, 1, 2, 3], [4, 5], [6]]);
  });

  it('rejects every waiting submission of a commit that throws', async () => {
    const group = new GroupCommit(async () => {
      throw new Error('database is closed');
    });
    const results = await Promise.allSettled([group.accept(submission()), group.accept(submission())]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });

  it('through the repository: concurrent accepts are each answered with their own outcome', async () => {
    await db.tokens.createMany([{ token: 'ABCDE23456', unitId: d.units[0]!.id, serviceId: null, batch: 'b' }]);
    const submissions = Array.from({ length: 40 }, (_, i) => submission({}, i % 10 === 0 ? { token: 'ABCDE23456' } : {}));
    const outcomes = await Promise.all(submissions.map((s) => db.responses.accept(s)));
    expect(statuses(outcomes)).toEqual(submissions.map((_, i) => (i === 0 || i % 10 !== 0 ? 'created' : 'token_used')));
    outcomes.forEach((o, i) => {
      if (o.status === 'created') expect(o.receipt.clientId).toBe(submissions[i]!.response.clientId);
    });
    expect((await db.tallies.read(everything)).respondents).toBe(37);
    expect(await db.tallies.verify()).toEqual([]);
  });
});
