import { describe, expect, it } from 'vitest';
import { auditChanges, valueText } from './audit-diff';

describe('auditChanges', () => {
  it('lists only the keys whose values differ, as text', () => {
    const before = { username: 'rina', units: ['a', 'b'], disabledAt: null, mustChangePassword: false, extra: { x: 1 } };
    const after = { username: 'rina', units: ['a'], disabledAt: '2026-11-24T02:00:00.000Z', mustChangePassword: false, extra: { x: 2 } };
    expect(auditChanges(before, after)).toEqual([
      { key: 'units', before: 'a, b', after: 'a' },
      { key: 'disabledAt', before: '–', after: '2026-11-24T02:00:00.000Z' },
      { key: 'extra', before: '{"x":1}', after: '{"x":2}' },
    ]);
  });

  it('shows every key of a creation or a deletion, with the missing side null', () => {
    expect(auditChanges(null, { role: 'admin', units: [] })).toEqual([
      { key: 'role', before: null, after: 'admin' },
      { key: 'units', before: null, after: '–' },
    ]);
    expect(auditChanges({ address: '10.0.0.1' }, null)).toEqual([{ key: 'address', before: '10.0.0.1', after: null }]);
    expect(auditChanges(null, null)).toEqual([]);
  });

  it('keeps markup as plain text and handles bare values', () => {
    expect(auditChanges({ name: '<b>x</b>' }, { name: '<script>' })).toEqual([{ key: 'name', before: '<b>x</b>', after: '<script>' }]);
    expect(auditChanges('old', 'new')).toEqual([{ key: '', before: 'old', after: 'new' }]);
    expect(auditChanges([1], [1])).toEqual([]);
    expect(valueText(true)).toBe('true');
    expect(valueText([{ a: 1 }])).toBe('[{"a":1}]');
  });
});
