import { describe, expect, it } from 'vitest';
import { splitRange } from './scope';

describe('splitRange', () => {
  it('reads whole months from month rows and the edges from day rows', () => {
    expect(splitRange('2026-01-01', '2026-12-31')).toEqual([{ grain: 'M', from: '2026-01-01', to: '2026-12-01' }]);
    expect(splitRange('2025-12-30', '2026-03-02')).toEqual([
      { grain: 'D', from: '2025-12-30', to: '2025-12-31' },
      { grain: 'M', from: '2026-01-01', to: '2026-02-01' },
      { grain: 'D', from: '2026-03-01', to: '2026-03-02' },
    ]);
    // February of a leap year ends on the 29th.
    expect(splitRange('2028-02-01', '2028-02-29')).toEqual([{ grain: 'M', from: '2028-02-01', to: '2028-02-01' }]);
    expect(splitRange('2028-02-01', '2028-02-28')).toEqual([{ grain: 'D', from: '2028-02-01', to: '2028-02-28' }]);
  });

  it('uses day rows only when no whole month fits', () => {
    expect(splitRange('2026-01-15', '2026-02-14')).toEqual([{ grain: 'D', from: '2026-01-15', to: '2026-02-14' }]);
    expect(splitRange('2026-03-31', '2026-03-31')).toEqual([{ grain: 'D', from: '2026-03-31', to: '2026-03-31' }]);
    expect(splitRange('2026-04-02', '2026-04-01')).toEqual([]);
  });
});
