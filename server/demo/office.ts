/**
 * The demo office: a city's one-stop investment and permit service (DPMPTSP) with the permit
 * types and standard times of skm-method.md §5. Everything here is invented and labelled DEMO.
 */
import type { Channel, Day, IndonesianTimeZone } from '../../survey-kit/types';

export const DEMO_ORGANISATION = {
  slug: 'dpmptsp-kota-contoh',
  name: 'DPMPTSP Kota Contoh (DEMO)',
  defaultTimeZone: 'Asia/Jakarta',
  isDemo: true,
} as const;

export interface DemoService {
  slug: string;
  name: string;
  standardDays: number | null;
  /** Relative share of the unit's visitors. */
  share: number;
}

export interface DemoUnit {
  slug: string;
  name: string;
  /** A city office sits in one city: every unit counts days in WIB. */
  timeZone: IndonesianTimeZone;
  address: string;
  /** Mean survey responses per working day. */
  perDay: number;
  /** Added to every element's latent score: some units serve better than others. */
  quality: number;
  channels: readonly (readonly [Channel, number])[];
  services: readonly DemoService[];
}

export const DEMO_UNITS: readonly DemoUnit[] = [
  {
    slug: 'perizinan-usaha',
    name: 'Bidang Perizinan Usaha',
    timeZone: 'Asia/Jakarta',
    address: 'Jl. Merdeka No. 1, Kota Contoh (lantai 1)',
    perDay: 40,
    quality: 0.05,
    channels: [['kiosk', 55], ['qr', 30], ['paper', 15]],
    services: [
      { slug: 'izin-prinsip', name: 'Izin Prinsip', standardDays: 2, share: 10 },
      { slug: 'siup', name: 'Surat Izin Usaha Perdagangan (SIUP)', standardDays: 5, share: 30 },
      { slug: 'tdup', name: 'Tanda Daftar Usaha Pariwisata (TDUP)', standardDays: 5, share: 12 },
      { slug: 'tdp', name: 'Tanda Daftar Perusahaan (TDP)', standardDays: 5, share: 22 },
      { slug: 'iujk', name: 'Izin Usaha Jasa Konstruksi (IUJK)', standardDays: 7, share: 8 },
      { slug: 'tdg', name: 'Tanda Daftar Gudang (TDG)', standardDays: 7, share: 5 },
      { slug: 'izin-pelataran-parkir', name: 'Izin Pelataran Parkir', standardDays: 7, share: 5 },
      { slug: 'izin-trayek', name: 'Izin Trayek', standardDays: 10, share: 8 },
    ],
  },
  {
    slug: 'perizinan-bangunan-lingkungan',
    name: 'Bidang Perizinan Bangunan dan Lingkungan',
    timeZone: 'Asia/Jakarta',
    address: 'Jl. Merdeka No. 1, Kota Contoh (lantai 2)',
    perDay: 22,
    quality: -0.15,
    channels: [['kiosk', 45], ['qr', 25], ['paper', 30]],
    services: [
      { slug: 'imb-sederhana', name: 'IMB Gedung Sederhana', standardDays: 21, share: 45 },
      { slug: 'imb-tidak-sederhana', name: 'IMB Gedung Tidak Sederhana', standardDays: 30, share: 20 },
      { slug: 'izin-lingkungan', name: 'Izin Lingkungan', standardDays: 20, share: 25 },
      { slug: 'izin-limbah-b3', name: 'Izin Penyimpanan Sementara Limbah B3', standardDays: 57, share: 10 },
    ],
  },
  {
    slug: 'perizinan-kesehatan',
    name: 'Bidang Perizinan Kesehatan',
    timeZone: 'Asia/Jakarta',
    address: 'Jl. Merdeka No. 1, Kota Contoh (lantai 2)',
    perDay: 18,
    quality: 0.12,
    channels: [['kiosk', 50], ['qr', 40], ['paper', 10]],
    services: [
      { slug: 'izin-praktik-nakes', name: 'Izin Praktik Tenaga Kesehatan', standardDays: 5, share: 60 },
      { slug: 'izin-apotek', name: 'Izin Apotek', standardDays: 10, share: 25 },
      { slug: 'izin-optik', name: 'Izin Optik', standardDays: 7, share: 15 },
    ],
  },
  {
    slug: 'front-office',
    name: 'Front Office dan Pengaduan',
    timeZone: 'Asia/Jakarta',
    address: 'Jl. Merdeka No. 1, Kota Contoh (lobi)',
    perDay: 36,
    quality: 0,
    channels: [['kiosk', 60], ['qr', 15], ['paper', 25]],
    services: [
      { slug: 'konsultasi', name: 'Konsultasi dan Informasi Perizinan', standardDays: null, share: 65 },
      { slug: 'pengaduan', name: 'Penanganan Pengaduan', standardDays: 1, share: 35 },
    ],
  },
];

