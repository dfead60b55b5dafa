import { describe, expect, it } from 'vitest';
import type { Instrument } from '../../types';
import { SKM_2017 } from '../../instruments/index';
import { buildCompletion, buildSteps, canAdvance, emptyState, parseAge, SARAN_MAX, type SurveyState } from './model';
import { timerAction, warningSeconds, type TimerInput } from './timers';

const HOSPITAL: Instrument = {
  ...SKM_2017,
  code: 'rs',
  elements: SKM_2017.elements.map((e) => (e.code === 'biaya' ? { ...e, optional: true } : e)),
};

describe('steps', () => {
  it('asks every element in order, then the profile, then the suggestion', () => {
    const steps = buildSteps(SKM_2017, { profile: true, saran: true });
    expect(steps.map((s) => (s.kind === 'question' ? s.element.code : s.kind === 'profile' ? s.field : 'saran'))).toEqual([
      ...SKM_2017.elements.map((e) => e.code),
      'jenis_kelamin',
      'usia',
      'pendidikan',
      'pekerjaan',
      'saran',
    ]);
    expect(buildSteps(SKM_2017, { profile: false, saran: false })).toHaveLength(9);
  });

  it('lets only optional elements be passed without an answer', () => {
    const steps = buildSteps(HOSPITAL, { profile: false, saran: false });
    const biaya = steps.find((s) => s.kind === 'question' && s.element.code === 'biaya')!;
    const waktu = steps.find((s) => s.kind === 'question' && s.element.code === 'waktu')!;
    const state = emptyState();
    expect(canAdvance(biaya, state)).toBe(true);
    expect(canAdvance(waktu, state)).toBe(false);
    expect(canAdvance(waktu, { ...state, answers: { waktu: 2 } })).toBe(true);
  });
});

describe('completion', () => {
  const start = new Date('2025-03-04T01:00:00Z');
  const end = new Date('2025-03-04T01:00:42.25Z');

  it('sends every element (skipped ones as null) and only the profile fields actually given', () => {
    const state: SurveyState = {
      ...emptyState(),
      startedAt: start,
      answers: { persyaratan: 4, prosedur: 3, biaya: null },
      profile: { jenis_kelamin: 'L', usia: null, pendidikan: null },
      saran: '  Parkir kurang luas  ',
    };
    const c = buildCompletion(HOSPITAL, state, end);
    expect(Object.keys(c.answers)).toEqual(HOSPITAL.elements.map((e) => e.code));
    expect(c.answers['persyaratan']).toBe(4);
    expect(c.answers['biaya']).toBeNull();
    expect(c.profile).toEqual({ jenis_kelamin: 'L' });
    expect(c.saran).toBe('Parkir kurang luas');
    expect(c.startedAt).toBe('2025-03-04T01:00:00.000Z');
    expect(c.completionSeconds).toBe(42.3);
  });

  it('leaves profile and saran out entirely when nothing was given', () => {
    const c = buildCompletion(SKM_2017, { ...emptyState(), startedAt: start, profile: { jenis_kelamin: null, usia: null, pendidikan: null, pekerjaan: null } }, end);
    expect('profile' in c).toBe(false);
    expect('saran' in c).toBe(false);
  });

  it('ignores profile values outside the canonical lists and cuts saran at the limit', () => {
    const state = {
      ...emptyState(),
      profile: { jenis_kelamin: 'X', usia: 7, pendidikan: 'S4', pekerjaan: 'PNS' } as unknown as ReturnType<typeof emptyState>['profile'],
      saran: 'a'.repeat(SARAN_MAX + 10),
    };
    const c = buildCompletion(SKM_2017, state, end);
    expect(c.profile).toEqual({ pekerjaan: 'PNS' });
    expect(c.saran).toHaveLength(SARAN_MAX);
  });

  it('reads an age as whole years within 10–120', () => {
    expect(parseAge(' 34 ')).toBe(34);
    expect(parseAge('9')).toBeNull();
    expect(parseAge('121')).toBeNull();
    expect(parseAge('3.5')).toBeNull();
    expect(parseAge('')).toBeNull();
  });
});

describe('kiosk timers', () => {
  const base: TimerInput = {
    screen: 'step',
    nowMs: 100_000,
    lastActivityMs: 100_000,
    thanksAtMs: 0,
    idleTimeout: 60,
    thanksTimeout: 8,
    startChanged: false,
  };

  it('warns before an idle reset and then resets', () => {
    expect(warningSeconds(60)).toBe(10);
    expect(warningSeconds(5)).toBe(2);
    expect(timerAction({ ...base, nowMs: 100_000 + 49_000 })).toEqual({ kind: 'none' });
    expect(timerAction({ ...base, nowMs: 100_000 + 50_500 })).toEqual({ kind: 'countdown', seconds: 10 });
    expect(timerAction({ ...base, nowMs: 100_000 + 60_000 })).toEqual({ kind: 'reset', reason: 'idle' });
  });

  it('never resets when the idle timeout is off', () => {
    expect(timerAction({ ...base, idleTimeout: 0, nowMs: 10_000_000 })).toEqual({ kind: 'none' });
  });

  it('leaves an untouched start screen alone but restores a changed one', () => {
    const start = { ...base, screen: 'start' as const, nowMs: 100_000 + 61_000 };
    expect(timerAction(start)).toEqual({ kind: 'none' });
    expect(timerAction({ ...start, startChanged: true })).toEqual({ kind: 'reset', reason: 'idle' });
  });

  it('counts the thank-you screen down, or keeps it when its timeout is off', () => {
    const thanks = { ...base, screen: 'thanks' as const, thanksAtMs: 100_000 };
    expect(timerAction({ ...thanks, nowMs: 103_000 })).toEqual({ kind: 'countdown', seconds: 5 });
    expect(timerAction({ ...thanks, nowMs: 108_000 })).toEqual({ kind: 'reset', reason: 'thanks' });
    expect(timerAction({ ...thanks, thanksTimeout: 0, nowMs: 1_000_000 })).toEqual({ kind: 'none' });
  });
});
