/** Times staff type and exports carry, read in the unit's zone. */
import { describe, expect, it } from 'vitest';
import { localInputValue, parseLocalTime } from './local-time';

describe('local times', () => {
  it('reads wall-clock times in the unit zone and instants with an offset as they are', () => {
    expect(parseLocalTime('2026-03-02T09:15', 'Asia/Makassar')?.toISOString()).toBe('2026-03-02T01:15:00.000Z');
    expect(parseLocalTime('02/03/2026 09.15', 'Asia/Jayapura')?.toISOString()).toBe('2026-03-02T00:15:00.000Z');
    expect(parseLocalTime('2026-03-02', 'Asia/Jakarta')?.toISOString()).toBe('2026-03-01T17:00:00.000Z');
    expect(parseLocalTime('2026-03-02T09:15:00Z', 'Asia/Jakarta')?.toISOString()).toBe('2026-03-02T09:15:00.000Z');
    expect(parseLocalTime('2 Maret 2026 09.15', 'Asia/Jakarta')?.toISOString()).toBe('2026-03-02T02:15:00.000Z');
    expect(parseLocalTime('02 Agu 2026', 'Asia/Jakarta')?.toISOString()).toBe('2026-08-01T17:00:00.000Z');
    expect(parseLocalTime('2 Maretan 2026', 'Asia/Jakarta')).toBeNull();
    expect(parseLocalTime('2026-02-30', 'Asia/Jakarta')).toBeNull();
    expect(parseLocalTime('25:00', 'Asia/Jakarta')).toBeNull();
    expect(parseLocalTime('2026-03-02 24:10', 'Asia/Jakarta')).toBeNull();
    expect(localInputValue(new Date('2026-03-02T01:15:00Z'), 'Asia/Makassar')).toBe('2026-03-02T09:15');
  });
});
