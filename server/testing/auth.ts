/** Accounts and signed-in requests for tests (API via `app.request`, no browser). */
import type { Database, Role } from '../../db/repositories';
import { hashPassword } from '../auth/password';

export const TEST_PASSWORD = 'sandi-uji-12345';

/** Creates an account directly in the database (no audit entry); operators get the units named. */
export async function addUser(
  db: Database,
  username: string,
  role: Role,
  options: { units?: readonly string[]; password?: string; mustChangePassword?: boolean } = {},
): Promise<number> {
  const unitIds: number[] = [];
  for (const slug of options.units ?? []) {
    const unit = await db.units.bySlug(slug);
    if (!unit) throw new Error(`test unit ${slug} missing`);
    unitIds.push(unit.id);
  }
  const user = await db.users.create({
    username,
    displayName: username,
    role,
    passwordHash: await hashPassword(options.password ?? TEST_PASSWORD),
    mustChangePassword: options.mustChangePassword ?? false,
    unitIds,
  });
  return user.id;
}

interface RequestApp {
  request(path: string, init?: RequestInit): Response | Promise<Response>;
}

export interface Signed {
  cookie: string;
  csrf: string;
  /** Headers of a signed-in request; `csrf: false` leaves the token out. */
  headers(extra?: Record<string, string>, options?: { csrf?: boolean }): Record<string, string>;
}

/** The `name=value` of a Set-Cookie header (empty value: the cookie was cleared). */
export function sessionCookie(res: Response): string | undefined {
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(';');
    if (pair?.startsWith('puas_session=')) return pair;
  }
  return undefined;
}

export async function signInApi(app: RequestApp, username: string, password: string = TEST_PASSWORD): Promise<Signed> {
  const res = await app.request('/api/v1/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${username} failed: ${res.status} ${await res.text()}`);
  const cookie = sessionCookie(res);
  if (!cookie) throw new Error('no session cookie');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return {
    cookie,
    csrf: csrfToken,
    headers: (extra = {}, options = {}) => ({ cookie, ...(options.csrf === false ? {} : { 'x-csrf-token': csrfToken }), ...extra }),
  };
}
