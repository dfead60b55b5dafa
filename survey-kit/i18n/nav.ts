/** The site's navigation and language switch (area 'nav'). */
import { defineCatalogue } from './define';

export default defineCatalogue(
  {
    'nav.label': 'Menu utama',
    'nav.home': 'Beranda',
    'nav.dashboard': 'Dasbor IKM',
    'nav.indicators': 'Indikator',
    'nav.complaints': 'Pengaduan',
    'nav.devices': 'Perangkat kiosk',
    'nav.settings': 'Pengaturan',
    'nav.switchLang': 'English',
    'nav.switchLangTitle': 'Switch to English',
  },
  {
    'nav.label': 'Main menu',
    'nav.home': 'Home',
    'nav.dashboard': 'IKM dashboard',
    'nav.indicators': 'Indicators',
    'nav.complaints': 'Complaints',
    'nav.devices': 'Kiosk devices',
    'nav.settings': 'Settings',
    'nav.switchLang': 'Bahasa Indonesia',
    'nav.switchLangTitle': 'Ganti ke Bahasa Indonesia',
  },
);
