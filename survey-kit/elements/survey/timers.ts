/**
 * What the kiosk clock should do on each one-second tick. Pure, so the unattended loop
 * (idle reset, thank-you reset) can be tested without waiting for real time.
 */
export interface TimerInput {
  screen: 'start' | 'step' | 'thanks';
  nowMs: number;
  lastActivityMs: number;
  thanksAtMs: number;
  /** Seconds; 0 = never. */
  idleTimeout: number;
  /** Seconds; 0 = the thank-you screen stays. */
  thanksTimeout: number;
  /** The start screen shows a language or text size other than the kiosk's default. */
  startChanged: boolean;
}

export type TimerAction = { kind: 'none' } | { kind: 'countdown'; seconds: number } | { kind: 'reset'; reason: 'idle' | 'thanks' };

/** The idle warning appears this many seconds before the reset (at most half the timeout). */
export function warningSeconds(idleTimeout: number): number {
  return Math.min(10, Math.floor(idleTimeout / 2));
}

export function timerAction(i: TimerInput): TimerAction {
  if (i.screen === 'thanks') {
    if (i.thanksTimeout <= 0) return { kind: 'none' };
    const left = Math.ceil(i.thanksTimeout - (i.nowMs - i.thanksAtMs) / 1000);
    return left <= 0 ? { kind: 'reset', reason: 'thanks' } : { kind: 'countdown', seconds: left };
  }
  if (i.idleTimeout <= 0) return { kind: 'none' };
  const left = Math.ceil(i.idleTimeout - (i.nowMs - i.lastActivityMs) / 1000);
  if (i.screen === 'start') {
    // A kiosk left in English or large text goes back to its defaults for the next person.
    return i.startChanged && left <= 0 ? { kind: 'reset', reason: 'idle' } : { kind: 'none' };
  }
  if (left <= 0) return { kind: 'reset', reason: 'idle' };
  return left <= warningSeconds(i.idleTimeout) ? { kind: 'countdown', seconds: left } : { kind: 'none' };
}
