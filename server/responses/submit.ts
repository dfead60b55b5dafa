/**
 * The rules of a survey submission, between the HTTP route and the repository: the body against
 * the instrument in force, kiosk devices, one-time tokens, the one-per-browser-per-day rule and
 * the data-quality flags. Storing (idempotent, durable, group-committed) is the repository's job.
 */
import type { Database, Device, Service, Submission, SubmissionOutcome } from '../../db/repositories';
import { t } from '../../survey-kit/i18n/index';
import { qualityFlags } from '../../survey-kit/quality/flags';
import type { Answers, Lang, Profile } from '../../survey-kit/types';
import { ApiError } from '../errors/api-error';
import { normaliseToken, TOKEN_LENGTH } from '../tokens/token';
import { fieldMessages, responseBodySchema, type ResponseBody } from './body';
import { SubmissionCatalog, type InstrumentInForce } from './catalog';

/** What the API answers for a stored response (201 the first time, 200 with the same body after). */
export interface ReceiptBody {
  id: string;
  receivedAt: string;
  unit: string;
  service: string | null;
  flags: string[];
}

export interface SubmitInput {
  body: unknown;
  lang: Lang;
  /** The kiosk device authenticated by its credential, if any. */
  device: Device | undefined;
  /** The browser's mark from its cookie; null when it has none. */
  browserId: string | null;
  /** Makes a new browser mark (the route sets it as a cookie). */
  newBrowserId: () => string;
  now: Date;
}

export interface SubmitResult {
  status: 200 | 201;
  receipt: ReceiptBody;
  /** A browser mark made for this submission, to be set as the browser's cookie. */
  newBrowserId?: string;
}

function invalid(lang: Lang, fields: Record<string, string>): ApiError {
  return new ApiError(400, 'validation_failed', t(lang, 'api.response.invalid'), fields);
}

/** Every element answered 1–4 (or null when optional); unknown and missing ones, per field. */
function checkAnswers(lang: Lang, given: ResponseBody['answers'], inForce: InstrumentInForce): { answers: Answers } | { fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  for (const code of Object.keys(given)) {
    if (!inForce.codes.has(code)) fields[`answers.${code}`] = t(lang, 'api.field.unknownElement', { code, instrument: inForce.instrument.code });
  }
  const answers: Answers = {};
  for (const element of inForce.instrument.elements) {
    const score = Object.prototype.hasOwnProperty.call(given, element.code) ? given[element.code]! : null;
    if (score === null && !element.optional) fields[`answers.${element.code}`] = t(lang, 'api.field.missingElement', { code: element.code });
    answers[element.code] = score;
  }
  return Object.keys(fields).length > 0 ? { fields } : { answers };
}

function profileOf(body: ResponseBody): Profile {
  const p = body.profile ?? {};
  return { jenisKelamin: p.jenis_kelamin ?? null, usia: p.usia ?? null, pendidikan: p.pendidikan ?? null, pekerjaan: p.pekerjaan ?? null, pekerjaanLainnya: null };
}

export class SubmissionService {
  private readonly catalog: SubmissionCatalog;

  constructor(private readonly db: Database) {
    this.catalog = new SubmissionCatalog(db);
  }

