import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import type { ApiErrorBody } from '../errors/api-error';
import { createFixture, type Fixture } from '../testing/fixture';
import { decodePng, decodeSvg } from '../testing/qr-decode';

let fx: Fixture;
beforeAll(async () => {
  fx = await createFixture();
});
afterAll(() => fx.db.close());

// app.request() addresses the app as http://localhost: that is "the server's own URL".
const get = (path: string, init?: RequestInit, publicUrl?: string) =>
  createApp({ db: fx.db, ...(publicUrl ? { publicUrl } : {}) }).request(path, init);

describe('GET /api/v1/qr/{unit}.svg', () => {
  it('is an SVG that decodes to the unit survey link', async () => {
    const res = await get(`/api/v1/qr/${fx.unitSlug}.svg`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(res.headers.get('content-disposition')).toBe(`inline; filename="skm-qr-${fx.unitSlug}.svg"`);
    const svg = await res.text();
    expect(svg).toMatch(/^<svg [^>]*width="512"/);
    expect(decodeSvg(svg)).toBe('http://localhost/s/loket-makassar');
  });

  it('links a service to /s/{unit}/{service}, on the host the request came in on', async () => {
    const res = await get(`http://192.168.1.10:3000/api/v1/qr/${fx.unitSlug}/${fx.serviceSlug}.svg`);
    expect(res.status).toBe(200);
    expect(decodeSvg(await res.text())).toBe('http://192.168.1.10:3000/s/loket-makassar/izin-a');
  });
});

describe('GET /api/v1/qr/{unit}.png', () => {
  it('is a PNG of the requested size that decodes to the survey link', async () => {
    const res = await get(`/api/v1/qr/${fx.unitSlug}.png?size=256`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const png = decodePng(new Uint8Array(await res.arrayBuffer()));
    expect([png.width, png.height]).toEqual([256, 256]);
    expect(png.text).toBe('http://localhost/s/loket-makassar');
  });

  it('uses PUAS_PUBLIC_URL (with its path prefix) instead of the request host', async () => {
    const res = await get(`/api/v1/qr/${fx.unitSlug}/${fx.serviceSlug}.png`, undefined, 'https://skm.contoh.go.id/puas');
    expect(res.status).toBe(200);
    const png = decodePng(new Uint8Array(await res.arrayBuffer()));
    expect(png.width).toBe(512);
    expect(png.text).toBe('https://skm.contoh.go.id/puas/s/loket-makassar/izin-a');
  });
});

describe('QR errors', () => {
  async function error(path: string, init?: RequestInit): Promise<{ status: number; body: ApiErrorBody }> {
    const res = await get(path, init);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    return { status: res.status, body: (await res.json()) as ApiErrorBody };
  }

  it('answers 404 JSON for an unknown unit or service', async () => {
    const unit = await error('/api/v1/qr/tidak-ada.png');
    expect(unit.status).toBe(404);
    expect(unit.body.error).toEqual({ code: 'not_found', message: 'Unit "tidak-ada" tidak ditemukan.' });

    const service = await error(`/api/v1/qr/${fx.unitSlug}/tidak-ada.svg`, { headers: { 'Accept-Language': 'en' } });
    expect(service.status).toBe(404);
    expect(service.body.error).toEqual({ code: 'not_found', message: 'Service "tidak-ada" not found in unit "loket-makassar".' });
  });

  it('answers 404 for a format it does not make', async () => {
    for (const path of [`/api/v1/qr/${fx.unitSlug}.gif`, `/api/v1/qr/${fx.unitSlug}`, `/api/v1/qr/${fx.unitSlug}/${fx.serviceSlug}/x.svg`]) {
      const { status, body } = await error(path);
      expect(status, path).toBe(404);
      expect(body.error.code).toBe('not_found');
    }
  });

  it('keeps ?size= within bounds', async () => {
    for (const size of ['127', '4097', '99999999', 'abc', '', '512.5', '-1']) {
      const { status, body } = await error(`/api/v1/qr/${fx.unitSlug}.png?size=${size}`);
      expect(status, size).toBe(400);
      expect(body.error.fields).toEqual({ size: 'Ukuran harus bilangan bulat 128–4096 piksel.' });
    }
    for (const size of ['128', '4096']) {
      const res = await get(`/api/v1/qr/${fx.unitSlug}.png?size=${size}`);
      expect(res.status, size).toBe(200);
      // Width from the PNG header: decoding 4096² pixels would take seconds.
      const header = new DataView(await res.arrayBuffer());
      expect([header.getUint32(16), header.getUint32(20)]).toEqual([Number(size), Number(size)]);
    }
  });
});
