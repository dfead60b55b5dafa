/**
 * Messages of kiosk pairing: the tablet's pairing screen and staff menu, the kiosk API, and
 * `skm kiosk`. The tablet's texts are read by office staff, not citizens, but stay plain.
 */
import { defineCatalogue } from './define';

export default defineCatalogue(
  {
    'kiosk.page.title': 'Kiosk Survei Kepuasan Masyarakat',
    'kiosk.pair.heading': 'Pasangkan kiosk ini',
    'kiosk.pair.lead': 'Masukkan kode pemasangan dari admin. Kode berlaku 15 menit dan hanya sekali pakai.',
    'kiosk.pair.label': 'Kode pemasangan',
    'kiosk.pair.submit': 'Pasangkan',
    'kiosk.pair.busy': 'Memasangkan…',
    'kiosk.pair.howto': 'Admin membuat kode di komputer server: npx skm kiosk pair --unit SLUG',
    'kiosk.pair.offline': 'Server tidak terjangkau. Periksa jaringan tablet, lalu coba lagi.',
    'kiosk.pair.revoked': 'Kiosk ini sudah dicabut atau tidak dikenal server. Pasangkan lagi dengan kode baru.',
    'kiosk.pair.unpaired': 'Kiosk sudah dilepas dari unitnya.',
    'kiosk.pair.waiting': '{count} jawaban masih tersimpan di tablet ini dan akan dikirim setelah kiosk dipasangkan lagi. Jangan hapus data peramban.',
    'kiosk.staff.open': 'Menu petugas',
    'kiosk.staff.pinLabel': 'PIN petugas',
    'kiosk.staff.enter': 'Buka',
    'kiosk.staff.cancel': 'Batal',
    'kiosk.staff.close': 'Tutup',
    'kiosk.staff.offline': 'Server tidak terjangkau. Menu petugas memerlukan jaringan.',
    'kiosk.staff.device': 'Kiosk: {name}',
    'kiosk.staff.place': 'Unit: {place}',
    'kiosk.staff.queue': 'Menunggu dikirim: {waiting} · Ditolak: {rejected}',
    'kiosk.staff.unpair': 'Lepas kiosk (ganti unit atau layanan)',
    'kiosk.staff.unpairHint': 'Jawaban yang belum terkirim dikirim lebih dulu; yang belum bisa dikirim tetap disimpan.',
    'kiosk.staff.sending': 'Mengirim jawaban yang tersisa…',

    'kiosk.api.codeMalformed': 'Kode pemasangan terdiri dari 6 huruf dan angka, mis. ABC-234.',
    'kiosk.api.codeUnknown': 'Kode pemasangan tidak dikenal. Periksa kembali kode dari admin.',
    'kiosk.api.codeExpired': 'Kode pemasangan sudah kedaluwarsa. Minta kode baru kepada admin.',
    'kiosk.api.codeUsed': 'Kode pemasangan sudah dipakai. Minta kode baru kepada admin.',
    'kiosk.api.tooManyCodes': 'Terlalu banyak kode yang salah. Coba lagi dalam {seconds} detik.',
    'kiosk.api.unauthorized': 'Kiosk ini belum dipasangkan atau sudah dicabut.',
    'kiosk.api.pinWrong': 'PIN salah.',
    'kiosk.api.tooManyPins': 'Terlalu banyak PIN yang salah. Coba lagi dalam {seconds} detik.',
    'kiosk.api.pinInvalid': 'PIN terdiri dari 4–8 angka.',
    'kiosk.api.unitNotFound': 'Unit "{unit}" tidak ditemukan.',
    'kiosk.api.serviceNotFound': 'Layanan "{service}" tidak ditemukan pada unit "{unit}".',
    'kiosk.api.deviceNotFound': 'Kiosk {id} tidak ditemukan.',
    'kiosk.api.notJson': 'Isi permintaan harus berupa objek JSON.',
    'kiosk.api.count': 'Harus bilangan bulat 0–{max}.',
    'kiosk.api.seconds': 'Harus bilangan bulat {min}–{max} (detik).',
    'kiosk.api.name': 'Nama kiosk 1–{max} huruf.',
    'kiosk.api.slug': 'Harus berupa slug: huruf kecil, angka dan tanda hubung.',

    'kiosk.cli.code': 'Kode pemasangan: {code}',
    'kiosk.cli.expires': 'Berlaku sampai {time} ({minutes} menit, sekali pakai).',
    'kiosk.cli.target': 'Unit: {unit}{service} · nama kiosk: {name} · batas diam {idle} dtk · layar terima kasih {thanks} dtk',
    'kiosk.cli.serviceSuffix': ' · layanan: {service}',
    'kiosk.cli.open': 'Buka di tablet: {url} lalu ketik kodenya.',
    'kiosk.cli.pin': 'PIN keluar petugas: {pin} (catat sekarang; tidak ditampilkan lagi).',
    'kiosk.cli.localWarning': 'Peringatan: {url} hanya dapat dibuka dari komputer ini. Jalankan server dengan HOST=0.0.0.0 dan berikan --base-url, mis. --base-url http://192.168.1.10:3000.',
    'kiosk.cli.none': 'Belum ada kiosk yang dipasangkan.',
    'kiosk.cli.header': 'ID  Nama | Unit | Layanan | Terakhir terlihat | Menunggu | Ditolak | Status',
    'kiosk.cli.row': '{id}  {name} | {unit} | {service} | {seen} | {waiting} | {rejected} | {status}',
    'kiosk.cli.never': 'belum pernah',
    'kiosk.cli.allServices': '(semua)',
    'kiosk.cli.active': 'aktif',
    'kiosk.cli.revokedAt': 'dicabut {time}',
    'kiosk.cli.revoked': 'Kiosk {id} ({name}) dicabut. Tablet itu kembali ke layar pemasangan saat terhubung; jawaban yang tersimpan di sana tidak hilang.',
    'kiosk.cli.alreadyRevoked': 'Kiosk {id} ({name}) sudah dicabut sebelumnya.',
    'kiosk.cli.updated': 'Kiosk {id} ({name}) diubah: batas diam {idle} dtk, layar terima kasih {thanks} dtk. Tablet memakainya saat dibuka ulang atau dalam 10 menit.',
    'kiosk.cli.notFound': 'Kiosk {id} tidak ditemukan. Lihat daftar dengan: skm kiosk list',
    'kiosk.cli.invalidSeconds': '{option} "{value}" tidak sah: gunakan bilangan bulat {min}–{max}.',
    'kiosk.cli.invalidPin': '--pin harus 4–8 angka.',
    'kiosk.cli.nameTooLong': '--name paling banyak {max} huruf.',
    'kiosk.help': `Penggunaan:
  skm kiosk pair --unit SLUG [--service SLUG] [--name NAMA] [--pin 1234] [--idle 60] [--thanks 8] [--base-url URL]
  skm kiosk list [--unit SLUG]
  skm kiosk set ID [--name NAMA] [--pin 1234] [--idle 60] [--thanks 8]
  skm kiosk revoke ID

pair    membuat kode pemasangan (6 karakter, berlaku 15 menit, sekali pakai) untuk tablet kiosk
        --pin      PIN keluar petugas, 4–8 angka (bawaan: dibuat acak dan ditampilkan sekali)
        --idle     detik tanpa sentuhan sebelum survei yang tidak selesai dibuang (5–3600, bawaan 60)
        --thanks   detik layar terima kasih sebelum kembali ke awal (2–600, bawaan 8)
        --base-url alamat server yang dapat dibuka tablet (bawaan: PUAS_PUBLIC_URL, lalu http://HOST:PORT)
list    daftar kiosk: unit, layanan, terakhir terlihat, jawaban menunggu, status
set     mengubah nama, PIN atau batas waktu kiosk yang sudah dipasangkan
revoke  mencabut kiosk: tablet itu tidak dapat mengirim lagi dan kembali ke layar pemasangan`,
  },
  {
    'kiosk.page.title': 'Public satisfaction survey kiosk',
    'kiosk.pair.heading': 'Pair this kiosk',
    'kiosk.pair.lead': 'Enter the pairing code from the admin. A code is valid for 15 minutes and works once.',
    'kiosk.pair.label': 'Pairing code',
    'kiosk.pair.submit': 'Pair',
    'kiosk.pair.busy': 'Pairing…',
    'kiosk.pair.howto': 'The admin makes a code on the server computer: npx skm kiosk pair --unit SLUG',
    'kiosk.pair.offline': 'The server cannot be reached. Check the tablet’s network, then try again.',
    'kiosk.pair.revoked': 'This kiosk was revoked or is unknown to the server. Pair it again with a new code.',
    'kiosk.pair.unpaired': 'The kiosk was unpaired from its unit.',
    'kiosk.pair.waiting': 'Responses still stored on this tablet: {count}. They will be sent once the kiosk is paired again. Do not clear the browser data.',
    'kiosk.staff.open': 'Staff menu',
    'kiosk.staff.pinLabel': 'Staff PIN',
    'kiosk.staff.enter': 'Open',
    'kiosk.staff.cancel': 'Cancel',
    'kiosk.staff.close': 'Close',
    'kiosk.staff.offline': 'The server cannot be reached. The staff menu needs the network.',
    'kiosk.staff.device': 'Kiosk: {name}',
    'kiosk.staff.place': 'Unit: {place}',
    'kiosk.staff.queue': 'Waiting to be sent: {waiting} · Refused: {rejected}',
    'kiosk.staff.unpair': 'Unpair the kiosk (change unit or service)',
    'kiosk.staff.unpairHint': 'Responses not yet sent go first; any that cannot be sent stay stored.',
    'kiosk.staff.sending': 'Sending the remaining responses…',

    'kiosk.api.codeMalformed': 'A pairing code has 6 letters and digits, e.g. ABC-234.',
    'kiosk.api.codeUnknown': 'Unknown pairing code. Check the code from the admin.',
    'kiosk.api.codeExpired': 'This pairing code has expired. Ask the admin for a new one.',
    'kiosk.api.codeUsed': 'This pairing code was already used. Ask the admin for a new one.',
    'kiosk.api.tooManyCodes': 'Too many wrong codes. Try again in {seconds} seconds.',
    'kiosk.api.unauthorized': 'This kiosk is not paired or was revoked.',
    'kiosk.api.pinWrong': 'Wrong PIN.',
    'kiosk.api.tooManyPins': 'Too many wrong PINs. Try again in {seconds} seconds.',
    'kiosk.api.pinInvalid': 'A PIN has 4–8 digits.',
    'kiosk.api.unitNotFound': 'Unit "{unit}" not found.',
    'kiosk.api.serviceNotFound': 'Service "{service}" not found in unit "{unit}".',
    'kiosk.api.deviceNotFound': 'Kiosk {id} not found.',
    'kiosk.api.notJson': 'The request body must be a JSON object.',
    'kiosk.api.count': 'Must be a whole number 0–{max}.',
    'kiosk.api.seconds': 'Must be a whole number {min}–{max} (seconds).',
    'kiosk.api.name': 'A kiosk name has 1–{max} characters.',
    'kiosk.api.slug': 'Must be a slug: lower-case letters, digits and hyphens.',

    'kiosk.cli.code': 'Pairing code: {code}',
    'kiosk.cli.expires': 'Valid until {time} ({minutes} minutes, single use).',
    'kiosk.cli.target': 'Unit: {unit}{service} · kiosk name: {name} · idle limit {idle} s · thank-you screen {thanks} s',
    'kiosk.cli.serviceSuffix': ' · service: {service}',
    'kiosk.cli.open': 'Open on the tablet: {url} then type the code.',
    'kiosk.cli.pin': 'Staff exit PIN: {pin} (write it down now; it is not shown again).',
    'kiosk.cli.localWarning': 'Warning: {url} only opens on this computer. Start the server with HOST=0.0.0.0 and give --base-url, e.g. --base-url http://192.168.1.10:3000.',
    'kiosk.cli.none': 'No kiosk has been paired yet.',
    'kiosk.cli.header': 'ID  Name | Unit | Service | Last seen | Waiting | Refused | Status',
    'kiosk.cli.row': '{id}  {name} | {unit} | {service} | {seen} | {waiting} | {rejected} | {status}',
    'kiosk.cli.never': 'never',
    'kiosk.cli.allServices': '(all)',
    'kiosk.cli.active': 'active',
    'kiosk.cli.revokedAt': 'revoked {time}',
    'kiosk.cli.revoked': 'Kiosk {id} ({name}) revoked. That tablet returns to the pairing screen when it connects; the responses stored on it are not lost.',
    'kiosk.cli.alreadyRevoked': 'Kiosk {id} ({name}) was already revoked.',
    'kiosk.cli.updated': 'Kiosk {id} ({name}) changed: idle limit {idle} s, thank-you screen {thanks} s. The tablet uses it when reopened or within 10 minutes.',
    'kiosk.cli.notFound': 'Kiosk {id} not found. List them with: skm kiosk list',
    'kiosk.cli.invalidSeconds': '{option} "{value}" is not valid: give a whole number {min}–{max}.',
    'kiosk.cli.invalidPin': '--pin must be 4–8 digits.',
    'kiosk.cli.nameTooLong': '--name may have at most {max} characters.',
    'kiosk.help': `Usage:
  skm kiosk pair --unit SLUG [--service SLUG] [--name NAME] [--pin 1234] [--idle 60] [--thanks 8] [--base-url URL]
  skm kiosk list [--unit SLUG]
  skm kiosk set ID [--name NAME] [--pin 1234] [--idle 60] [--thanks 8]
  skm kiosk revoke ID

pair    makes a pairing code (6 characters, valid 15 minutes, single use) for a kiosk tablet
        --pin      staff exit PIN, 4–8 digits (default: a random one, shown once)
        --idle     seconds without a touch before an unfinished survey is discarded (5–3600, default 60)
        --thanks   seconds of the thank-you screen before starting over (2–600, default 8)
        --base-url address of the server that the tablet can open (default: PUAS_PUBLIC_URL, then http://HOST:PORT)
list    the kiosks: unit, service, last seen, responses waiting, status
set     changes the name, PIN or timeouts of a paired kiosk
revoke  revokes a kiosk: that tablet can no longer send and returns to the pairing screen`,
  },
);
