/**
 * The kiosk clock of <skm-survey>: counts idle time and the thank-you screen, shows the idle
 * warning (a modal alert that takes the focus and gives it back) and resets the survey.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { timerAction } from './timers';

export interface ClockBinding {
  screen(): 'start' | 'step' | 'thanks';
  idleTimeout(): number;
  thanksTimeout(): number;
  /** The start screen shows another language or text size than the kiosk's default. */
  startChanged(): boolean;
  reset(reason: 'idle' | 'thanks'): void;
  root(): HTMLElement | DocumentFragment;
}

export class KioskClock implements ReactiveController {
  /** Seconds left of the idle warning or the thank-you screen; null when not counting. */
  countdown: number | null = null;
  private lastActivity = Date.now();
  private thanksAt = 0;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private focusBefore: HTMLElement | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly b: ClockBinding,
  ) {
    host.addController(this);
    const touch = (): void => {
      this.lastActivity = Date.now();
      if (this.b.screen() === 'step' && this.countdown !== null) this.dismiss();
    };
    for (const type of ['pointerdown', 'keydown', 'input']) host.addEventListener(type, touch);
  }

  hostConnected(): void {
    this.ticker = setInterval(() => this.tick(), 1000);
  }

  hostDisconnected(): void {
    clearInterval(this.ticker);
  }

  /** A new screen: the idle count starts again and any warning goes. */
  restart(): void {
    this.lastActivity = Date.now();
    this.set(null);
  }

  thanksShown(): void {
    this.thanksAt = Date.now();
    this.set(this.b.thanksTimeout() > 0 ? this.b.thanksTimeout() : null);
  }

  /** "Ya, lanjutkan" or any touch: the warning closes and the focus returns where it was. */
  dismiss(): void {
    this.set(null);
    const back = this.focusBefore;
    this.focusBefore = null;
    void this.host.updateComplete.then(() => back?.focus());
  }

  private tick(): void {
    const action = timerAction({
      screen: this.b.screen(),
      nowMs: Date.now(),
      lastActivityMs: this.lastActivity,
      thanksAtMs: this.thanksAt,
      idleTimeout: this.b.idleTimeout(),
      thanksTimeout: this.b.thanksTimeout(),
      startChanged: this.b.startChanged(),
    });
    if (action.kind === 'reset') {
      this.b.reset(action.reason);
      return;
    }
    if (action.kind !== 'countdown') return;
    const warningOpens = this.b.screen() === 'step' && this.countdown === null;
    this.set(action.seconds);
    if (!warningOpens) return;
    const root = this.b.root();
    const active = root instanceof ShadowRoot ? root.activeElement : document.activeElement;
    this.focusBefore = active instanceof HTMLElement ? active : null;
    void this.host.updateComplete.then(() => root.querySelector<HTMLElement>('.dialog button')?.focus());
  }

  private set(value: number | null): void {
    if (value === this.countdown) return;
    this.countdown = value;
    this.host.requestUpdate();
  }
}
