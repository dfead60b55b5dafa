/**
 * Registering a complaint: typed at the counter, or made from a survey suggestion (saran) with
 * one action — then the unit, service, received time and text come from the response and the
 * link is kept, so a suggestion becomes at most one complaint.
 */
import { localDay } from '../../survey-kit/index';
import type { AuditStamp, Complaint, Database, Unit } from '../../db/repositories';
import { DbError } from '../../db/errors';
import { t } from '../../survey-kit/i18n/index';
import type { Lang } from '../../survey-kit/types';
import { ApiError } from '../errors/api-error';
import type { CreateBody } from './input';
import { parseLocalTime } from '../../survey-kit/time/local-time';

export function alreadyFromResponse(lang: Lang, existing: Pick<Complaint, 'id'>): ApiError {
  const message = t(lang, 'complaints.api.alreadyFromResponse', { id: existing.id });
  return new ApiError(409, 'conflict', message, { fromResponse: message }, { Location: `/api/v1/complaints/${existing.id}` });
}

/** The unit a new complaint belongs to (before the permission check): undefined for an unknown slug, 404 for an unknown response. */
export async function targetUnit(db: Database, body: CreateBody, lang: Lang): Promise<Unit | undefined> {
  if (body.fromResponse != null) {
    const source = await db.complaints.source(body.fromResponse);
    const unit = source ? await db.units.byId(source.unitId) : undefined;
    if (!source || !unit) throw new ApiError(404, 'not_found', t(lang, 'complaints.api.responseNotFound', { id: body.fromResponse }));
    return unit;
  }
  return db.units.bySlug(body.unit as string);
}

export async function registerComplaint(db: Database, unit: Unit, body: CreateBody, by: AuditStamp, now: Date, lang: Lang): Promise<Complaint> {
  const grade = body.grade ?? 'ringan';
  const deadlineDays = (await db.complaints.deadlines(unit.id))[grade];
  const contact = body.consent ? { contactName: body.contactName ?? null, contactPhone: body.contactPhone ?? null, contactEmail: body.contactEmail ?? null } : {};
  const common = { category: body.category, grade, deadlineDays, consent: body.consent, ...contact, createdAt: now };
  try {
    if (body.fromResponse != null) {
      const existing = await db.complaints.bySource(body.fromResponse);
      if (existing) throw alreadyFromResponse(lang, existing);
      const source = await db.complaints.source(body.fromResponse);
      const saran = source?.saran?.trim() ?? '';
      if (!source || saran === '') {
        const message = t(lang, 'complaints.api.noSuggestion');
        throw new ApiError(400, 'validation_failed', message, { fromResponse: message });
      }
      // Received when it enters the register: the response deadline runs from the moment staff
      // read the suggestion as a complaint, not from the survey (the survey time stays on the link).
      const surveyDay = localDay(source.submittedAt, unit.timeZone);
      return await db.complaints.create(
        { ...common, unitId: unit.id, serviceId: source.serviceId, channel: 'survey', receivedAt: now, description: saran, sourceResponseId: source.responseId, receivedNote: t(lang, 'complaints.fromSurveyNote', { day: surveyDay }) },
        by,
      );
    }
    let serviceId: number | null = null;
    if (body.service != null) {
      const service = await db.services.bySlug(unit.id, body.service);
      if (!service) {
        const message = t(lang, 'complaints.api.serviceNotFound', { service: body.service });
        throw new ApiError(400, 'validation_failed', message, { service: message });
      }
      serviceId = service.id;
    }
    const receivedAt = body.receivedAt == null ? now : parseLocalTime(body.receivedAt, unit.timeZone);
    if (receivedAt === null || receivedAt.getTime() > now.getTime()) {
      const message = t(lang, receivedAt === null ? 'complaints.api.invalidTime' : 'complaints.api.future');
      throw new ApiError(400, 'validation_failed', message, { receivedAt: message });
    }
    return await db.complaints.create(
      { ...common, unitId: unit.id, serviceId, channel: body.channel ?? 'counter', receivedAt, description: body.description ?? '' },
      by,
    );
  } catch (err) {
    // Two clerks turning the same suggestion into a complaint at once: the second one loses here.
    if (err instanceof DbError && err.code === 'duplicate' && body.fromResponse != null) {
      const existing = await db.complaints.bySource(body.fromResponse);
      if (existing) throw alreadyFromResponse(lang, existing);
    }
    throw err;
  }
}
