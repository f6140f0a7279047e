/** The source of "now". Services take one so tests can set the time. */
export interface Clock {
  now(): Date;
}

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock that stays where it is put; tests move it by hand. */
export function fixedClock(start: Date | string): Clock & { set(t: Date | string): void; advance(ms: number): void } {
  let t = new Date(start);
  return {
    now: () => new Date(t),
    set: (v) => {
      t = new Date(v);
    },
    advance: (ms) => {
      t = new Date(t.getTime() + ms);
    },
  };
}
