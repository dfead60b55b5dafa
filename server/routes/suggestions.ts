/**
 * `GET /api/v1/suggestions?unit=&service=&channel=&from=&to=&q=&page=&pageSize=`: the respondents'
 * suggestions (saran) of a scope, newest first, 20 a page; `q` keeps those containing every
 * word. Same access as the IKM: signed-in, operators their own units. The text is returned as
 * typed; whoever shows it renders it as text.
 */
import { Hono } from 'hono';
import { requirePermission } from '../auth/guard';
import { parseQuery, resolveApiScope } from '../dashboard/filters';
import { loadSuggestions } from '../dashboard/profile';
import { scopeJson } from '../dashboard/scope';
import type { AppEnv } from '../env';

export const suggestions = new Hono<AppEnv>().get('/', async (c) => {
  requirePermission(c, 'results', 'read');
  const query = parseQuery('suggestions', c.req.query(), c.get('lang'));
  const scope = await resolveApiScope(c, query);
  const page = await loadSuggestions(c.get('db'), scope, { search: query.q, page: query.page, pageSize: query.pageSize });
  return c.json({ scope: scopeJson(scope), ...page });
});
