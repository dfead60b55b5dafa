/**
 * The complaints register (issue 5 §3):
 *   GET  /complaints?unit&status&from&to&q&page   list (contacts masked) + timeliness summary
 *   POST /complaints                              register (or {fromResponse} from a suggestion)
 *   GET  /complaints/:id                          detail with its steps (contact unmasked for admins)
 *   POST /complaints/:id/steps {status,at?,note?,reason?}
 * Rights: POLICY 'complaints' (admins all units, operators their own, viewers read).
 */
import { Hono, type Context } from 'hono';
import type { Complaint } from '../../db/repositories';
import { t } from '../../survey-kit/i18n/index';
import { auditStamp } from '../auth/audit';
import { requirePermission, requireUnitScope } from '../auth/guard';
import { seesFullContacts } from '../complaints/contact';
import { complaintDto, eventDto, loadNames } from '../complaints/dto';
import { INPUT } from '../complaints/input';
import { listComplaints } from '../complaints/list';
import { registerComplaint, targetUnit } from '../complaints/register';
import { localInputValue, parseLocalTime } from '../../survey-kit/time/local-time';
import { checkStep } from '../complaints/workflow';
import type { AppEnv } from '../env';
import { ApiError } from '../errors/api-error';
import { jsonBody } from '../kiosk/http';

/** Contacts in full only to admins; everyone else sees them masked. */
function mayReadContacts(c: Context<AppEnv>): boolean {
  return seesFullContacts(c.get('user') ?? null);
}

async function complaintOf(c: Context<AppEnv>): Promise<{ complaint: Complaint; unit: { id: number; slug: string; timeZone: string } }> {
  const lang = c.get('lang');
  const raw = c.req.param('id') ?? '';
  const id = /^\d{1,12}$/.test(raw) ? Number(raw) : NaN;
  const db = c.get('db');
  const complaint = Number.isSafeInteger(id) ? await db.complaints.byId(id) : undefined;
  if (!complaint) throw new ApiError(404, 'not_found', t(lang, 'complaints.api.notFound', { id: raw }));
  const unit = await db.units.byId(complaint.unitId);
  return { complaint, unit: { id: complaint.unitId, slug: unit?.slug ?? String(complaint.unitId), timeZone: unit?.timeZone ?? 'Asia/Jakarta' } };
}

export function complaintRoutes(options: { now?: () => Date } = {}): Hono<AppEnv> {
  const now = options.now ?? (() => new Date());
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const lang = c.get('lang');
      const scope = requireUnitScope(c, 'complaints', 'read');
      const query = INPUT[lang].list.parse(c.req.query());
      const db = c.get('db');
      let unit;
      if (query.unit != null) {
        unit = await db.units.bySlug(query.unit);
        requirePermission(c, 'complaints', 'read', unit ?? { id: -1, slug: query.unit });
        if (!unit) throw new ApiError(404, 'not_found', t(lang, 'complaints.api.unitNotFound', { unit: query.unit }));
      }
      const list = await listComplaints(
        db,
        scope,
        {
          ...(unit ? { unit } : {}),
          ...(query.status != null ? { status: query.status } : {}),
          ...(query.from != null ? { from: query.from } : {}),
          ...(query.to != null ? { to: query.to } : {}),
          ...(query.q != null ? { q: query.q } : {}),
          ...(query.page != null ? { page: query.page } : {}),
        },
        now(),
      );
      return c.json(list);
    })
    .post('/', async (c) => {
      const lang = c.get('lang');
      requirePermission(c, 'complaints', 'manage');
      const body = await jsonBody(c, INPUT[lang].create);
      const db = c.get('db');
      const unit = await targetUnit(db, body, lang);
      // An operator learns nothing about other units, not even whether they exist.
      requirePermission(c, 'complaints', 'manage', unit ?? { id: -1, slug: body.unit ?? '' });
      if (!unit) throw new ApiError(404, 'not_found', t(lang, 'complaints.api.unitNotFound', { unit: body.unit ?? '' }));
      const at = now();
      const complaint = await registerComplaint(db, unit, body, auditStamp(c, at), at, lang);
      const names = await loadNames(db, [unit.id]);
      return c.json(complaintDto(complaint, names, at, mayReadContacts(c)), 201);
    })
    .get('/:id', async (c) => {
      requirePermission(c, 'complaints', 'read');
      const { complaint, unit } = await complaintOf(c);
      requirePermission(c, 'complaints', 'read', unit);
      const db = c.get('db');
      const names = await loadNames(db, [unit.id]);
      const events = await db.complaints.events(complaint.id);
      return c.json({ ...complaintDto(complaint, names, now(), mayReadContacts(c)), events: events.map(eventDto) });
    })
    .post('/:id/steps', async (c) => {
      const lang = c.get('lang');
      requirePermission(c, 'complaints', 'manage');
      const { complaint, unit } = await complaintOf(c);
      requirePermission(c, 'complaints', 'manage', unit);
      const body = await jsonBody(c, INPUT[lang].step);
      const current = now();
      const at = body.at == null ? current : parseLocalTime(body.at, unit.timeZone);
      if (at === null) throw fieldError(400, 'at', t(lang, 'complaints.api.invalidTime'));
      const problem = checkStep(complaint, { status: body.status, at, reason: body.reason, note: body.note }, current);
      if (problem) {
        const statusName = (s: Complaint['status']) => t(lang, `complaints.status.${s}`);
        switch (problem.kind) {
          case 'not_allowed':
            throw new ApiError(409, 'conflict', t(lang, 'complaints.api.stepNotAllowed', { from: statusName(complaint.status), to: statusName(body.status) }));
          case 'reason_required':
            throw fieldError(400, 'reason', t(lang, 'complaints.api.reasonRequired'));
          case 'note_required':
            throw fieldError(400, 'note', t(lang, 'complaints.api.noteRequired'));
          case 'future':
            throw fieldError(400, 'at', t(lang, 'complaints.api.future'));
          case 'before_previous':
            throw fieldError(400, 'at', t(lang, 'complaints.api.beforePrevious', { at: localInputValue(problem.previous, unit.timeZone).replace('T', ' ') }));
        }
      }
      const db = c.get('db');
      const stepped = await db.complaints.step(complaint.id, complaint.status, { status: body.status, at, note: body.note ?? null, reason: body.reason ?? null }, auditStamp(c, current));
      if (!stepped) throw new ApiError(409, 'conflict', t(lang, 'complaints.api.stale'));
      const names = await loadNames(db, [unit.id]);
      const events = await db.complaints.events(complaint.id);
      return c.json({ ...complaintDto(stepped, names, current, mayReadContacts(c)), events: events.map(eventDto) });
    });
}

function fieldError(status: 400, field: string, message: string): ApiError {
  return new ApiError(status, 'validation_failed', message, { [field]: message });
}