export interface DemoPeriod {
  name: string;
  startDay: Day;
  endDay: Day;
}

export const DEMO_PERIODS: readonly DemoPeriod[] = [
  { name: 'Triwulan I 2025', startDay: '2025-01-01', endDay: '2025-03-31' },
  { name: 'Triwulan II 2025', startDay: '2025-04-01', endDay: '2025-06-30' },
  { name: 'Triwulan III 2025', startDay: '2025-07-01', endDay: '2025-09-30' },
  { name: 'Triwulan IV 2025', startDay: '2025-10-01', endDay: '2025-12-31' },
  { name: 'Semester I 2025', startDay: '2025-01-01', endDay: '2025-06-30' },
  { name: 'Semester II 2025', startDay: '2025-07-01', endDay: '2025-12-31' },
  { name: 'Tahun 2025', startDay: '2025-01-01', endDay: '2025-12-31' },
  { name: 'Triwulan I 2026', startDay: '2026-01-01', endDay: '2026-03-31' },
  { name: 'Triwulan II 2026', startDay: '2026-04-01', endDay: '2026-06-30' },
  { name: 'Triwulan III 2026', startDay: '2026-07-01', endDay: '2026-09-30' },
  { name: 'Semester I 2026', startDay: '2026-01-01', endDay: '2026-06-30' },
];

/** The demo covers these days, whatever the date the server is started on. */
export const DEMO_FIRST_DAY: Day = '2025-01-01';
export const DEMO_LAST_DAY: Day = '2026-09-30';

/**
 * National holidays and collective leave (cuti bersama) the office is closed on, approximately
 * as decreed for 2025 and 2026; the demo only needs plausible gaps.
 */
export const DEMO_HOLIDAYS: ReadonlySet<Day> = new Set([
  '2025-01-01', '2025-01-27', '2025-01-28', '2025-01-29', '2025-03-28', '2025-03-31', '2025-04-01',
  '2025-04-02', '2025-04-03', '2025-04-04', '2025-04-07', '2025-04-18', '2025-05-01', '2025-05-12',
  '2025-05-13', '2025-05-29', '2025-05-30', '2025-06-06', '2025-06-09', '2025-06-27', '2025-08-18',
  '2025-09-05', '2025-12-25', '2025-12-26',
  '2026-01-01', '2026-01-16', '2026-02-17', '2026-03-19', '2026-03-20', '2026-03-23', '2026-03-24',
  '2026-04-03', '2026-05-01', '2026-05-14', '2026-05-27', '2026-06-01', '2026-06-16', '2026-08-17',
  '2026-08-25',
]);

/** Mean latent score per element (1–4 scale) before unit quality and noise. */
export const ELEMENT_MEANS: Readonly<Record<string, number>> = {
  persyaratan: 3.12,
  prosedur: 3.0,
  // Completion time is the usual weak point of permit offices...
  waktu: 2.72,
  // ...and permits are free of charge, so the fee question scores high.
  biaya: 3.75,
  produk: 3.15,
  kompetensi: 3.22,
  perilaku: 3.35,
  sarana: 3.05,
  pengaduan: 2.92,
};

export const SARAN: readonly string[] = [
  'Mohon waktu penyelesaian izin dipercepat.',
  'Antrian pagi terlalu panjang, tambah loket.',
  'Petugas ramah dan membantu, terima kasih.',
  'Informasi persyaratan di website perlu diperbarui.',
  'Ruang tunggu panas, mohon AC diperbaiki.',
  'Parkir kendaraan kurang luas.',
  'Status berkas sebaiknya bisa dicek lewat WhatsApp.',
  'Pelayanan sudah baik, pertahankan.',
  'Prosedur masih berbelit, mohon disederhanakan.',
  'Sediakan formulir contoh yang sudah diisi.',
  'Mohon tanggapan pengaduan lebih cepat.',
  'Toilet perlu lebih bersih.',
  'Kios survei sering tidak menyala.',
  'Petugas sangat memahami aturan, penjelasannya jelas.',
  'Tambahkan layanan pada hari Sabtu.',
  'Jam istirahat petugas sebaiknya bergantian agar loket tetap buka.',
];

export const OTHER_OCCUPATIONS: readonly string[] = [
  'Mahasiswa', 'Ibu rumah tangga', 'Petani', 'Pensiunan', 'Notaris', 'Konsultan', 'Tenaga kesehatan', 'Apoteker',
];
