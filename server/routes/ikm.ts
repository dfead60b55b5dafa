/**
 * The IKM API (signed-in only; operators their own units, 403 for another's; anonymous 401):
 *
 * - `GET /ikm?unit=&service=&channel=&from=&to=`: `{scope, ...result}`, the result being exactly
 *   `skm ikm --json`. Without `unit`: every unit the account may read, read with the instrument
 *   of the organisation-wide period in force on `to` (else the 2017 one).
 * - `GET /ikm/trend?…&by=month|quarter`: `{scope, by, buckets:[{from, to, ...result}]}`.
 * - `GET /ikm/ranking?from=&to=&channel=`: `{scope, units:[{unit, name, served, minimum, adequate, ...result}]}`,
 *   highest konversi first.
 * - `GET /ikm/profile?…`: `{scope, respondents, profile, channels, flags}`.
 *
 * Days are whole days in each unit's time zone, both ends included. Without from/to: the period
 * in force (or the last one ended).
 */
import { Hono } from 'hono';
import { requirePermission } from '../auth/guard';
import { parseQuery, resolveApiScope } from '../dashboard/filters';
import { loadProfile } from '../dashboard/profile';
import { loadRanking } from '../dashboard/ranking';
import { scopeInstrument, scopeJson, tallyScope } from '../dashboard/scope';
import { loadTrend } from '../dashboard/trend';
import type { AppEnv } from '../env';
import { tallyScopeIkm } from '../queries/ikm';

export const ikm = new Hono<AppEnv>()
  .get('/', async (c) => {
    requirePermission(c, 'results', 'read');
    const scope = await resolveApiScope(c, parseQuery('scope', c.req.query(), c.get('lang')));
    const db = c.get('db');
    const result = await tallyScopeIkm(db, await scopeInstrument(db, scope), tallyScope(scope));
    return c.json({ scope: scopeJson(scope), ...result });
  })
  .get('/trend', async (c) => {
    requirePermission(c, 'results', 'read');
    const query = parseQuery('trend', c.req.query(), c.get('lang'));
    const scope = await resolveApiScope(c, query);
    const buckets = await loadTrend(c.get('db'), scope, query.by);
    return c.json({ scope: scopeJson(scope), by: query.by, buckets });
  })
  .get('/ranking', async (c) => {
    requirePermission(c, 'results', 'read');
    const scope = await resolveApiScope(c, parseQuery('ranking', c.req.query(), c.get('lang')));
    const ranked = await loadRanking(c.get('db'), scope);
    const units = ranked.map(({ unit, result, served, adequacy }) => ({
      unit: unit.slug,
      name: unit.name,
      served,
      minimum: adequacy.minimum,
      adequate: adequacy.adequate,
      ...result,
    }));
    return c.json({ scope: scopeJson(scope), units });
  })
  .get('/profile', async (c) => {
    requirePermission(c, 'results', 'read');
    const scope = await resolveApiScope(c, parseQuery('scope', c.req.query(), c.get('lang')));
    const summary = await loadProfile(c.get('db'), scope);
    return c.json({ scope: scopeJson(scope), ...summary });
  });
