/** `skm user` through the real `node bin/skm.js`, the password on standard input. */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { verifyPassword } from '../../server/auth/password';
import { hashSessionId } from '../../server/auth/session';
import { ROOT, skm, tempDir, type SkmResult } from './helpers';

const dir = tempDir('cli-user');
const env = { DATABASE_URL: join(dir, 'puas.db') };

/** Runs skm with `input` written to its standard input (then closed). */
function skmWithInput(args: readonly string[], input: string): Promise<SkmResult> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/skm.js'), ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input);
  });
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.sequential('skm user', { timeout: 120_000 }, () => {
  it('creates an administrator from a password on standard input', async () => {
    const r = await skmWithInput(['user', 'create', '--username', 'Sari', '--role', 'admin', '--name', 'Sari Wulandari'], 'sandi-admin-123\nignored second line\n');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('Pengguna "sari" (admin) dibuat.');
    const db = await openDatabase({ url: env.DATABASE_URL });
    try {
      const user = (await db.users.byUsername('sari'))!;
      expect(user).toMatchObject({ displayName: 'Sari Wulandari', role: 'admin', mustChangePassword: false });
      expect(await verifyPassword('sandi-admin-123', user.passwordHash)).toBe(true);
      const [entry] = (await db.audit.list()).entries;
      expect(entry).toMatchObject({ actor: 'cli', userId: null, action: 'user.create', entityId: String(user.id) });
    } finally {
      await db.close();
    }
  });

  it('creates an operator of several units; refuses unknown units and weak or missing passwords', async () => {
    for (const slug of ['loket-a', 'loket-b']) expect((await skm(['unit', 'add', '--slug', slug, '--name', slug], env)).code).toBe(0);
    const ok = await skmWithInput(['user', 'create', '--username', 'budi', '--role', 'operator', '--unit', 'loket-b', '--unit=loket-a', '--lang', 'en'], 'operator-sandi-1');
    expect(ok.stderr).toBe('');
    expect(ok.stdout.trim()).toBe('User "budi" (operator, units: loket-a, loket-b) created.');

    const weak = await skmWithInput(['user', 'create', '--username', 'rina', '--role', 'operator', '--unit', 'nope'], 'pendek\n');
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('skm: password: Kata sandi minimal 10 karakter.');
    expect(weak.stderr).toContain('skm: units: Unit "nope" tidak ditemukan.');
    const same = await skmWithInput(['user', 'create', '--username', 'rina1234567', '--role', 'viewer'], 'RINA1234567\n');
    expect(same.stderr).toContain('tidak boleh sama dengan nama pengguna');
    const none = await skmWithInput(['user', 'create', '--username', 'rina', '--role', 'viewer'], '');
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('tidak ada kata sandi pada masukan standar');
    const taken = await skmWithInput(['user', 'create', '--username', 'BUDI', '--role', 'viewer'], 'operator-sandi-2\n');
    expect(taken.stderr).toContain('Nama pengguna "budi" sudah dipakai.');
    const badRole = await skmWithInput(['user', 'create', '--username', 'rina', '--role', 'boss'], 'operator-sandi-2\n');
    expect(badRole.code).toBe(1);
    expect(badRole.stderr).toContain('Peran harus admin, operator atau viewer.');
    expect((await skm(['user', 'create', '--role', 'viewer'], env)).code).toBe(2);
  });

  it('lists users, disables one (ending its sessions) and enables it again', async () => {
    const db = await openDatabase({ url: env.DATABASE_URL });
    const budi = (await db.users.byUsername('budi'))!;
    const now = new Date();
    await db.sessions.create({ idHash: hashSessionId('budi-cookie'), userId: budi.id, csrfToken: 't', createdAt: now, expiresAt: new Date(now.getTime() + 3_600_000) });
    await db.close();

    const list = await skm(['user', 'list', '--json'], env);
    expect(JSON.parse(list.stdout)).toEqual([
      { username: 'budi', displayName: 'budi', role: 'operator', units: ['loket-a', 'loket-b'], mustChangePassword: false, disabledAt: null },
      { username: 'sari', displayName: 'Sari Wulandari', role: 'admin', units: [], mustChangePassword: false, disabledAt: null },
    ]);
    const table = await skm(['user', 'list'], env);
    expect(table.stdout).toMatch(/budi\s+budi\s+operator\s+loket-a, loket-b\s+aktif/);

    const disabled = await skm(['user', 'disable', 'budi'], env);
    expect(disabled.stdout.trim()).toBe('Pengguna "budi" dinonaktifkan; semua sesinya diakhiri.');
    expect((await skm(['user', 'disable', 'budi'], env)).code).toBe(1);
    expect((await skm(['user', 'list'], env)).stdout).toMatch(/budi\s+.*nonaktif/);
    const after = await openDatabase({ url: env.DATABASE_URL });
    try {
      expect(await after.sessions.byIdHash(hashSessionId('budi-cookie'))).toBeUndefined();
      expect((await after.audit.list({ action: 'user.disable' })).entries[0]).toMatchObject({ actor: 'cli', before: expect.objectContaining({ disabledAt: null }) });
    } finally {
      await after.close();
    }
    expect((await skm(['user', 'enable', 'budi'], env)).code).toBe(0);
    expect((await skm(['user', 'disable', 'nobody'], env)).stderr).toContain('Pengguna "nobody" tidak ditemukan.');
  });

  it('sets a new password from standard input', async () => {
    const r = await skmWithInput(['user', 'password', 'sari'], 'sandi-admin-456\r\n');
    expect(r.stdout.trim()).toBe('Kata sandi "sari" diganti; semua sesinya diakhiri.');
    const db = await openDatabase({ url: env.DATABASE_URL });
    try {
      expect(await verifyPassword('sandi-admin-456', (await db.users.byUsername('sari'))!.passwordHash)).toBe(true);
    } finally {
      await db.close();
    }
  });

  it('explains itself', async () => {
    const help = await skm(['user', '--help'], env);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('skm user create --username NAMA --role admin|operator|viewer');
    expect((await skm(['--help'], env)).stdout).toContain('user create --username NAMA --role PERAN');
  });
});
