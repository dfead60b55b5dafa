/** Messages of sign-in, roles, accounts and the audit log (API, pages, `skm user`, first start). */
import { defineCatalogue } from './define';

export default defineCatalogue(
  {
    'auth.config.secureCookiesInvalid': 'PUAS_SECURE_COOKIES harus 1 atau 0 (diberikan: {value}).',
    'auth.api.signInRequired': 'Silakan masuk terlebih dahulu.',
    'auth.api.forbidden': 'Akun Anda tidak berhak melakukan ini.',
    'auth.api.unitForbidden': 'Akun Anda tidak berhak atas unit "{unit}".',
    'auth.api.passwordChangeRequired': 'Ganti dahulu kata sandi sementara Anda (POST /api/v1/session/password).',
    'auth.api.csrfMissing': 'Token CSRF tidak ada: kirim header X-CSRF-Token (atau isian _csrf pada formulir). Muat ulang halaman lalu coba lagi.',
    'auth.api.csrfInvalid': 'Token CSRF salah atau kedaluwarsa. Muat ulang halaman lalu coba lagi.',
    'auth.api.originRejected': 'Permintaan dari situs lain ditolak.',
    'auth.api.invalidCredentials': 'Nama pengguna atau kata sandi salah.',
    'auth.api.accountDisabled': 'Akun ini dinonaktifkan. Hubungi admin.',
    'auth.api.throttled': 'Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam {minutes} menit.',
    'auth.api.wrongCurrentPassword': 'Kata sandi saat ini salah.',
    'auth.api.notJson': 'Isi permintaan harus JSON.',
    'auth.field.required': 'Wajib diisi.',
    'auth.password.tooShort': 'Kata sandi minimal {min} karakter.',
    'auth.password.tooLong': 'Kata sandi maksimal {max} karakter.',
    'auth.password.sameAsUsername': 'Kata sandi tidak boleh sama dengan nama pengguna.',
    'auth.password.unchanged': 'Kata sandi baru harus berbeda dari kata sandi saat ini.',
    'auth.password.mismatch': 'Kedua isian kata sandi baru tidak sama.',
    'auth.username.invalid': 'Nama pengguna 2–40 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf atau angka.',
    'auth.displayName.invalid': 'Nama tampilan 1–100 karakter.',
    'auth.role.invalid': 'Peran harus admin, operator atau viewer.',
    'auth.user.exists': 'Nama pengguna "{username}" sudah dipakai.',
    'auth.user.notFound': 'Pengguna "{username}" tidak ditemukan.',
    'auth.user.unitNotFound': 'Unit "{unit}" tidak ditemukan.',
    'auth.user.unitsOnlyForOperators': 'Unit hanya diberikan kepada operator; admin dan viewer melihat semua unit.',
    'auth.user.operatorNeedsUnit': 'Operator harus memegang sedikitnya satu unit.',
    'auth.user.notSelf': 'Anda tidak dapat menonaktifkan akun Anda sendiri.',
    'auth.role.admin': 'Admin',
    'auth.role.operator': 'Operator',
    'auth.role.viewer': 'Pembaca',

    'auth.page.signInTitle': 'Masuk',
    'auth.page.signInIntro': 'Masuk untuk melihat hasil survei dan mengelola unit Anda.',
    'auth.page.username': 'Nama pengguna',
    'auth.page.password': 'Kata sandi',
    'auth.page.signInButton': 'Masuk',
    'auth.page.signedOut': 'Anda sudah keluar.',
    'auth.page.signIn': 'Masuk',
    'auth.page.signOut': 'Keluar',
    'auth.page.signedInAs': '{name} · {role}',
    'auth.page.changePasswordLink': 'Ganti kata sandi',
    'auth.page.signOutTitle': 'Keluar',
    'auth.page.signOutIntro': 'Akhiri sesi Anda di perangkat ini?',
    'auth.page.notSignedIn': 'Anda belum masuk.',
    'auth.page.passwordTitle': 'Ganti kata sandi',
    'auth.page.passwordForced': 'Anda masuk dengan kata sandi sementara. Buat kata sandi baru sebelum melanjutkan.',
    'auth.page.currentPassword': 'Kata sandi saat ini',
    'auth.page.newPassword': 'Kata sandi baru',
    'auth.page.confirmPassword': 'Ulangi kata sandi baru',
    'auth.page.passwordHint': 'Minimal {min} karakter dan tidak sama dengan nama pengguna.',
    'auth.page.passwordButton': 'Simpan kata sandi',
    'auth.page.passwordChanged': 'Kata sandi sudah diganti. Sesi lain akun ini telah diakhiri.',
    'auth.page.forbiddenTitle': 'Akses ditolak',
    'auth.page.forbiddenText': 'Akun Anda ({role}) tidak berhak membuka halaman ini.',
    'auth.page.home': '← Beranda',
    'auth.page.homeAnonymous': 'Hasil survei dan pengaturan unit hanya untuk petugas yang sudah masuk.',
    'auth.page.homeSignIn': 'Masuk untuk petugas',

    'auth.firstRun': `
================================================================================
 AKUN ADMIN PERTAMA / FIRST ADMINISTRATOR ACCOUNT
--------------------------------------------------------------------------------
 Belum ada akun. Akun admin dibuat dengan kata sandi sekali pakai:
 No account existed. An administrator was created with a one-time password:

     Nama pengguna / username:  {username}
     Kata sandi / password:     {password}

 Masuk di {url}masuk lalu ganti kata sandi ini (wajib pada saat masuk pertama).
 Sign in at {url}masuk and change it (required at first sign-in).
 Kata sandi ini hanya ditampilkan sekali. / This password is shown only once.
================================================================================`,

    'auth.cli.help': `Penggunaan:
  skm user create --username NAMA --role admin|operator|viewer [--unit SLUG …] [--name "Nama Tampilan"]
  skm user list [--json]
  skm user disable NAMA
  skm user enable NAMA
  skm user password NAMA

Mengelola akun petugas. Tidak ada kata sandi bawaan: "create" dan "password" membaca kata sandi
dari masukan standar (baris pertama), mis.
  printf '%s\\n' "$KATA_SANDI" | npx skm user create --username sari --role admin
Di terminal, kata sandi diminta tanpa ditampilkan. Kata sandi minimal 10 karakter dan tidak
sama dengan nama pengguna.
  --role        admin (semua), operator (unit sendiri), viewer (membaca semua, tidak mengubah)
  --unit SLUG   unit yang dipegang operator; boleh diulang
  --name        nama tampilan (bawaan: nama pengguna)
"disable" mengakhiri semua sesi akun itu seketika; "password" mengganti kata sandi dan
mengakhiri semua sesinya. Perubahan dicatat di log audit sebagai "cli".`,
    'auth.cli.passwordPrompt': 'Kata sandi untuk {username}: ',
    'auth.cli.noPassword': 'tidak ada kata sandi pada masukan standar. Contoh: printf \'%s\\n\' "$KATA_SANDI" | npx skm user create …',
    'auth.cli.created': 'Pengguna "{username}" ({role}{units}) dibuat.',
    'auth.cli.createdUnits': ', unit: {units}',
    'auth.cli.disabled': 'Pengguna "{username}" dinonaktifkan; semua sesinya diakhiri.',
    'auth.cli.alreadyDisabled': 'Pengguna "{username}" sudah nonaktif.',
    'auth.cli.enabled': 'Pengguna "{username}" diaktifkan kembali.',
    'auth.cli.notDisabled': 'Pengguna "{username}" tidak sedang nonaktif.',
    'auth.cli.passwordSet': 'Kata sandi "{username}" diganti; semua sesinya diakhiri.',
    'auth.cli.none': 'Belum ada pengguna. Buat dengan: npx skm user create --username NAMA --role admin',
    'auth.cli.col.username': 'Nama pengguna',
    'auth.cli.col.name': 'Nama',
    'auth.cli.col.role': 'Peran',
    'auth.cli.col.units': 'Unit',
    'auth.cli.col.status': 'Status',
    'auth.cli.status.active': 'aktif',
    'auth.cli.status.disabled': 'nonaktif',
    'auth.cli.status.mustChange': 'aktif, wajib ganti kata sandi',
  },
  {
    'auth.config.secureCookiesInvalid': 'PUAS_SECURE_COOKIES must be 1 or 0 (given: {value}).',
    'auth.api.signInRequired': 'Please sign in first.',
    'auth.api.forbidden': 'Your account is not allowed to do this.',
    'auth.api.unitForbidden': 'Your account has no rights on unit "{unit}".',
    'auth.api.passwordChangeRequired': 'Change your one-time password first (POST /api/v1/session/password).',
    'auth.api.csrfMissing': 'CSRF token missing: send the X-CSRF-Token header (or the _csrf form field). Reload the page and try again.',
    'auth.api.csrfInvalid': 'CSRF token wrong or expired. Reload the page and try again.',
    'auth.api.originRejected': 'Requests from other sites are refused.',
    'auth.api.invalidCredentials': 'Wrong username or password.',
    'auth.api.accountDisabled': 'This account is disabled. Contact an administrator.',
    'auth.api.throttled': 'Too many failed sign-ins. Try again in {minutes} minutes.',
    'auth.api.wrongCurrentPassword': 'The current password is wrong.',
    'auth.api.notJson': 'The request body must be JSON.',
    'auth.field.required': 'Required.',
    'auth.password.tooShort': 'The password needs at least {min} characters.',
    'auth.password.tooLong': 'The password may have at most {max} characters.',
    'auth.password.sameAsUsername': 'The password must not be the username.',
    'auth.password.unchanged': 'The new password must differ from the current one.',
    'auth.password.mismatch': 'The two new passwords differ.',
    'auth.username.invalid': 'Usernames have 2–40 characters: lower-case letters, digits, dot, underscore or hyphen, starting with a letter or digit.',
    'auth.displayName.invalid': 'Display names have 1–100 characters.',
    'auth.role.invalid': 'The role must be admin, operator or viewer.',
    'auth.user.exists': 'The username "{username}" is taken.',
    'auth.user.notFound': 'User "{username}" not found.',
    'auth.user.unitNotFound': 'Unit "{unit}" not found.',
    'auth.user.unitsOnlyForOperators': 'Units are given to operators only; administrators and viewers see every unit.',
    'auth.user.operatorNeedsUnit': 'An operator needs at least one unit.',
    'auth.user.notSelf': 'You cannot disable your own account.',
    'auth.role.admin': 'Administrator',
    'auth.role.operator': 'Operator',
    'auth.role.viewer': 'Viewer',

    'auth.page.signInTitle': 'Sign in',
    'auth.page.signInIntro': 'Sign in to read survey results and manage your units.',
    'auth.page.username': 'Username',
    'auth.page.password': 'Password',
    'auth.page.signInButton': 'Sign in',
    'auth.page.signedOut': 'You are signed out.',
    'auth.page.signIn': 'Sign in',
    'auth.page.signOut': 'Sign out',
    'auth.page.signedInAs': '{name} · {role}',
    'auth.page.changePasswordLink': 'Change password',
    'auth.page.signOutTitle': 'Sign out',
    'auth.page.signOutIntro': 'End your session on this device?',
    'auth.page.notSignedIn': 'You are not signed in.',
    'auth.page.passwordTitle': 'Change password',
    'auth.page.passwordForced': 'You signed in with a one-time password. Choose a new password before you continue.',
    'auth.page.currentPassword': 'Current password',
    'auth.page.newPassword': 'New password',
    'auth.page.confirmPassword': 'New password again',
    'auth.page.passwordHint': 'At least {min} characters, and not the username.',
    'auth.page.passwordButton': 'Save password',
    'auth.page.passwordChanged': 'Password changed. Other sessions of this account have ended.',
    'auth.page.forbiddenTitle': 'Access denied',
    'auth.page.forbiddenText': 'Your account ({role}) may not open this page.',
    'auth.page.home': '← Home',
    'auth.page.homeAnonymous': 'Survey results and unit settings are for signed-in staff only.',
    'auth.page.homeSignIn': 'Staff sign-in',

    'auth.firstRun': `
================================================================================
 FIRST ADMINISTRATOR ACCOUNT / AKUN ADMIN PERTAMA
--------------------------------------------------------------------------------
 No account existed. An administrator was created with a one-time password:
 Belum ada akun. Akun admin dibuat dengan kata sandi sekali pakai:

     username / nama pengguna:  {username}
     password / kata sandi:     {password}

 Sign in at {url}masuk and change it (required at first sign-in).
 Masuk di {url}masuk lalu ganti kata sandi ini (wajib pada saat masuk pertama).
 This password is shown only once. / Kata sandi ini hanya ditampilkan sekali.
================================================================================`,

    'auth.cli.help': `Usage:
  skm user create --username NAME --role admin|operator|viewer [--unit SLUG …] [--name "Display Name"]
  skm user list [--json]
  skm user disable NAME
  skm user enable NAME
  skm user password NAME

Manages staff accounts. There is no default password: "create" and "password" read the password
from standard input (its first line), e.g.
  printf '%s\\n' "$PASSWORD" | npx skm user create --username sari --role admin
On a terminal the password is asked for without being shown. Passwords need at least 10
characters and must not be the username.
  --role        admin (everything), operator (own units), viewer (reads everything, changes nothing)
  --unit SLUG   a unit the operator runs; repeat for several
  --name        display name (default: the username)
"disable" ends every session of that account at once; "password" sets a new password and ends
every session. Changes are written to the audit log as "cli".`,
    'auth.cli.passwordPrompt': 'Password for {username}: ',
    'auth.cli.noPassword': 'no password on standard input. Example: printf \'%s\\n\' "$PASSWORD" | npx skm user create …',
    'auth.cli.created': 'User "{username}" ({role}{units}) created.',
    'auth.cli.createdUnits': ', units: {units}',
    'auth.cli.disabled': 'User "{username}" disabled; all of its sessions ended.',
    'auth.cli.alreadyDisabled': 'User "{username}" is already disabled.',
    'auth.cli.enabled': 'User "{username}" enabled again.',
    'auth.cli.notDisabled': 'User "{username}" is not disabled.',
    'auth.cli.passwordSet': 'Password of "{username}" changed; all of its sessions ended.',
    'auth.cli.none': 'No users yet. Create one with: npx skm user create --username NAME --role admin',
    'auth.cli.col.username': 'Username',
    'auth.cli.col.name': 'Name',
    'auth.cli.col.role': 'Role',
    'auth.cli.col.units': 'Units',
    'auth.cli.col.status': 'Status',
    'auth.cli.status.active': 'active',
    'auth.cli.status.disabled': 'disabled',
    'auth.cli.status.mustChange': 'active, must change password',
  },
);
