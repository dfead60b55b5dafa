import { describe, expect, it } from 'vitest';
import { readConfig } from '../config';
import { displayUrl, isLocalUrl, normaliseBaseUrl, requestBaseUrl, surveyUrl } from './link';

describe('normaliseBaseUrl', () => {
  it('keeps scheme, host, port and path prefix, without trailing slashes', () => {
    expect(normaliseBaseUrl('https://skm.contoh.go.id/')).toBe('https://skm.contoh.go.id');
    expect(normaliseBaseUrl(' http://192.168.1.10:3000 ')).toBe('http://192.168.1.10:3000');
    expect(normaliseBaseUrl('https://contoh.go.id/layanan/skm//')).toBe('https://contoh.go.id/layanan/skm');
    expect(normaliseBaseUrl('HTTPS://Contoh.GO.id')).toBe('https://contoh.go.id');
  });

  it('refuses what is not a complete http(s) address or would leak into the link', () => {
    for (const bad of ['skm.contoh.go.id', 'ftp://contoh.go.id', 'https://', 'https://contoh.go.id/?a=1', 'https://contoh.go.id/#x', 'https://u:p@contoh.go.id', 'javascript:alert(1)', '']) {
      expect(normaliseBaseUrl(bad), bad).toBeNull();
    }
  });
});

describe('survey links', () => {
  it('points to /s/{unit} and /s/{unit}/{service}', () => {
    expect(surveyUrl('https://skm.contoh.go.id', 'perizinan')).toBe('https://skm.contoh.go.id/s/perizinan');
    expect(surveyUrl('https://contoh.go.id/skm/', 'perizinan', 'siup')).toBe('https://contoh.go.id/skm/s/perizinan/siup');
    expect(requestBaseUrl('http://10.0.0.5:8080/poster/x?y=1')).toBe('http://10.0.0.5:8080');
  });

  it('prints https links without the scheme, and keeps http:// (a browser may not fall back to it)', () => {
    expect(displayUrl('https://skm.contoh.go.id/s/perizinan')).toBe('skm.contoh.go.id/s/perizinan');
    expect(displayUrl('http://192.168.1.10:3000/s/perizinan')).toBe('http://192.168.1.10:3000/s/perizinan');
  });

  it('knows which links only open on the server itself', () => {
    for (const url of ['http://localhost:3000/s/a', 'http://127.0.0.1/s/a', 'http://[::1]:3000/s/a', 'http://app.localhost/s/a']) {
      expect(isLocalUrl(url), url).toBe(true);
    }
    for (const url of ['http://192.168.1.10:3000/s/a', 'https://skm.contoh.go.id/s/a', 'http://localhost.contoh.go.id/s/a']) {
      expect(isLocalUrl(url), url).toBe(false);
    }
  });
});

describe('PUAS_PUBLIC_URL', () => {
  it('is read and normalised, absent by default', () => {
    expect(readConfig({}).publicUrl).toBeUndefined();
    expect(readConfig({ PUAS_PUBLIC_URL: '' }).publicUrl).toBeUndefined();
    expect(readConfig({ PUAS_PUBLIC_URL: 'https://skm.contoh.go.id/' }).publicUrl).toBe('https://skm.contoh.go.id');
  });

  it('is refused, naming the value, when it is not a complete address', () => {
    expect(() => readConfig({ PUAS_PUBLIC_URL: 'skm.contoh.go.id' })).toThrow(/PUAS_PUBLIC_URL.*skm\.contoh\.go\.id/);
  });
});
