import { describe, expect, it } from 'vitest';
import type { Score } from '../types';
import { fastThreshold, qualityFlags } from './flags';

const nine = (score: Score): Record<string, Score | null> => Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((c) => [c, score]));

describe('qualityFlags', () => {
  it('scales the fast threshold with the number of elements: 10 s for nine, 14 elements ≈ 15.6 s', () => {
    expect(fastThreshold(9)).toBeCloseTo(10, 10);
    expect(fastThreshold(14)).toBeCloseTo(15.556, 3);
    const mixed: Record<string, Score | null> = { ...nine(3), a: 4 };
    expect(qualityFlags(mixed, 9, 9.9)).toEqual(['fast']);
    expect(qualityFlags(mixed, 9, 10)).toEqual([]);
    expect(qualityFlags(mixed, 14, 12)).toEqual(['fast']);
    expect(qualityFlags(mixed, 9, null)).toEqual([]);
    expect(qualityFlags(mixed, 9, undefined)).toEqual([]);
  });

  it('flags identical answers from five answered elements on, ignoring blanks', () => {
    expect(qualityFlags(nine(4), 9, 60)).toEqual(['straightline']);
    expect(qualityFlags(nine(1), 9, 3)).toEqual(['fast', 'straightline']);
    const fiveAnswered = { a: 2, b: 2, c: 2, d: 2, e: 2, f: null, g: null, h: null, i: null } as const;
    expect(qualityFlags(fiveAnswered, 9, 60)).toEqual(['straightline']);
    const fourAnswered = { ...fiveAnswered, e: null };
    expect(qualityFlags(fourAnswered, 9, 60)).toEqual([]);
    expect(qualityFlags({ ...nine(2), i: 3 as Score }, 9, 60)).toEqual([]);
  });
});
