/** `skm qr`: the real command writes SVG, PNG and the A4 poster; the codes decode to the survey link. */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodePng, decodeSvg } from '../../server/testing/qr-decode';
import { skm, tempDir } from './helpers';

const dir = tempDir('cli-qr');
// The caller's own settings must not leak into the defaults under test.
const env = { DATABASE_URL: join(dir, 'puas.db'), PUAS_PUBLIC_URL: '', HOST: '', PORT: '' };
const run = (args: string[], extra: Record<string, string> = {}) => skm(args, { ...env, ...extra });

describe.sequential('skm qr', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    const unit = await run(['unit', 'add', '--slug', 'mpp', '--name', 'Mal Pelayanan Publik Kota Contoh']);
    expect(unit.code, unit.stderr).toBe(0);
    const service = await run(['service', 'add', '--unit', 'mpp', '--slug', 'siup', '--name', 'Surat Izin Usaha Perdagangan']);
    expect(service.code, service.stderr).toBe(0);
  }, 120_000);

  it('writes an SVG for a unit, and a PNG for a service, that decode to the survey links', async () => {
    const svgFile = join(dir, 'mpp.svg');
    const pngFile = join(dir, 'siup.png');
    const [svg, png] = await Promise.all([
      run(['qr', '--unit', 'mpp', '--out', svgFile, '--base-url', 'https://skm.contoh.go.id/']),
      run(['qr', '--unit', 'mpp', '--service', 'siup', '--out', pngFile], { PUAS_PUBLIC_URL: 'http://192.168.1.10:3000' }),
    ]);
    expect(svg).toMatchObject({ code: 0, stderr: '' });
    expect(svg.stdout.trim()).toBe(`Kode QR (SVG) untuk https://skm.contoh.go.id/s/mpp ditulis ke ${svgFile}.`);
    expect(decodeSvg(readFileSync(svgFile, 'utf8'))).toBe('https://skm.contoh.go.id/s/mpp');

    expect(png).toMatchObject({ code: 0, stderr: '' });
    const image = decodePng(readFileSync(pngFile));
    expect([image.width, image.height]).toEqual([1024, 1024]);
    expect(image.text).toBe('http://192.168.1.10:3000/s/mpp/siup');
  });

  it('writes the A4 poster as a standalone HTML file, and warns when the link only opens on this computer', async () => {
    const file = join(dir, 'poster.html');
    const r = await run(['qr', '--unit', 'mpp', '--service', 'siup', '--out', file, '--lang', 'en'], { PORT: '8080' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('A4 poster, HTML');
    expect(r.stderr.trim()).toBe(
      'Warning: http://localhost:8080/s/mpp/siup only opens on this computer, not on a phone. Give --base-url or PUAS_PUBLIC_URL, e.g. --base-url http://192.168.1.10:3000.',
    );
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('Mal Pelayanan Publik Kota Contoh');
    expect(html).toContain('Surat Izin Usaha Perdagangan');
    expect(html).toContain('http://localhost:8080/s/mpp/siup');
    expect(decodeSvg(/<svg role="img"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '')).toBe('http://localhost:8080/s/mpp/siup');
  });

  it('explains every mistake in one line, in Bahasa Indonesia or English', async () => {
    const folder = join(dir, 'folder.html');
    mkdirSync(folder);
    const cases: [string[], number, string][] = [
      [['qr', '--out', join(dir, 'x.svg')], 2, 'skm: opsi "--unit" wajib diisi untuk "skm qr".'],
      [['qr', '--unit', 'mpp'], 2, 'skm: opsi "--out" wajib diisi untuk "skm qr".'],
      [['qr', '--unit', 'mpp', '--out', 'poster.pdf'], 2, 'skm: berkas keluaran "poster.pdf" harus berakhiran .svg, .png atau .html.'],
      [['qr', '--unit', 'mpp', '--out', 'x.svg', '--base-url', 'skm.contoh.go.id', '--lang', 'en'], 2,
        'skm: --base-url "skm.contoh.go.id" is not valid: give a complete http:// or https:// address, without ? or #.'],
      [['qr', '--unit', 'Bad Slug', '--out', 'x.svg'], 2, 'skm: --unit "Bad Slug" tidak sah: gunakan huruf kecil, angka, dan tanda hubung, diawali huruf atau angka (mis. "perizinan-1").'],
      [['qr', '--unit', 'tidak-ada', '--out', join(dir, 'x.svg')], 1, 'skm: Unit "tidak-ada" tidak ditemukan.'],
      [['qr', '--unit', 'mpp', '--service', 'imb', '--out', join(dir, 'x.svg'), '--lang', 'en'], 1, 'skm: Service "imb" not found in unit "mpp".'],
      [['qr', '--unit', 'mpp', '--out', join(dir, 'no', 'such', 'x.svg'), '--base-url', 'https://a.id'], 1,
        `skm: berkas "${join(dir, 'no', 'such', 'x.svg')}" tidak dapat ditulis: foldernya tidak ada.`],
      [['qr', '--unit', 'mpp', '--out', folder, '--base-url', 'https://a.id', '--lang', 'en'], 1,
        `skm: "${folder}" is a folder: give a file name, e.g. ${folder}/poster.html.`],
    ];
    const results = await Promise.all(cases.map(([args]) => run(args)));
    results.forEach((r, i) => {
      const [args, code, message] = cases[i]!;
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.stderr.trim(), args.join(' ')).toBe(message);
      expect(r.stdout).toBe('');
    });

    const bad = await run(['qr', '--unit', 'mpp', '--out', join(dir, 'x.svg')], { PUAS_PUBLIC_URL: 'intranet/skm' });
    expect(bad.stderr.trim()).toBe('skm: PUAS_PUBLIC_URL "intranet/skm" tidak sah: gunakan alamat http:// atau https:// lengkap, tanpa ? atau #.');
  });

  it('is listed in the help, and has its own', async () => {
    const [main, own] = await Promise.all([run(['--help', '--lang', 'en']), run(['qr', '--help'])]);
    expect(main.stdout).toMatch(/^\s+qr --unit SLUG --out FILE/m);
    expect(own.code).toBe(0);
    expect(own.stdout).toContain('Penggunaan: skm qr --unit SLUG [--service SLUG] --out BERKAS [--base-url URL]');
  });
});
