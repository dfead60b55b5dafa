import { describe, expect, it } from 'vitest';
import { statusParts } from './text';

describe('status mark', () => {
  it('says whether the device is online and how many responses wait', () => {
    expect(statusParts('id', { online: true, waiting: 0, rejected: 0 })).toEqual({ connection: 'Terhubung', queue: 'Semua terkirim', rejected: null });
    expect(statusParts('id', { online: false, waiting: 3, rejected: 1 })).toEqual({
      connection: 'Tidak terhubung',
      queue: '3 menunggu dikirim',
      rejected: '1 ditolak',
    });
    expect(statusParts('en', { online: false, waiting: 2, rejected: 0 })).toEqual({ connection: 'Offline', queue: '2 waiting to be sent', rejected: null });
  });
});
