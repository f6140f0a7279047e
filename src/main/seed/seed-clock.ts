import type { Clock } from '../../shared/clock';

/** A clock the seeder moves to each event's time, so every record and audit entry is dated as it would have been. */
export interface SeedClock extends Clock {
  set(at: Date | string): void;
}

/** A settable clock starting at `start`. */
export function seedClock(start: Date): SeedClock {
  let t = new Date(start);
  return { now: () => new Date(t), set: (at) => (t = new Date(at)) };
}
