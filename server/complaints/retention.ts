/**
 * Erasing complainants' contact details once their complaint has been closed or rejected for
 * longer than the organisation's retention period (organisations.complaint_retention_days).
 * Run at server start, daily after that (scheduler.ts) and by `skm complaints purge`.
 */
import type { AuditStamp, Database } from '../../db/repositories';
import { DAY_MS } from '../../survey-kit/time/index';


export const SYSTEM_STAMP: AuditStamp = { userId: null, actor: 'system' };

export interface PurgeResult {
  organisation: string;
  retentionDays: number;
  erased: number;
}

/** The instant before which a complaint must have ended for its contact to be erased at `now`. */
export function retentionCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * DAY_MS);
}

export async function purgeContacts(db: Database, now: Date, by: AuditStamp = SYSTEM_STAMP): Promise<PurgeResult[]> {
  const out: PurgeResult[] = [];
  for (const org of await db.organisations.list()) {
    const days = org.complaintRetentionDays;
    const erased = await db.complaints.eraseContacts(org.id, retentionCutoff(now, days), now, { ...by, at: now });
    out.push({ organisation: org.slug, retentionDays: days, erased });
  }
  return out;
}
