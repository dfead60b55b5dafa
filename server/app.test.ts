import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_BODY_LIMIT, createApp } from './app';
import { addUser, signInApi } from './testing/auth';
import { createFixture, type Fixture } from './testing/fixture';

let fx: Fixture;
beforeAll(async () => {
  fx = await createFixture();
  await addUser(fx.db, 'pembaca', 'viewer');
});
afterAll(() => fx.db.close());

describe('errors at the edge', () => {
  it('answers an unknown API route with JSON 404', async () => {
    const res = await createApp({ db: fx.db }).request('/api/v1/nope');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/json');
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('not_found');
    expect(body.error.message).toContain('/api/v1/nope');
  });

  it('refuses bodies over 64 KB with JSON 413', async () => {
    const res = await createApp({ db: fx.db }).request('/api/v1/units', {
      method: 'POST',
      body: 'x'.repeat(API_BODY_LIMIT + 1),
      headers: { 'content-type': 'text/plain' },
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
  });

  it('accepts a body at the limit (then routes it)', async () => {
    const res = await createApp({ db: fx.db }).request('/api/v1/units', {
      method: 'POST',
      body: 'x'.repeat(API_BODY_LIMIT),
      headers: { 'content-type': 'text/plain' },
    });
    // Past the limit check, the unit route itself answers: nobody is signed in.
    expect(res.status).toBe(401);
  });

  it('turns an unexpected failure into JSON 500 without leaking it', async () => {
    const broken = { ...fx.db, units: { ...fx.db.units, list: () => Promise.reject(new Error('disk on fire')) } };
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (e: unknown) => errors.push(e);
    try {
      const app = createApp({ db: broken });
      const res = await app.request('/api/v1/units', { headers: (await signInApi(app, 'pembaca')).headers() });
      expect(res.status).toBe(500);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('internal');
      expect(body.error.message).not.toContain('disk on fire');
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
  });

  it('without the site, other paths are a plain 404', async () => {
    const res = await createApp({ db: fx.db }).request('/dashboard/x');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('text/plain');
  });
});