  async submit(input: SubmitInput): Promise<SubmitResult> {
    const { lang, device, now } = input;
    const ms = now.getTime();
    const parsed = responseBodySchema.safeParse(input.body);
    if (!parsed.success) throw invalid(lang, fieldMessages(lang, parsed.error, input.body));
    const body = parsed.data;
    // Kept exactly as sent: the client recognises its acknowledgement by this string.
    const clientId = body.id;

    if (body.channel === 'kiosk' && !device) throw new ApiError(401, 'unauthorized', t(lang, 'api.response.deviceRequired'));
    const unit = await this.catalog.unit(body.unit, ms);
    if (!unit) throw new ApiError(404, 'not_found', t(lang, 'api.unitNotFound', { unit: body.unit }));
    if (body.channel === 'kiosk' && device!.unitId !== unit.id) {
      throw new ApiError(403, 'forbidden', t(lang, 'api.response.deviceOtherUnit', { unit: body.unit }));
    }
    let service: Service | null = null;
    if (body.service !== undefined) {
      service = (await this.catalog.service(unit.id, body.service, ms)) ?? null;
      if (!service) throw new ApiError(404, 'not_found', t(lang, 'api.serviceNotFound', { service: body.service, unit: body.unit }));
    }

    let token: string | null = null;
    if (body.token !== undefined) {
      token = normaliseToken(body.token);
      if (token === null) throw invalid(lang, { token: t(lang, 'api.field.tokenFormat', { length: TOKEN_LENGTH }) });
      const stored = await this.db.tokens.byToken(token);
      if (!stored) throw invalid(lang, { token: t(lang, 'api.field.tokenUnknown', { token }) });
      if (stored.unitId !== unit.id) throw invalid(lang, { token: t(lang, 'api.field.tokenOtherUnit') });
      if (stored.serviceId !== null) {
        if (service && service.id !== stored.serviceId) throw invalid(lang, { token: t(lang, 'api.field.tokenOtherService') });
        // A token printed for a service speaks for that service, also through the unit's link.
        service ??= (await this.db.services.listByUnit(unit.id)).find((s) => s.id === stored.serviceId) ?? null;
      }
    }

    const day = this.catalog.localDay(now, unit.timeZone);
    const inForce = await this.catalog.instrument(unit.id, day, ms);
    if (!inForce) throw new Error(`No instrument in force for unit ${unit.slug}`);
    const checked = checkAnswers(lang, body.answers, inForce);
    if ('fields' in checked) {
      // Sent again after the instrument changed (a new period began): the first answer stands.
      const stored = await this.db.responses.receipt(clientId);
      if (stored) return { status: 200, receipt: receiptBody(stored) };
      throw invalid(lang, checked.fields);
    }

    // A kiosk serves many people; a token is its own one-response control.
    let browser: Submission['browser'] = null;
    let newBrowserId: string | undefined;
    if (body.channel !== 'kiosk' && token === null && unit.responsesPerBrowserPerDay > 0) {
      let id = input.browserId;
      if (id === null) id = newBrowserId = input.newBrowserId();
      browser = { id, limit: unit.responsesPerBrowserPerDay };
    }

    const completionSeconds = body.completionSeconds ?? null;
    const submission: Submission = {
      response: {
        clientId,
        unitId: unit.id,
        serviceId: service?.id ?? null,
        instrumentId: inForce.id,
        channel: body.channel,
        deviceId: device?.id ?? null,
        submittedAt: now,
        answers: checked.answers,
        profile: profileOf(body),
        saran: body.saran?.trim() || null,
        completionSeconds,
        flags: qualityFlags(checked.answers, inForce.instrument.elements.length, completionSeconds),
      },
      unitSlug: unit.slug,
      serviceSlug: service?.slug ?? null,
      token,
      browser,
    };
    const outcome = await this.db.responses.accept(submission);
    return this.result(lang, outcome, newBrowserId);
  }

  private result(lang: Lang, outcome: SubmissionOutcome, newBrowserId: string | undefined): SubmitResult {
    const mark = newBrowserId ? { newBrowserId } : {};
    switch (outcome.status) {
      case 'created':
        return { status: 201, receipt: receiptBody(outcome.receipt), ...mark };
      case 'existing':
        return { status: 200, receipt: receiptBody(outcome.receipt), ...mark };
      case 'token_used':
        throw new ApiError(409, 'token_used', t(lang, 'api.response.tokenUsed'));
      case 'browser_limit':
        throw new ApiError(409, 'already_responded', t(lang, 'api.response.alreadyResponded'));
      case 'failed':
        throw outcome.error;
    }
  }
}

function receiptBody(r: { clientId: string; receivedAt: Date; unit: string; service: string | null; flags: readonly string[] }): ReceiptBody {
  return { id: r.clientId, receivedAt: r.receivedAt.toISOString(), unit: r.unit, service: r.service, flags: [...r.flags] };
}
