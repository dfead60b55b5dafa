import { describe, expect, it } from 'vitest';
import type { QrTarget } from './target';
import { buildPoster, posterBody, posterDocument } from './poster';
import { decodeSvg } from '../testing/qr-decode';

const stamp = new Date('2026-01-01T00:00:00Z');
const target: QrTarget = {
  organisation: { id: 1, slug: 'kota', name: 'Pemerintah Kota <Contoh>', defaultTimeZone: 'Asia/Jakarta', isDemo: false, logo: null, logoType: null, complaintRetentionDays: 365, createdAt: stamp },
  unit: { id: 2, organisationId: 1, slug: 'mpp', name: 'Mal Pelayanan Publik & Loket "A"', timeZone: 'Asia/Jakarta', address: 'Jl. Merdeka No. 1', coverageTarget: 0, responsesPerBrowserPerDay: 1, createdAt: stamp },
  service: { id: 3, unitId: 2, slug: 'siup', name: 'SIUP', standardDays: 5, createdAt: stamp },
};

describe('posterDocument', () => {
  it('is a standalone A4 page: names escaped, the code inline and pointing at the link, the short URL under it', async () => {
    const html = posterDocument(await buildPoster(target, 'https://skm.contoh.go.id/s/mpp/siup'));
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('@page { size: A4');
    expect(html).toContain('Mal Pelayanan Publik &amp; Loket &quot;A&quot;');
    expect(html).toContain('Pemerintah Kota &lt;Contoh&gt;');
    expect(html).toContain('>SIUP<');
    expect(html).toContain('>Jl. Merdeka No. 1<');
    expect(html).toContain('Pindai kode ini untuk mengisi Survei Kepuasan Masyarakat');
    expect(html).toContain('Scan this code to fill in the Public Satisfaction Survey');
    expect(html).toContain('>skm.contoh.go.id/s/mpp/siup<');
    // Nothing to fetch: it must print from a USB stick with no network.
    expect(html).not.toMatch(/<(link|img)\b|src=|url\(/);
    const svg = /<svg role="img"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    expect(svg).toContain('aria-label="Kode QR menuju survei: https://skm.contoh.go.id/s/mpp/siup"');
    expect(decodeSvg(svg)).toBe('https://skm.contoh.go.id/s/mpp/siup');
  });

  it('warns on screen, not on paper, when the link only opens on the server', async () => {
    const local = posterDocument(await buildPoster(target, 'http://localhost:3000/s/mpp'));
    expect(local).toContain('data-testid="local-warning"');
    const reachable = posterDocument(await buildPoster(target, 'http://192.168.1.10:3000/s/mpp'));
    expect(reachable).not.toContain('data-testid="local-warning"');
  });

  it('speaks the page language in the screen toolbar while the sheet stays Indonesian with English beneath', async () => {
    const model = await buildPoster(target, 'http://localhost:3000/s/mpp', { svg: '/api/v1/qr/mpp.svg', png: '/api/v1/qr/mpp.png' });
    const en = posterBody(model, 'en');
    const toolbar = /<nav class="toolbar"[\s\S]*?<\/nav>/.exec(en)?.[0] ?? '';
    expect(toolbar).toContain('lang="en"');
    for (const words of ['aria-label="Poster to print"', '>Print poster<', '>Download QR code (SVG)<', '>Download QR code (PNG)<', '>Open the survey<', 'Print on A4 paper', "only opens on the server's own computer"]) {
      expect(toolbar).toContain(words.replace("'", '&#39;'));
    }
    expect(toolbar).not.toContain('Cetak');
    const sheet = en.slice(en.indexOf('<main'));
    expect(sheet).toContain('Bagaimana pelayanan kami hari ini?');
    expect(sheet).toContain('How was our service today?');
    // Without a language (the `skm qr` file) the toolbar is Indonesian.
    expect(posterBody(model)).toContain('>Cetak poster<');
  });
});
