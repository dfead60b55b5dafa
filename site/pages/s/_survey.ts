/**
 * What a survey page needs from the database: the unit (and service) named in the URL and the
 * instrument of the unit's period in force today (in the unit's time zone), or the 2017
 * instrument when no period is defined.
 */
import type { Database, Service, Unit } from '../../../db/repositories';
import type { Instrument, Lang } from '../../../survey-kit/types';
import { SKM_2017 } from '../../../survey-kit/instruments/index';
import { localDay } from '../../../survey-kit/time/index';

export interface SurveyPageData {
  unit: Unit;
  service: Service | null;
  instrument: Instrument;
}

/** null when the unit (or the service of that unit) does not exist. */
export async function loadSurveyPage(db: Database, unitSlug: string, serviceSlug?: string, now = new Date()): Promise<SurveyPageData | null> {
  const unit = await db.units.bySlug(unitSlug);
  if (!unit) return null;
  let service: Service | null = null;
  if (serviceSlug !== undefined) {
    service = (await db.services.bySlug(unit.id, serviceSlug)) ?? null;
    if (!service) return null;
  }
  const period = await db.periods.current(unit.id, localDay(now, unit.timeZone));
  const stored = period ? await db.instruments.byId(period.instrumentId) : undefined;
  return { unit, service, instrument: stored?.instrument ?? SKM_2017 };
}

/** `?lang=en` opens the survey in English; Bahasa Indonesia otherwise. */
export function pageLang(url: URL): Lang {
  return url.searchParams.get('lang') === 'en' ? 'en' : 'id';
}

/** QR links are the default; a link shared on a website can say `?channel=online`. */
export function webChannel(url: URL): 'qr' | 'online' {
  return url.searchParams.get('channel') === 'online' ? 'online' : 'qr';
}
