/**
 * The survey's state, free of any DOM: which screens come in which order, and how the answers
 * become the response payload. Kept apart from the Lit element so it can be tested in Node.
 */
import type { Education, ElementDef, Instrument, Occupation, Score, Sex } from '../../types';
import { EDUCATIONS, OCCUPATIONS, SEXES } from '../../types';

export const SARAN_MAX = 2000;
export const AGE_MIN = 10;
export const AGE_MAX = 120;

/** Profile fields in the API's spelling (snake case, as on the regulation's sample form). */
export type ProfileField = 'jenis_kelamin' | 'usia' | 'pendidikan' | 'pekerjaan';
export const PROFILE_FIELDS: readonly ProfileField[] = ['jenis_kelamin', 'usia', 'pendidikan', 'pekerjaan'];

/** Choices offered for each choice-type profile field, in display order. */
export const PROFILE_CHOICES = {
  jenis_kelamin: SEXES,
  pendidikan: EDUCATIONS,
  pekerjaan: OCCUPATIONS,
} as const satisfies Record<Exclude<ProfileField, 'usia'>, readonly string[]>;

/** The profile as sent to the API: a field that is absent was not given (never a default). */
export interface ResponseProfile {
  jenis_kelamin?: Sex;
  usia?: number;
  pendidikan?: Education;
  pekerjaan?: Occupation;
}

/** Detail of the `skm-complete` event: the API payload without id, unit, service and channel. */
export interface SurveyCompletion {
  /** Every element of the instrument; null = skipped (only optional elements can be). */
  answers: Record<string, Score | null>;
  profile?: ResponseProfile;
  saran?: string;
  /** ISO time the respondent pressed Start. */
  startedAt: string;
  /** Seconds from Start to Send (kept by the client; not part of the request body). */
  completionSeconds: number;
}

export type Step =
  | { kind: 'question'; element: ElementDef; number: number }
  | { kind: 'profile'; field: ProfileField }
  | { kind: 'saran' };

export interface StepOptions {
  profile: boolean;
  saran: boolean;
}

/** Screens between Start and Thank-you: one per element, then the profile fields, then saran. */
export function buildSteps(instrument: Instrument, options: StepOptions): Step[] {
  const steps: Step[] = instrument.elements.map((element, i) => ({ kind: 'question', element, number: i + 1 }));
  if (options.profile) for (const field of PROFILE_FIELDS) steps.push({ kind: 'profile', field });
  if (options.saran) steps.push({ kind: 'saran' });
  return steps;
}

/** What the respondent has entered so far. `undefined` = not reached or not decided yet. */
export interface SurveyState {
  answers: Record<string, Score | null | undefined>;
  /** A profile field set to null was declined ("Tidak ingin menjawab"). */
  profile: { [F in ProfileField]?: ResponseProfile[F] | null };
  saran: string;
  startedAt: Date | null;
}

export function emptyState(): SurveyState {
  return { answers: {}, profile: {}, saran: '', startedAt: null };
}

/** True when the step has what it needs to move on (an answer, or the element is optional). */
export function canAdvance(step: Step, state: SurveyState): boolean {
  if (step.kind === 'question') {
    const a = state.answers[step.element.code];
    return a !== undefined && a !== null ? true : step.element.optional === true;
  }
  return true;
}

/** A whole number of years within the accepted range, or null. */
export function parseAge(input: string): number | null {
  const s = input.trim();
  if (!/^\d{1,3}$/.test(s)) return null;
  const n = Number(s);
  return n >= AGE_MIN && n <= AGE_MAX ? n : null;
}

function isSex(v: unknown): v is Sex {
  return (SEXES as readonly unknown[]).includes(v);
}
function isEducation(v: unknown): v is Education {
  return (EDUCATIONS as readonly unknown[]).includes(v);
}
function isOccupation(v: unknown): v is Occupation {
  return (OCCUPATIONS as readonly unknown[]).includes(v);
}

/** The completed response. Only what the respondent actually gave is included. */
export function buildCompletion(instrument: Instrument, state: SurveyState, now: Date): SurveyCompletion {
  const answers: Record<string, Score | null> = {};
  for (const el of instrument.elements) answers[el.code] = state.answers[el.code] ?? null;

  const profile: ResponseProfile = {};
  const p = state.profile;
  if (isSex(p.jenis_kelamin)) profile.jenis_kelamin = p.jenis_kelamin;
  if (typeof p.usia === 'number' && p.usia >= AGE_MIN && p.usia <= AGE_MAX) profile.usia = p.usia;
  if (isEducation(p.pendidikan)) profile.pendidikan = p.pendidikan;
  if (isOccupation(p.pekerjaan)) profile.pekerjaan = p.pekerjaan;

  const started = state.startedAt ?? now;
  const out: SurveyCompletion = {
    answers,
    startedAt: started.toISOString(),
    completionSeconds: Math.max(0, Math.round((now.getTime() - started.getTime()) / 100) / 10),
  };
  if (Object.keys(profile).length > 0) out.profile = profile;
  const saran = state.saran.trim().slice(0, SARAN_MAX);
  if (saran !== '') out.saran = saran;
  return out;
}
