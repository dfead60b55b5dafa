import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

describe('readConfig', () => {
  it('has safe defaults: loopback, port 3000, ./data/puas.db, demo on', () => {
    expect(readConfig({})).toEqual({ port: 3000, host: '127.0.0.1', databaseUrl: './data/puas.db', demo: true });
  });

  it('reads every variable', () => {
    expect(readConfig({ PORT: '8080', HOST: '0.0.0.0', DATABASE_URL: '/srv/puas.db', PUAS_DEMO: '0' })).toEqual({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: '/srv/puas.db',
      demo: false,
    });
    expect(readConfig({ PUAS_DEMO: 'off' }).demo).toBe(false);
    expect(readConfig({ PUAS_DEMO: '1' }).demo).toBe(true);
  });

  it('rejects a bad port and a bad switch, naming the value', () => {
    expect(() => readConfig({ PORT: 'abc' })).toThrow(/PORT.*abc/);
    expect(() => readConfig({ PORT: '70000' })).toThrow(/70000/);
    expect(() => readConfig({ PUAS_DEMO: 'maybe' })).toThrow(/PUAS_DEMO.*maybe/);
  });

  it('reads PUAS_SECURE_COOKIES as a switch', () => {
    expect(readConfig({ PUAS_SECURE_COOKIES: '1' }).secureCookies).toBe(true);
    expect(readConfig({ PUAS_SECURE_COOKIES: 'off' }).secureCookies).toBe(false);
    expect(readConfig({}).secureCookies).toBeUndefined();
    expect(() => readConfig({ PUAS_SECURE_COOKIES: 'yes please' })).toThrow(/PUAS_SECURE_COOKIES.*yes please/);
  });
});
