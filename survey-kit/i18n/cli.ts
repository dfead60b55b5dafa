/** Messages of the `skm` command-line tool. */
import { defineCatalogue } from './define';

export default defineCatalogue(
  {
    'cli.error': 'skm: {message}',
    'cli.hintHelp': 'Lihat "{command} --help".',
    'cli.noCommand': 'perintah belum diberikan. Lihat "skm --help".',
    'cli.unknownCommand': 'perintah "{command}" tidak dikenal. Lihat "skm --help".',
    'cli.unknownOption': 'opsi "{option}" tidak dikenal untuk "{command}". Lihat "{command} --help".',
    'cli.missingValue': 'opsi "{option}" memerlukan nilai.',
    'cli.unexpectedValue': 'opsi "{option}" tidak menerima nilai.',
    'cli.unexpectedArgument': 'argumen "{value}" tidak diharapkan untuk "{command}".',
    'cli.missingOption': 'opsi "{option}" wajib diisi untuk "{command}".',
    'cli.missingArgument': '{what} belum diberikan untuk "{command}".',
    'cli.conflict': 'opsi "{a}" dan "{b}" tidak dapat dipakai bersama.',
    'cli.needsOne': 'berikan salah satu dari "{a}" atau "{b}".',
    'cli.onlyWith': 'opsi "{option}" hanya dipakai bersama "{with}".',
    'cli.invalidLang': 'bahasa "{value}" tidak dikenal: gunakan id atau en.',
    'cli.invalidSlug':
      '{option} "{value}" tidak sah: gunakan huruf kecil, angka, dan tanda hubung, diawali huruf atau angka (mis. "perizinan-1").',
    'cli.invalidTimeZone': 'zona waktu "{value}" tidak dikenal: gunakan {values}.',
    'cli.invalidPositive': '{option} "{value}" harus bilangan bulat positif.',
    'cli.invalidDay': '{option} "{value}" bukan tanggal yang sah (TTTT-BB-HH).',
    'cli.invalidRange': 'tanggal awal {from} jatuh setelah tanggal akhir {to}.',
    'cli.invalidMethod': 'metode "{value}" tidak dikenal: gunakan 2017 atau 2004.',
    'cli.emptyName': 'nama tidak boleh kosong.',
    'cli.unitExists': 'unit dengan slug "{slug}" sudah ada.',
    'cli.serviceExists': 'layanan dengan slug "{slug}" sudah ada pada unit "{unit}".',
    'cli.orgNotFound': 'organisasi "{org}" tidak ditemukan.',
    'cli.orgAmbiguous': 'ada beberapa organisasi ({orgs}): pilih dengan --org.',
    'cli.databaseError': 'basis data "{url}" tidak dapat dibuka: {detail}',
    'cli.unexpected': 'galat tak terduga: {detail}',

    'cli.import.rejected': 'Tidak ada baris yang disimpan: {bad} masalah pada {checked} baris data. Perbaiki lalu impor ulang seluruh berkas.',
    'cli.import.done': '{count} baris diimpor ke unit "{unit}".',
    'cli.import.instrument': 'Instrumen {instrument}: {rows} baris.',
    'cli.ikm.rejected': 'IKM tidak dihitung: {bad} masalah dalam berkas.',
    'cli.unit.created': 'Unit "{slug}" ({name}) dibuat pada organisasi "{org}", zona waktu {tz}.',
    'cli.org.created': 'Organisasi "{slug}" ({name}) dibuat karena belum ada organisasi.',
    'cli.org.defaultName': 'Organisasi',
    'cli.service.created': 'Layanan "{slug}" ({name}) dibuat pada unit "{unit}"{days}.',
    'cli.service.days': ', waktu standar {days} hari kerja',
    'cli.sample.result': 'Sampel minimum (Krejcie–Morgan) untuk populasi {population}: {sample} responden.',
    'cli.verify.ok': 'Rekapitulasi jawaban sesuai dengan hitung ulang dari {responses} respons.',
    'cli.verify.mismatch': '{count} baris rekapitulasi berbeda dari hitung ulang:',
    'cli.verify.row': 'unit {unit}, layanan {service}, kanal {channel}, {grain} {bucket}, unsur {element}: tersimpan {stored}, hitung ulang {recounted}',

    'cli.table.file': 'Berkas: {file}',
    'cli.table.unit': 'Unit: {unit} ({name})',
    'cli.table.service': 'Layanan: {service} ({name})',
    'cli.table.allServices': 'semua layanan',
    'cli.table.range': 'Periode: {from} s.d. {to} ({tz})',
    'cli.table.method': 'Metode: {method}',
    'cli.table.method2017': 'Permen PAN-RB 14/2017',
    'cli.table.method2004': 'KEP/25/M.PAN/2/2004',
    'cli.table.respondents': 'Responden: {count}',
    'cli.table.element': 'Unsur',
    'cli.table.answered': 'Menjawab',
    'cli.table.nrr': 'NRR',
    'cli.table.konversi': 'Konversi',
    'cli.table.mutu': 'Mutu',
    'cli.table.ci': 'SK 95%',
    'cli.table.ikm': 'IKM',
    'cli.table.kinerja': 'Kinerja',
    'cli.table.none': 'Belum ada jawaban: IKM tidak dapat dihitung.',

    'cli.help.main': `skm — alat baris perintah Puas (Survei Kepuasan Masyarakat)

Penggunaan: skm <perintah> [opsi]

Perintah:
  ikm --input BERKAS      IKM dari berkas CSV/XLSX kuesioner kertas (tanpa basis data)
  ikm --unit SLUG         IKM sebuah unit dari basis data
  import --unit SLUG BERKAS
                          impor kuesioner kertas ke basis data (semua atau tidak sama sekali)
  transactions import --unit SLUG BERKAS
                          impor transaksi layanan (penerima layanan) dari ekspor sistem perizinan
  complaints purge        hapus kontak pengadu yang melewati masa simpan organisasi
  sample N                sampel minimum Krejcie–Morgan untuk populasi N
  unit add                tambah unit layanan
  service add             tambah jenis layanan pada unit
  tallies verify          cocokkan rekapitulasi jawaban dengan hitung ulang dari respons
  qr --unit SLUG --out BERKAS
                          kode QR survei (.svg, .png) atau poster A4 siap cetak (.html)
  tokens --unit SLUG --count N
                          kode survei sekali pakai: daftar CSV dan lembar cetak (.html)
  kiosk pair --unit SLUG  kode pemasangan tablet kiosk; juga kiosk list, kiosk revoke ID
  user create --username NAMA --role PERAN
                          buat akun petugas (kata sandi dari masukan standar);
                          juga user list, user disable NAMA, user enable NAMA, user password NAMA

Opsi umum:
  --lang id|en            bahasa keluaran (bawaan: id)
  -h, --help              bantuan; "skm <perintah> --help" untuk tiap perintah

Basis data: berkas SQLite pada DATABASE_URL (bawaan ./data/puas.db).`,
    'cli.help.ikm': `Penggunaan:
  skm ikm --input BERKAS [--method 2017|2004] [--json]
  skm ikm --unit SLUG [--service SLUG] [--from TTTT-BB-HH] [--to TTTT-BB-HH] [--json]

Menghitung IKM (Permen PAN-RB 14/2017) secara eksak.
  --input BERKAS    berkas CSV (koma atau titik koma, UTF-8) atau XLSX kuesioner kertas
  --method          tabel kategori dan instrumen untuk --input: 2017 (bawaan) atau 2004
  --unit SLUG       hitung dari basis data untuk unit ini (instrumen periode yang berlaku)
  --service SLUG    hanya satu layanan unit
  --from, --to      rentang hari, kedua ujung termasuk, di zona waktu unit
                    (bawaan: 1 Januari tahun ini s.d. hari ini)
  --json            satu objek JSON: {respondents, method, elements, ikm, konversi, mutu, kinerja, ci95}

Format berkas: baris judul dengan kolom unsur (kode unsur atau U1…U9), nilai 1–4 atau a–d,
sel kosong = tidak dijawab; kolom opsional tanggal, jenis_kelamin, usia, pendidikan,
pekerjaan, pekerjaan_lainnya, layanan, saran. Templat: /templates/skm-template.csv dan .xlsx.`,
    'cli.help.import': `Penggunaan: skm import --unit SLUG [--service SLUG] BERKAS

Mengimpor kuesioner kertas (CSV atau XLSX) ke basis data, semua atau tidak sama sekali:
satu baris bermasalah dan tidak ada baris yang disimpan; setiap masalah dilaporkan dengan
nomor barisnya. Bila berhasil, jumlah baris dan IKM-nya dicetak.
  --unit SLUG       unit tujuan
  --service SLUG    layanan untuk baris yang kolom layanan-nya kosong
                    (kolom layanan berisi slug atau nama layanan unit)
Baris tanpa tanggal dicatat pada saat impor.`,
    'cli.help.sample': `Penggunaan: skm sample N [--json]

Sampel minimum Krejcie–Morgan (χ² = 3,841, P = 0,5, d = 0,05) untuk populasi N penerima
layanan dalam periode survei.`,
    'cli.help.unit': `Penggunaan: skm unit add --slug SLUG --name NAMA [--tz ZONA] [--org SLUG]

Menambah unit layanan.
  --slug SLUG       pengenal unit (huruf kecil, angka, tanda hubung)
  --name NAMA       nama unit
  --tz ZONA         Asia/Jakarta (WIB), Asia/Makassar (WITA) atau Asia/Jayapura (WIT);
                    bawaan: zona waktu organisasi
  --org SLUG        organisasi; bila belum ada organisasi, satu dibuat otomatis`,
    'cli.help.service': `Penggunaan: skm service add --unit SLUG --slug SLUG --name NAMA [--standard-days N]

Menambah jenis layanan pada unit.
  --unit SLUG          unit pemilik layanan
  --slug SLUG          pengenal layanan dalam unit
  --name NAMA          nama layanan
  --standard-days N    waktu penyelesaian standar dalam hari kerja`,
    'cli.help.tallies': `Penggunaan: skm tallies verify [--json]

Menghitung ulang rekapitulasi jawaban dari respons mentah dan melaporkan setiap baris yang
berbeda. Keluar dengan kode 1 bila ada perbedaan.`,
  },
  {
    'cli.error': 'skm: {message}',
    'cli.hintHelp': 'See "{command} --help".',
    'cli.noCommand': 'no command given. See "skm --help".',
    'cli.unknownCommand': 'unknown command "{command}". See "skm --help".',
    'cli.unknownOption': 'unknown option "{option}" for "{command}". See "{command} --help".',
    'cli.missingValue': 'option "{option}" needs a value.',
    'cli.unexpectedValue': 'option "{option}" takes no value.',
    'cli.unexpectedArgument': 'unexpected argument "{value}" for "{command}".',
    'cli.missingOption': 'option "{option}" is required for "{command}".',
    'cli.missingArgument': '{what} missing for "{command}".',
    'cli.conflict': 'options "{a}" and "{b}" cannot be used together.',
    'cli.needsOne': 'give one of "{a}" or "{b}".',
    'cli.onlyWith': 'option "{option}" is only used with "{with}".',
    'cli.invalidLang': 'unknown language "{value}": use id or en.',
    'cli.invalidSlug':
      '{option} "{value}" is invalid: use lower-case letters, digits and hyphens, starting with a letter or digit (e.g. "permits-1").',
    'cli.invalidTimeZone': 'unknown time zone "{value}": use {values}.',
    'cli.invalidPositive': '{option} "{value}" must be a positive whole number.',
    'cli.invalidDay': '{option} "{value}" is not a valid date (YYYY-MM-DD).',
    'cli.invalidRange': 'the start date {from} is after the end date {to}.',
    'cli.invalidMethod': 'unknown method "{value}": use 2017 or 2004.',
    'cli.emptyName': 'the name must not be empty.',
    'cli.unitExists': 'a unit with slug "{slug}" already exists.',
    'cli.serviceExists': 'a service with slug "{slug}" already exists in unit "{unit}".',
    'cli.orgNotFound': 'organisation "{org}" not found.',
    'cli.orgAmbiguous': 'there are several organisations ({orgs}): choose one with --org.',
    'cli.databaseError': 'cannot open the database "{url}": {detail}',
    'cli.unexpected': 'unexpected error: {detail}',

    'cli.import.rejected': 'No row was stored: {bad} problems in {checked} data rows. Fix them and import the whole file again.',
    'cli.import.done': '{count} rows imported into unit "{unit}".',
    'cli.import.instrument': 'Instrument {instrument}: {rows} rows.',
    'cli.ikm.rejected': 'IKM not computed: {bad} problems in the file.',
    'cli.unit.created': 'Unit "{slug}" ({name}) created in organisation "{org}", time zone {tz}.',
    'cli.org.created': 'Organisation "{slug}" ({name}) created because none existed.',
    'cli.org.defaultName': 'Organisation',
    'cli.service.created': 'Service "{slug}" ({name}) created in unit "{unit}"{days}.',
    'cli.service.days': ', standard time {days} working days',
    'cli.sample.result': 'Minimum sample (Krejcie–Morgan) for a population of {population}: {sample} respondents.',
    'cli.verify.ok': 'Answer tallies match a recount of {responses} responses.',
    'cli.verify.mismatch': '{count} tally rows differ from the recount:',
    'cli.verify.row': 'unit {unit}, service {service}, channel {channel}, {grain} {bucket}, element {element}: stored {stored}, recounted {recounted}',

    'cli.table.file': 'File: {file}',
    'cli.table.unit': 'Unit: {unit} ({name})',
    'cli.table.service': 'Service: {service} ({name})',
    'cli.table.allServices': 'all services',
    'cli.table.range': 'Period: {from} to {to} ({tz})',
    'cli.table.method': 'Method: {method}',
    'cli.table.method2017': 'Permen PAN-RB 14/2017',
    'cli.table.method2004': 'KEP/25/M.PAN/2/2004',
    'cli.table.respondents': 'Respondents: {count}',
    'cli.table.element': 'Element',
    'cli.table.answered': 'Answered',
    'cli.table.nrr': 'NRR',
    'cli.table.konversi': 'Converted',
    'cli.table.mutu': 'Grade',
    'cli.table.ci': '95% CI',
    'cli.table.ikm': 'IKM',
    'cli.table.kinerja': 'Performance',
    'cli.table.none': 'No answers yet: the IKM cannot be computed.',

    'cli.help.main': `skm — the Puas command-line tool (public satisfaction survey, SKM)

Usage: skm <command> [options]

Commands:
  ikm --input FILE        IKM of a CSV/XLSX file of paper questionnaires (no database)
  ikm --unit SLUG         IKM of a unit from the database
  import --unit SLUG FILE
                          import paper questionnaires into the database (all or nothing)
  transactions import --unit SLUG FILE
                          import service transactions (people served) from a licensing system's export
  complaints purge        erase complainants' contacts past the organisation's retention period
  sample N                Krejcie–Morgan minimum sample for a population N
  unit add                add a service unit
  service add             add a service to a unit
  tallies verify          check the answer tallies against a recount of the responses
  qr --unit SLUG --out FILE
                          survey QR code (.svg, .png) or a printable A4 poster (.html)
  tokens --unit SLUG --count N
                          one-time survey codes: a CSV list and a printable sheet (.html)
  kiosk pair --unit SLUG  pairing code for a kiosk tablet; also kiosk list, kiosk revoke ID
  user create --username NAME --role ROLE
                          create a staff account (password from standard input);
                          also user list, user disable NAME, user enable NAME, user password NAME

Common options:
  --lang id|en            output language (default: id, Bahasa Indonesia)
  -h, --help              help; "skm <command> --help" for each command

Database: the SQLite file named by DATABASE_URL (default ./data/puas.db).`,
    'cli.help.ikm': `Usage:
  skm ikm --input FILE [--method 2017|2004] [--json]
  skm ikm --unit SLUG [--service SLUG] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]

Computes the IKM (Permen PAN-RB 14/2017) exactly.
  --input FILE      a CSV (comma or semicolon, UTF-8) or XLSX file of paper questionnaires
  --method          instrument and category table for --input: 2017 (default) or 2004
  --unit SLUG       compute from the database for this unit (instrument of the period in force)
  --service SLUG    only one service of the unit
  --from, --to      range of days, both ends included, in the unit's time zone
                    (default: 1 January of this year to today)
  --json            one JSON object: {respondents, method, elements, ikm, konversi, mutu, kinerja, ci95}

File format: a header row with element columns (element codes or U1…U9), scores 1–4 or a–d,
an empty cell = not answered; optional columns tanggal, jenis_kelamin, usia, pendidikan,
pekerjaan, pekerjaan_lainnya, layanan, saran. Templates: /templates/skm-template.csv and .xlsx.`,
    'cli.help.import': `Usage: skm import --unit SLUG [--service SLUG] FILE

Imports paper questionnaires (CSV or XLSX) into the database, all or nothing: one bad row and
no row is stored; every problem is reported with its line number. On success, prints the
number of rows and their IKM.
  --unit SLUG       the target unit
  --service SLUG    the service of rows whose layanan column is empty
                    (the layanan column holds a service slug or name of the unit)
Rows without a date are recorded at the time of the import.`,
    'cli.help.sample': `Usage: skm sample N [--json]

Krejcie–Morgan minimum sample (χ² = 3.841, P = 0.5, d = 0.05) for a population of N service
recipients in the survey period.`,
    'cli.help.unit': `Usage: skm unit add --slug SLUG --name NAME [--tz ZONE] [--org SLUG]

Adds a service unit.
  --slug SLUG       unit identifier (lower-case letters, digits, hyphens)
  --name NAME       unit name
  --tz ZONE         Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT);
                    default: the organisation's time zone
  --org SLUG        organisation; when there is none yet, one is created`,
    'cli.help.service': `Usage: skm service add --unit SLUG --slug SLUG --name NAME [--standard-days N]

Adds a service to a unit.
  --unit SLUG          the unit that offers the service
  --slug SLUG          service identifier within the unit
  --name NAME          service name
  --standard-days N    standard completion time in working days`,
    'cli.help.tallies': `Usage: skm tallies verify [--json]

Recounts the answer tallies from the raw responses and reports every row that differs.
Exits with code 1 when there is a difference.`,
  },
);
