/**
 * Child process of the submit race test: submits the same clientIds as its twin, at the same time,
 * through its own connection, and prints how many it created.
 * Usage: node --import tsx db/testing/submit-worker.ts URL UNIT_ID INSTRUMENT_ID COUNT START_AT_MS
 */
import { SKM_2017 } from '../../survey-kit/index';
import { openDatabase } from '../open';

const [url, unitArg, instrumentArg, countArg, startArg] = process.argv.slice(2);
const db = await openDatabase({ url: url ?? '' });
const answers = Object.fromEntries(SKM_2017.elements.map((e) => [e.code, 3 as const]));
// Both twins start submitting at the same instant, whatever their start-up times.
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startArg ?? 0) - Date.now())));
let created = 0;
for (let i = 0; i < Number(countArg); i++) {
  const result = await db.responses.submit({
    clientId: `race-${i}`,
    unitId: Number(unitArg),
    serviceId: null,
    instrumentId: Number(instrumentArg),
    channel: 'qr',
    submittedAt: new Date(Date.UTC(2026, 0, 1 + (i % 60), 3)),
    answers,
    profile: { jenisKelamin: null, usia: null, pendidikan: null, pekerjaan: null, pekerjaanLainnya: null },
    saran: null,
    completionSeconds: null,
    flags: [],
  });
  if (result.created) created++;
}
await db.close();
process.stdout.write(`${created}\n`);
