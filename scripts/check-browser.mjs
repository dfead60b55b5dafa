#!/usr/bin/env node
// `npm test` runs browser tests; without Chromium they must fail loudly, not pass silently.
// Finds Chromium at PUAS_CHROMIUM or /usr/bin/chromium. On a CI machine running as root it
// installs Debian's package itself; elsewhere it says how to (installing needs root).
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const path = process.env.PUAS_CHROMIUM || '/usr/bin/chromium';

function found() {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

if (found()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && process.env.CI && !process.env.PUAS_CHROMIUM) {
  console.log('Chromium tidak ditemukan: memasang paket Debian "chromium" (CI, root)…');
  if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium']) && found()) process.exit(0);
}

console.error(
  [
    `Chromium tidak ditemukan di ${path}; uji peramban (browser) tidak dapat dijalankan.`,
    'Pasang dengan:  sudo apt-get update && sudo apt-get install -y chromium',
    'atau tunjuk chromium yang sudah ada dengan PUAS_CHROMIUM=/lokasi/chromium.',
    '',
    `Chromium was not found at ${path}; the browser tests cannot run.`,
    'Install it with:  sudo apt-get update && sudo apt-get install -y chromium',
    'or point PUAS_CHROMIUM=/path/to/chromium at an existing one.',
  ].join('\n'),
);
process.exit(1);
