/** Messages of `skm tokens` and of the printable sheet of token slips. */
import { defineCatalogue } from './define';

export default defineCatalogue(
  {
    'tokens.cli.written': '{count} kode survei sekali pakai untuk {place} disimpan (kelompok {batch}).',
    'tokens.cli.files': 'Daftar (CSV): {csv}\nLembar cetak (HTML): {html}',
    'tokens.cli.tooMany': '--count paling banyak {max} per perintah (diberikan: {value}).',
    'tokens.cli.badExtension': 'berkas keluaran "{file}" harus berakhiran .csv atau .html (keduanya ditulis).',
    'tokens.sheet.title': 'Kode survei · {place}',
    'tokens.sheet.kicker': 'Survei Kepuasan Masyarakat',
    'tokens.sheet.instruction': 'Pindai kode QR atau ketik alamat ini, lalu isi survei (kurang dari 1 menit). Kode berlaku untuk satu kali pengisian.',
    'tokens.sheet.code': 'Kode',
    'tokens.sheet.qrLabel': 'Kode QR menuju survei: {url}',
    'tokens.sheet.toolbar': '{count} kode survei, kelompok {batch}',
    'tokens.sheet.print': 'Cetak',
    'tokens.sheet.tip': 'Cetak pada kertas A4 dengan skala 100%, lalu gunting sepanjang garis putus-putus.',
    'tokens.help': `Penggunaan: skm tokens --unit SLUG [--service SLUG] --count N [--out BERKAS] [--base-url URL]

Membuat N kode survei sekali pakai (mis. untuk dicetak pada tiket antrean atau kuitansi).
Setiap kode menerima tepat satu jawaban; pemakaian kedua ditolak dengan sopan.
  --unit SLUG       unit layanan
  --service SLUG    layanan unit (opsional)
  --count N         jumlah kode, 1–{max}
  --out BERKAS      nama berkas .csv atau .html; keduanya ditulis: daftar CSV (token,url) dan
                    lembar cetak HTML berisi potongan kertas dengan kode QR
                    (bawaan: tokens-UNIT-KELOMPOK.csv dan .html di folder ini)
  --base-url URL    alamat yang dijangkau ponsel warga (bawaan: PUAS_PUBLIC_URL)`,
  },
  {
    'tokens.cli.written': '{count} one-time survey codes for {place} stored (batch {batch}).',
    'tokens.cli.files': 'List (CSV): {csv}\nPrintable sheet (HTML): {html}',
    'tokens.cli.tooMany': '--count is at most {max} per command (given: {value}).',
    'tokens.cli.badExtension': 'output file "{file}" must end in .csv or .html (both are written).',
    'tokens.sheet.title': 'Survey codes · {place}',
    'tokens.sheet.kicker': 'Public Satisfaction Survey',
    'tokens.sheet.instruction': 'Scan the QR code or type this address, then answer the survey (under a minute). The code is valid for one response.',
    'tokens.sheet.code': 'Code',
    'tokens.sheet.qrLabel': 'QR code leading to the survey: {url}',
    'tokens.sheet.toolbar': '{count} survey codes, batch {batch}',
    'tokens.sheet.print': 'Print',
    'tokens.sheet.tip': 'Print on A4 paper at 100% scale, then cut along the dashed lines.',
    'tokens.help': `Usage: skm tokens --unit SLUG [--service SLUG] --count N [--out FILE] [--base-url URL]

Creates N one-time survey codes (e.g. to print on queue tickets or receipts). Each code accepts
exactly one response; a second use is politely refused.
  --unit SLUG       service unit
  --service SLUG    a service of the unit (optional)
  --count N         number of codes, 1–{max}
  --out FILE        a .csv or .html file name; both are written: the CSV list (token,url) and
                    the printable HTML sheet of cut-out slips with QR codes
                    (default: tokens-UNIT-BATCH.csv and .html in this folder)
  --base-url URL    the address citizens' phones reach (default: PUAS_PUBLIC_URL)`,
  },
);
