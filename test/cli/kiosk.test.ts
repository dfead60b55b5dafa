/** `skm kiosk`: the real command makes a code a tablet can redeem, lists kiosks and revokes them. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { redeemPairing } from '../../server/kiosk/pairing';
import { verifyPin } from '../../server/kiosk/pin';
import { skm, tempDir } from './helpers';

const dir = tempDir('cli-kiosk');
const DATABASE_URL = join(dir, 'puas.db');
const env = { DATABASE_URL, PUAS_PUBLIC_URL: '', HOST: '', PORT: '' };
const run = (args: string[], extra: Record<string, string> = {}) => skm(args, { ...env, ...extra });

/** Redeems a code as a tablet would, straight against the same database file. */
async function redeem(code: string) {
  const db = await openDatabase({ url: DATABASE_URL });
  try {
    return await redeemPairing(db, code, new Date());
  } finally {
    await db.close();
  }
}

describe.sequential('skm kiosk', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    expect((await run(['unit', 'add', '--slug', 'mpp', '--name', 'Mal Pelayanan Publik', '--tz', 'Asia/Makassar'])).code).toBe(0);
    expect((await run(['service', 'add', '--unit', 'mpp', '--slug', 'siup', '--name', 'SIUP'])).code).toBe(0);
  }, 120_000);

  it('pair prints a code, its expiry, the target and the URL to open; the code pairs one tablet once', async () => {
    const r = await run(
      ['kiosk', 'pair', '--unit', 'mpp', '--service', 'siup', '--name', 'Tablet loket 3', '--pin', '4321', '--idle', '90', '--thanks', '5'],
      { PUAS_PUBLIC_URL: 'http://192.168.1.10:3000' },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    const code = /^Kode pemasangan: ([A-Z2-9]{3}-[A-Z2-9]{3})$/.exec(lines[0]!)?.[1];
    expect(code, lines[0]).toBeDefined();
    expect(lines[1]).toMatch(/^Berlaku sampai \d{4}-\d\d-\d\d \d\d:\d\d WITA \(15 menit, sekali pakai\)\.$/);
    expect(lines[2]).toBe('Unit: mpp (Mal Pelayanan Publik) · layanan: siup (SIUP) · nama kiosk: Tablet loket 3 · batas diam 90 dtk · layar terima kasih 5 dtk');
    expect(lines[3]).toBe('Buka di tablet: http://192.168.1.10:3000/kiosk lalu ketik kodenya.');
    // The operator chose the PIN: it is not printed.
    expect(lines).toHaveLength(4);

    const first = await redeem(code!.toLowerCase());
    expect(first.ok).toBe(true);
    if (first.ok) {
      expect(first.paired).toMatchObject({ device: { name: 'Tablet loket 3' }, unit: { slug: 'mpp' }, service: { slug: 'siup' }, settings: { idleSeconds: 90, thanksSeconds: 5 } });
    }
    expect(await redeem(code!)).toEqual({ ok: false, reason: 'used' });
  });

  it('pair without --pin makes one and shows it once; a local URL gets a warning (English)', async () => {
    const r = await run(['kiosk', 'pair', '--unit', 'mpp', '--lang', 'en'], { PORT: '8080' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Pairing code: [A-Z2-9]{3}-[A-Z2-9]{3}\n/);
    expect(r.stdout).toContain('Unit: mpp (Mal Pelayanan Publik) · kiosk name: Kiosk 2 · idle limit 60 s · thank-you screen 8 s');
    expect(r.stdout).toContain('Open on the tablet: http://localhost:8080/kiosk then type the code.');
    expect(r.stdout).toMatch(/Staff exit PIN: \d{6} \(write it down now; it is not shown again\)\./);
    expect(r.stderr.trim()).toBe(
      'Warning: http://localhost:8080/kiosk only opens on this computer. Start the server with HOST=0.0.0.0 and give --base-url, e.g. --base-url http://192.168.1.10:3000.',
    );
  });

  it('list shows each kiosk with its unit, service, last seen, queue and status; set changes it; revoke revokes once', async () => {
    const listed = await run(['kiosk', 'list', '--unit', 'mpp']);
    expect(listed.code).toBe(0);
    const rows = listed.stdout.trim().split('\n');
    expect(rows[0]).toBe('ID  Nama | Unit | Layanan | Terakhir terlihat | Menunggu | Ditolak | Status');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatch(/^1 {2}Tablet loket 3 \| mpp \| siup \| \d{4}-\d\d-\d\d \d\d:\d\d WITA \| 0 \| 0 \| aktif$/);

    const changed = await run(['kiosk', 'set', '1', '--name', 'Tablet lobi', '--idle', '30', '--thanks', '4', '--pin', '97531']);
    expect(changed.stderr).toBe('');
    expect(changed.stdout.trim()).toBe(
      'Kiosk 1 (Tablet lobi) diubah: batas diam 30 dtk, layar terima kasih 4 dtk. Tablet memakainya saat dibuka ulang atau dalam 10 menit.',
    );
    const db = await openDatabase({ url: DATABASE_URL });
    try {
      const device = await db.devices.byId(1);
      expect(device).toMatchObject({ name: 'Tablet lobi', idleSeconds: 30, thanksSeconds: 4 });
      expect(await verifyPin('97531', device!.exitPinHash!)).toBe(true);
      expect(await verifyPin('4321', device!.exitPinHash!)).toBe(false);
    } finally {
      await db.close();
    }

    const revoked = await run(['kiosk', 'revoke', '1']);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toContain('Kiosk 1 (Tablet lobi) dicabut.');
    expect((await run(['kiosk', 'revoke', '1'])).stdout).toContain('Kiosk 1 (Tablet lobi) sudah dicabut sebelumnya.');
    expect((await run(['kiosk', 'list'])).stdout).toMatch(/\| dicabut \d{4}-\d\d-\d\d \d\d:\d\d WITA\n$/);
  });

  it('explains every mistake in one line', async () => {
    const cases: [string[], number, string][] = [
      [['kiosk'], 2, 'skm: pair|list|set|revoke belum diberikan untuk "skm kiosk".'],
      [['kiosk', 'set', '1'], 2, 'skm: --name|--pin|--idle|--thanks belum diberikan untuk "skm kiosk set".'],
      [['kiosk', 'set', '99', '--idle', '20'], 1, 'skm: Kiosk 99 tidak ditemukan. Lihat daftar dengan: skm kiosk list'],
      [['kiosk', 'pair'], 2, 'skm: opsi "--unit" wajib diisi untuk "skm kiosk pair".'],
      [['kiosk', 'pair', '--unit', 'mpp', '--pin', '12'], 2, 'skm: --pin harus 4–8 angka.'],
      [['kiosk', 'pair', '--unit', 'mpp', '--idle', '3'], 2, 'skm: --idle "3" tidak sah: gunakan bilangan bulat 5–3600.'],
      [['kiosk', 'pair', '--unit', 'mpp', '--thanks', 'x', '--lang', 'en'], 2, 'skm: --thanks "x" is not valid: give a whole number 2–600.'],
      [['kiosk', 'pair', '--unit', 'tidak-ada'], 1, 'skm: Unit "tidak-ada" tidak ditemukan.'],
      [['kiosk', 'pair', '--unit', 'mpp', '--service', 'imb', '--lang', 'en'], 1, 'skm: Service "imb" not found in unit "mpp".'],
      [['kiosk', 'revoke', '99'], 1, 'skm: Kiosk 99 tidak ditemukan. Lihat daftar dengan: skm kiosk list'],
      [['kiosk', 'revoke'], 2, 'skm: ID belum diberikan untuk "skm kiosk revoke".'],
    ];
    const results = await Promise.all(cases.map(([args]) => run(args)));
    results.forEach((r, i) => {
      const [args, code, message] = cases[i]!;
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.stderr.trim(), args.join(' ')).toBe(message);
    });
    const help = await run(['kiosk', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('skm kiosk pair --unit SLUG');
  });
});
