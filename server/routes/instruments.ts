/**
 * Instruments: `GET /api/v1/instruments` (the built-in 2017 and 2004 ones and custom ones) and
 * `POST /api/v1/instruments` (a custom one built from a base by survey-kit's rules, admins only,
 * audited). Body: `{code, name, base?, elements:[{code, name, question?, weight?, optional?}]}`;
 * each problem comes back on its field path ("elements.2.code").
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { DbError } from '../../db/errors';
import type { StoredInstrument } from '../../db/repositories';
import { t } from '../../survey-kit/i18n/index';
import { BUILT_IN_INSTRUMENTS, SKM_2017 } from '../../survey-kit/instruments/index';
import { draftFields, instrumentFromDraft } from '../../survey-kit/periods/index';
import type { ElementDef, Lang, Method, Text } from '../../survey-kit/types';
import { auditStamp } from '../auth/audit';
import { permit } from '../auth/guard';
import { jsonBody } from '../auth/http';
import type { AppEnv } from '../env';
import { ApiError } from '../errors/api-error';

// Shapes only; what the values must be is survey-kit's to say (instrumentFromDraft).
const text = z.string().nullish().transform((s) => s ?? '');
function schema(lang: Lang) {
  return z.strictObject({
    code: text,
    name: text,
    base: z.string().nullish().transform((s) => s ?? SKM_2017.code),
    elements: z
      .array(
        z.object({
          code: text,
          name: text,
          question: z.string().nullish(),
          weight: z.union([z.string(), z.number().transform(String)]).nullish(),
          optional: z.boolean().nullish(),
        }),
        { error: t(lang, 'periods.api.elements') },
      )
      .nullish()
      .transform((rows) => rows ?? []),
  });
}
const SCHEMAS = { id: schema('id'), en: schema('en') } as const;

export interface InstrumentDto {
  id: number;
  code: string;
  name: Text;
  method: Method;
  builtIn: boolean;
  elements: ElementDef[];
}

export function instrumentDto(stored: StoredInstrument): InstrumentDto {
  const { code, name, method, elements } = stored.instrument;
  return { id: stored.id, code, name, method, builtIn: stored.builtIn, elements: [...elements] };
}

export function instrumentRoutes(): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/', permit('setup', 'read'), async (c) => {
      return c.json({ instruments: (await c.get('db').instruments.list()).map(instrumentDto) });
    })
    .post('/', permit('setup', 'manage'), async (c) => {
      const lang = c.get('lang');
      const body = await jsonBody(c, SCHEMAS[lang]);
      const built = instrumentFromDraft(body, BUILT_IN_INSTRUMENTS);
      if (!built.ok) throw new ApiError(400, 'validation_failed', t(lang, 'api.validationFailed'), draftFields(built.issues, lang));
      try {
        const stored = await c.get('db').instruments.create(built.instrument, auditStamp(c));
        return c.json(instrumentDto(stored), 201);
      } catch (error) {
        if (error instanceof DbError && error.code === 'duplicate') {
          const message = t(lang, 'periods.instrument.codeTaken', { code: built.instrument.code });
          throw new ApiError(409, 'conflict', message, { code: message });
        }
        throw error;
      }
    });
}
