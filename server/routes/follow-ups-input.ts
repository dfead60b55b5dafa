/**
 * Input of the follow-up plan API. The rule of a done item (evidence and a completion day not
 * after today in the unit's zone) is checked on the item as it will be after the change, so a
 * PATCH that only sets the status is refused when the stored item lacks them. The planned action
 * is called `task` in the API: a form control named "action" would shadow `form.action` in the
 * browser (the staff pages post these forms with site/client/api-form.ts).
 */
import { z } from 'zod';
import type { FollowUpChange } from '../../db/repositories';
import { FOLLOW_UP_STATUSES, type FollowUpItemRow } from '../../db/schema/sqlite';
import { t } from '../../survey-kit/i18n/index';
import { isValidDay } from '../../survey-kit/index';
import type { Day, Lang } from '../../survey-kit/types';

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const ELEMENT = /^[A-Za-z0-9_-]{1,40}$/;

function parts(lang: Lang) {
  const day = (key: 'followup.api.dueRequired' | 'followup.api.completedOnInvalid') =>
    z.string({ error: t(lang, key) }).refine(isValidDay, { error: t(lang, key) });
  return {
    slug: z.string({ error: t(lang, 'api.slugRequired') }).regex(SLUG, { error: t(lang, 'api.slugRequired') }),
    /** A query parameter is text; a JSON body must carry a number. */
    queryPeriod: z.coerce.number({ error: t(lang, 'followup.api.periodInvalid') }).int({ error: t(lang, 'followup.api.periodInvalid') }).positive({ error: t(lang, 'followup.api.periodInvalid') }),
    period: z.number({ error: t(lang, 'followup.api.periodInvalid') }).int({ error: t(lang, 'followup.api.periodInvalid') }).positive({ error: t(lang, 'followup.api.periodInvalid') }),
    element: z.string().regex(ELEMENT, { error: (i) => t(lang, 'followup.api.elementUnknown', { code: String(i.input) }) }).nullable(),
    task: z.string({ error: t(lang, 'followup.api.actionRequired') }).trim().min(1, { error: t(lang, 'followup.api.actionRequired') }).max(1000, { error: t(lang, 'followup.api.actionRequired') }),
    owner: z.string({ error: t(lang, 'followup.api.ownerRequired') }).trim().min(1, { error: t(lang, 'followup.api.ownerRequired') }).max(200, { error: t(lang, 'followup.api.ownerRequired') }),
    due: day('followup.api.dueRequired'),
    completedOn: day('followup.api.completedOnInvalid').nullable(),
    status: z.enum(FOLLOW_UP_STATUSES, { error: t(lang, 'followup.api.statusInvalid') }),
    evidence: z.string().trim().max(2000, { error: t(lang, 'followup.api.evidenceTooLong') }).nullable().transform((v) => (v === '' ? null : v)),
  };
}

function schemas(lang: Lang) {
  const p = parts(lang);
  return {
    list: z.object({ unit: p.slug, period: p.queryPeriod.optional() }),
    create: z.object({
      unit: p.slug,
      period: p.period.nullable().optional(),
      elementCode: p.element.optional(),
      task: p.task,
      owner: p.owner,
      dueDay: p.due,
    }),
    change: z
      .object({
        task: p.task.optional(),
        owner: p.owner.optional(),
        dueDay: p.due.optional(),
        elementCode: p.element.optional(),
        status: p.status.optional(),
        evidence: p.evidence.optional(),
        completedOn: p.completedOn.optional(),
      })
      .strict(),
  };
}

export const FOLLOW_UP_SCHEMAS = { id: schemas('id'), en: schemas('en') } as const;

export type FollowUpChangeInput = z.infer<(typeof FOLLOW_UP_SCHEMAS)['id']['change']>;

/**
 * The change to store, or the field messages that refuse it. An item that is not done keeps no
 * completion day; a done one needs evidence and a completion day that is not after `today`.
 */
export function settleChange(
  item: FollowUpItemRow,
  input: FollowUpChangeInput,
  today: Day,
  lang: Lang,
): { change: FollowUpChange; fields: null } | { change: null; fields: Record<string, string> } {
  const { task, ...rest } = input;
  const change: FollowUpChange = { ...rest, ...(task !== undefined ? { action: task } : {}) };
  const status = input.status ?? item.status;
  const evidence = input.evidence !== undefined ? input.evidence : item.evidence;
  const completedOn = input.completedOn !== undefined ? input.completedOn : item.completedOn;
  if (status !== 'done') {
    if (completedOn !== null) change.completedOn = null;
    return { change, fields: null };
  }
  const fields: Record<string, string> = {};
  if (evidence === null || evidence.trim() === '') fields.evidence = t(lang, 'followup.api.evidenceRequired');
  if (completedOn === null) fields.completedOn = t(lang, 'followup.api.completedOnRequired');
  else if (completedOn > today) fields.completedOn = t(lang, 'followup.api.completedOnFuture', { today });
  return Object.keys(fields).length > 0 ? { change: null, fields } : { change, fields: null };
}

/** An item as the API answers it (the stored `action` as `task`, see above). */
export function presentItem(row: FollowUpItemRow) {
  const { action, ...rest } = row;
  return { ...rest, task: action };
}
