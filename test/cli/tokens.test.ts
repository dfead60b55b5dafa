/** `skm tokens`: the real command stores one-time codes and writes the CSV list and the printable sheet. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { decodeSvg } from '../../server/testing/qr-decode';
import { skm, tempDir } from './helpers';

const dir = tempDir('cli-tokens');
const env = { DATABASE_URL: join(dir, 'puas.db'), PUAS_PUBLIC_URL: '', HOST: '', PORT: '' };
const run = (args: string[], extra: Record<string, string> = {}) => skm(args, { ...env, ...extra });
const TOKEN = /^[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{10}$/;

describe.sequential('skm tokens', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    expect((await run(['unit', 'add', '--slug', 'mpp', '--name', 'Mal Pelayanan Publik'])).code).toBe(0);
    expect((await run(['service', 'add', '--unit', 'mpp', '--slug', 'siup', '--name', 'SIUP'])).code).toBe(0);
  }, 120_000);

  it('stores N codes and writes them as CSV and as a sheet of slips whose QR codes open the token link', async () => {
    const out = join(dir, 'tiket.csv');
    const r = await run(['tokens', '--unit', 'mpp', '--service', 'siup', '--count', '25', '--out', out, '--base-url', 'https://skm.contoh.go.id']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [written, list, sheet] = r.stdout.trim().split('\n');
    expect(written).toMatch(/^25 kode survei sekali pakai untuk Mal Pelayanan Publik — SIUP disimpan \(kelompok \d{8}-\d{6}\)\.$/);
    expect(list).toBe(`Daftar (CSV): ${out}`);
    expect(sheet).toBe(`Lembar cetak (HTML): ${join(dir, 'tiket.html')}`);

    const rows = readFileSync(out, 'utf8').trim().split('\r\n');
    expect(rows[0]).toBe('token,url');
    const tokens = rows.slice(1).map((row) => {
      const [token, url] = row.split(',');
      expect(token).toMatch(TOKEN);
      expect(url).toBe(`https://skm.contoh.go.id/s/mpp/siup?token=${token}`);
      return token!;
    });
    expect(new Set(tokens).size).toBe(25);

    const html = readFileSync(join(dir, 'tiket.html'), 'utf8');
    const slips = [...html.matchAll(/<section class="slip" data-token="([A-Z0-9]+)">([\s\S]*?)<\/section>/g)];
    expect(slips.map((m) => m[1])).toEqual(tokens);
    const [, first, slip] = slips[0]!;
    expect(slip).toContain('Mal Pelayanan Publik — SIUP');
    expect(slip).toContain(`${first!.slice(0, 5)} ${first!.slice(5)}`);
    expect(slip).toContain(`skm.contoh.go.id/s/mpp/siup?token=${first}`);
    expect(decodeSvg(/<svg[\s\S]*?<\/svg>/.exec(slip!)![0])).toBe(`https://skm.contoh.go.id/s/mpp/siup?token=${first}`);

    const db = await openDatabase({ url: env.DATABASE_URL });
    try {
      for (const token of tokens) expect(await db.tokens.byToken(token)).toMatchObject({ usedAt: null, batch: expect.stringMatching(/^\d{8}-\d{6}$/) });
    } finally {
      await db.close();
    }
  });

  it('refuses bad arguments with a clear message, in English on request', async () => {
    const zero = await run(['tokens', '--unit', 'mpp', '--count', '0']);
    expect(zero.code).toBe(2);
    const many = await run(['tokens', '--unit', 'mpp', '--count', '10001', '--lang', 'en']);
    expect(many.code).toBe(2);
    expect(many.stderr).toContain('--count is at most 10000 per command (given: 10001).');
    const ext = await run(['tokens', '--unit', 'mpp', '--count', '3', '--out', join(dir, 'x.pdf'), '--lang', 'en']);
    expect(ext.code).toBe(2);
    expect(ext.stderr).toContain('must end in .csv or .html');
    const unknown = await run(['tokens', '--unit', 'tidak-ada', '--count', '3', '--out', join(dir, 'y.csv')]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('tidak-ada');
    const help = await run(['tokens', '--help', '--lang', 'en']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: skm tokens --unit SLUG');
  });
});
