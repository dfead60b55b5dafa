/**
 * Client ids of imported rows (paper questionnaires have none of their own): UUIDs of version 7
 * (RFC 9562), which begin with the time in milliseconds. Why not random (version 4) ids: the
 * unique index on responses.client_id would take 100,000 of them at 100,000 random places; ids
 * of one import that sort in the order they are stored land at the end of one run of the index,
 * which made storing an import measurably faster (bench/import-throughput.ts).
 *
 * Layout (hex digits): 12 of time, the version 7, then 42 random bits chosen once per import
 * (around the variant bits), then an 8-digit sequence number. Two imports apart by a millisecond
 * or more never collide; two in the same millisecond collide only if their 42 random bits do.
 */
import { randomBytes } from 'node:crypto';

/** Makes the ids of one import, in increasing order; at most 2^32 of them. */
export function importClientIds(nowMs: number = Date.now()): () => string {
  const time = Math.floor(nowMs).toString(16).padStart(12, '0').slice(-12);
  const random = randomBytes(6).toString('hex');
  const variant = (8 + (parseInt(random[0]!, 16) & 3)).toString(16);
  const prefix = `${time.slice(0, 8)}-${time.slice(8)}-7${random.slice(1, 4)}-${variant}${random.slice(4, 7)}-${random.slice(7, 11)}`;
  let sequence = 0;
  return () => {
    if (sequence > 0xffffffff) throw new Error('more than 2^32 client ids in one import');
    return prefix + (sequence++).toString(16).padStart(8, '0');
  };
}
