/**
 * What a poster page needs: the poster of the unit (and service) named in the URL, with survey
 * links on PUAS_PUBLIC_URL or, without it, on the address the admin reached this page by.
 */
import type { Database } from '../../../db/repositories';
import { buildPoster, type PosterModel } from '../../../server/qr/poster';
import { requestBaseUrl, surveyUrl } from '../../../server/qr/link';
import { findQrTarget } from '../../../server/qr/target';

/** null when the unit (or the service of that unit) does not exist. */
export async function loadPoster(
  locals: { db: Database; publicUrl?: string },
  pageUrl: URL,
  unit: string,
  service?: string,
): Promise<PosterModel | null> {
  const lookup = await findQrTarget(locals.db, unit, service);
  if (!lookup.found) return null;
  const base = locals.publicUrl ?? requestBaseUrl(pageUrl.href);
  const qrPath = service ? `/api/v1/qr/${unit}/${service}` : `/api/v1/qr/${unit}`;
  return buildPoster(lookup.target, surveyUrl(base, unit, service), { svg: `${qrPath}.svg`, png: `${qrPath}.png?size=1024` });
}
