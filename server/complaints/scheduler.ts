/**
 * A small in-process scheduler for daily housekeeping (the contact purge). One process serves
 * one database, so no lock is needed; a failed run is logged and tried again the next day.
 */
import { DAY_MS } from '../../survey-kit/time/index';

export interface Scheduled {
  stop(): void;
}

export function scheduleDaily(task: () => Promise<unknown>, options: { intervalMs?: number; onError?: (err: unknown) => void } = {}): Scheduled {
  const onError = options.onError ?? ((err: unknown) => console.error(err));
  let running = false;
  const run = () => {
    // A slow run (a huge register) must not overlap the next one.
    if (running) return;
    running = true;
    task()
      .catch(onError)
      .finally(() => {
        running = false;
      });
  };
  run();
  const timer = setInterval(run, options.intervalMs ?? DAY_MS);
  // Housekeeping must never keep the process alive on its own.
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
