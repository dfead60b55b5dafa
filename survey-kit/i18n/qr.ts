/** Messages of the QR codes, the printable poster and `skm qr`. */
import { defineCatalogue } from './define';

export default defineCatalogue(
  {
    'qr.poster.title': 'Poster kode QR · {place}',
    'qr.poster.kicker': 'Survei Kepuasan Masyarakat',
    'qr.poster.heading': 'Bagaimana pelayanan kami hari ini?',
    'qr.poster.instruction': 'Pindai kode ini untuk mengisi Survei Kepuasan Masyarakat — kurang dari 1 menit',
    'qr.poster.orType': 'Tidak bisa memindai? Ketik alamat ini di peramban:',
    'qr.poster.promise': 'Tanpa nama, tanpa mendaftar. Jawaban Anda membantu kami memperbaiki pelayanan.',
    'qr.poster.legal': 'Indeks Kepuasan Masyarakat dihitung menurut Permen PAN-RB Nomor 14 Tahun 2017.',
    'qr.poster.qrLabel': 'Kode QR menuju survei: {url}',
    'qr.poster.toolbar': 'Poster untuk dicetak',
    'qr.poster.print': 'Cetak poster',
    'qr.poster.downloadSvg': 'Unduh kode QR (SVG)',
    'qr.poster.downloadPng': 'Unduh kode QR (PNG)',
    'qr.poster.openSurvey': 'Buka survei',
    'qr.poster.tip': 'Cetak pada kertas A4 dengan skala 100%, lalu tempel setinggi mata di dekat loket.',
    'qr.poster.localWarning':
      'Alamat pada poster ini ({host}) hanya dapat dibuka dari komputer server, bukan dari ponsel warga. Atur PUAS_PUBLIC_URL ke alamat yang dapat dijangkau ponsel (mis. http://192.168.1.10:3000), atau buka halaman ini melalui alamat jaringan server.',
    'qr.poster.notFound': 'Unit atau layanan tidak ditemukan.',
    'qr.dashLink': 'Kode QR dan poster survei untuk dicetak',

    'qr.api.sizeInvalid': 'Ukuran harus bilangan bulat {min}–{max} piksel.',
    'qr.config.publicUrlInvalid':
      'PUAS_PUBLIC_URL harus alamat http:// atau https:// lengkap, tanpa ? atau # (diberikan: {value}).',

    'qr.cli.written': 'Kode QR ({format}) untuk {url} ditulis ke {file}.',
    'qr.cli.format.svg': 'SVG',
    'qr.cli.format.png': 'PNG {size}×{size} piksel',
    'qr.cli.format.html': 'poster A4, HTML',
    'qr.cli.badExtension': 'berkas keluaran "{file}" harus berakhiran .svg, .png atau .html.',
    'qr.cli.invalidBaseUrl': '--base-url "{value}" tidak sah: gunakan alamat http:// atau https:// lengkap, tanpa ? atau #.',
    'qr.cli.invalidEnvUrl': 'PUAS_PUBLIC_URL "{value}" tidak sah: gunakan alamat http:// atau https:// lengkap, tanpa ? atau #.',
    'qr.cli.writeFailed': 'berkas "{file}" tidak dapat ditulis: {detail}',
    'qr.cli.noFolder': 'berkas "{file}" tidak dapat ditulis: foldernya tidak ada.',
    'qr.cli.noPermission': 'berkas "{file}" tidak dapat ditulis: tidak ada izin menulis.',
    'qr.cli.isFolder': '"{file}" adalah folder: berikan nama berkas, mis. {file}/poster.html.',
    'qr.cli.localWarning':
      'Peringatan: {url} hanya dapat dibuka dari komputer ini, bukan dari ponsel. Berikan --base-url atau PUAS_PUBLIC_URL, mis. --base-url http://192.168.1.10:3000.',
    'qr.help': `Penggunaan: skm qr --unit SLUG [--service SLUG] --out BERKAS [--base-url URL]

Membuat kode QR menuju survei unit (/s/UNIT) atau layanan (/s/UNIT/LAYANAN).
Format mengikuti akhiran berkas:
  .svg              kode QR vektor (untuk desain cetak)
  .png              gambar 1024×1024 piksel
  .html             poster A4 siap cetak: nama unit, kode QR besar, petunjuk singkat
  --unit SLUG       unit tujuan survei
  --service SLUG    layanan tertentu pada unit itu
  --out BERKAS      berkas keluaran (ditimpa bila sudah ada)
  --base-url URL    alamat server yang dapat dibuka ponsel warga, mis. https://skm.kantor.go.id
                    (bawaan: PUAS_PUBLIC_URL, lalu http://HOST:PORT)`,
  },
  {
    'qr.poster.title': 'QR code poster · {place}',
    'qr.poster.kicker': 'Public Satisfaction Survey',
    'qr.poster.heading': 'How was our service today?',
    'qr.poster.instruction': 'Scan this code to fill in the Public Satisfaction Survey — less than 1 minute',
    'qr.poster.orType': "Can't scan? Type this address in a browser:",
    'qr.poster.promise': 'No name, no sign-up. Your answers help us improve our service.',
    'qr.poster.legal': 'The Public Satisfaction Index is computed as Permen PAN-RB No. 14 of 2017 prescribes.',
    'qr.poster.qrLabel': 'QR code leading to the survey: {url}',
    'qr.poster.toolbar': 'Poster to print',
    'qr.poster.print': 'Print poster',
    'qr.poster.downloadSvg': 'Download QR code (SVG)',
    'qr.poster.downloadPng': 'Download QR code (PNG)',
    'qr.poster.openSurvey': 'Open the survey',
    'qr.poster.tip': 'Print on A4 paper at 100% scale, then hang it at eye level near the counter.',
    'qr.poster.localWarning':
      "The address on this poster ({host}) only opens on the server's own computer, not on citizens' phones. Set PUAS_PUBLIC_URL to an address phones can reach (e.g. http://192.168.1.10:3000), or open this page through the server's network address.",
    'qr.poster.notFound': 'Unit or service not found.',
    'qr.dashLink': 'Survey QR code and poster to print',

    'qr.api.sizeInvalid': 'The size must be a whole number of pixels, {min}–{max}.',
    'qr.config.publicUrlInvalid':
      'PUAS_PUBLIC_URL must be a complete http:// or https:// address, without ? or # (given: {value}).',

    'qr.cli.written': 'QR code ({format}) for {url} written to {file}.',
    'qr.cli.format.svg': 'SVG',
    'qr.cli.format.png': 'PNG {size}×{size} pixels',
    'qr.cli.format.html': 'A4 poster, HTML',
    'qr.cli.badExtension': 'output file "{file}" must end in .svg, .png or .html.',
    'qr.cli.invalidBaseUrl': '--base-url "{value}" is not valid: give a complete http:// or https:// address, without ? or #.',
    'qr.cli.invalidEnvUrl': 'PUAS_PUBLIC_URL "{value}" is not valid: give a complete http:// or https:// address, without ? or #.',
    'qr.cli.writeFailed': 'cannot write "{file}": {detail}',
    'qr.cli.noFolder': 'cannot write "{file}": its folder does not exist.',
    'qr.cli.noPermission': 'cannot write "{file}": permission denied.',
    'qr.cli.isFolder': '"{file}" is a folder: give a file name, e.g. {file}/poster.html.',
    'qr.cli.localWarning':
      'Warning: {url} only opens on this computer, not on a phone. Give --base-url or PUAS_PUBLIC_URL, e.g. --base-url http://192.168.1.10:3000.',
    'qr.help': `Usage: skm qr --unit SLUG [--service SLUG] --out FILE [--base-url URL]

Makes a QR code leading to the survey of a unit (/s/UNIT) or of a service (/s/UNIT/SERVICE).
The format follows the file's extension:
  .svg              vector QR code (for print design)
  .png              1024×1024 pixel image
  .html             A4 poster ready to print: the unit's name, a big QR code, a short instruction
  --unit SLUG       unit of the survey
  --service SLUG    one service of that unit
  --out FILE        output file (overwritten if it exists)
  --base-url URL    address of the server that citizens' phones can open, e.g. https://skm.office.go.id
                    (default: PUAS_PUBLIC_URL, then http://HOST:PORT)`,
  },
);
