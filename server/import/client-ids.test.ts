import { describe, expect, it } from 'vitest';
import { importClientIds } from './client-ids';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('importClientIds', () => {
  it('makes version 7 UUIDs that start with the time and sort in the order they are made', () => {
    const at = Date.UTC(2026, 0, 15, 8, 30);
    const next = importClientIds(at);
    const ids = Array.from({ length: 70_000 }, () => next());
    for (const id of [ids[0]!, ids[65_536]!, ids.at(-1)!]) expect(id).toMatch(UUID_V7);
    expect(parseInt(ids[0]!.replace('-', '').slice(0, 12), 16)).toBe(at);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives two imports of the same millisecond different ids', () => {
    const at = Date.now();
    const a = importClientIds(at);
    const b = importClientIds(at);
    const first = new Set(Array.from({ length: 1000 }, () => a()));
    for (let i = 0; i < 1000; i++) expect(first.has(b())).toBe(false);
  });
});
