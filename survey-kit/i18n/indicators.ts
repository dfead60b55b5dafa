/** Messages of the indicators beyond the IKM (skm-method.md §4–6) and of the working-day calendar. */
import { defineCatalogue } from './define';

export default defineCatalogue(
  {
    'indicators.complaintCount': 'Jumlah pengaduan',
    'indicators.complaintRate': 'Tingkat pengaduan masyarakat',
    'indicators.responseTimeliness': 'Kesesuaian waktu respon pengaduan',
    'indicators.resolutionMedian': 'Median waktu penyelesaian pengaduan (hari kerja)',
    'indicators.serviceOnTime': 'Kesesuaian waktu layanan',
    'indicators.responseCoverage': 'Cakupan responden',
    'indicators.sampleAdequacy': 'Kecukupan sampel (Krejcie–Morgan)',
    'indicators.followUpCompletion': 'Penyelesaian rencana tindak lanjut',
    'indicators.followUpDelay': 'Median keterlambatan tindak lanjut (hari)',
    'indicators.notDefined': 'tidak terdefinisi',

    'indicators.reason.noPreviousComplaints': 'Tidak terdefinisi: periode sebelumnya tidak memiliki pengaduan.',
    'indicators.reason.noDecidedComplaints':
      'Belum dapat dihitung: tidak ada pengaduan yang sudah dijawab atau melewati batas waktu.',
    'indicators.reason.noResolvedComplaints': 'Belum dapat dihitung: belum ada pengaduan yang selesai.',
    'indicators.reason.noCompletedServices': 'Belum dapat dihitung: belum ada layanan yang selesai.',
    'indicators.reason.noStandard': 'Standar waktu layanan ini belum ditetapkan.',
    'indicators.reason.noServed': 'Tidak terdefinisi: jumlah penerima layanan pada periode ini nol atau belum diisi.',
    'indicators.reason.noFollowUpItems': 'Belum ada butir rencana tindak lanjut.',
    'indicators.reason.noCompletedItems': 'Belum ada butir rencana tindak lanjut yang selesai.',

    'indicators.calendar.type.libur_nasional': 'Libur nasional',
    'indicators.calendar.type.cuti_bersama': 'Cuti bersama',
    'indicators.calendar.origin.default': 'Bawaan (SKB 3 Menteri)',
    'indicators.calendar.origin.organisation': 'Diubah organisasi',
    'indicators.calendar.outsideCoverage':
      'Kalender hari libur hanya memuat {from} s.d. {to}. Di luar rentang itu hanya Sabtu dan Minggu yang dihitung sebagai hari libur.',
    'indicators.calendar.noCoverage':
      'Belum ada data hari libur nasional: hanya Sabtu dan Minggu yang dihitung sebagai hari libur.',
  },
  {
    'indicators.complaintCount': 'Number of complaints',
    'indicators.complaintRate': 'Complaint rate',
    'indicators.responseTimeliness': 'Complaint response timeliness',
    'indicators.resolutionMedian': 'Median time to resolve a complaint (working days)',
    'indicators.serviceOnTime': 'Service on-time rate',
    'indicators.responseCoverage': 'Response coverage',
    'indicators.sampleAdequacy': 'Sample adequacy (Krejcie–Morgan)',
    'indicators.followUpCompletion': 'Follow-up plan completion',
    'indicators.followUpDelay': 'Median follow-up delay (days)',
    'indicators.notDefined': 'not defined',

    'indicators.reason.noPreviousComplaints': 'Not defined: the previous period had no complaints.',
    'indicators.reason.noDecidedComplaints':
      'Cannot be computed yet: no complaint has been answered or passed its deadline.',
    'indicators.reason.noResolvedComplaints': 'Cannot be computed yet: no complaint has been resolved.',
    'indicators.reason.noCompletedServices': 'Cannot be computed yet: no service has been completed.',
    'indicators.reason.noStandard': 'No standard time has been set for this service.',
    'indicators.reason.noServed': 'Not defined: the number of people served in this period is zero or missing.',
    'indicators.reason.noFollowUpItems': 'The follow-up plan has no items yet.',
    'indicators.reason.noCompletedItems': 'No follow-up plan item has been completed yet.',

    'indicators.calendar.type.libur_nasional': 'National holiday',
    'indicators.calendar.type.cuti_bersama': 'Collective leave',
    'indicators.calendar.origin.default': 'Default (joint ministerial decree)',
    'indicators.calendar.origin.organisation': 'Changed by the organisation',
    'indicators.calendar.outsideCoverage':
      'The holiday calendar only covers {from} to {to}. Outside that range only Saturdays and Sundays count as days off.',
    'indicators.calendar.noCoverage': 'No national holiday data yet: only Saturdays and Sundays count as days off.',
  },
);
