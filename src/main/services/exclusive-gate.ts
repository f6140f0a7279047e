/*
 * One long job at a time that must have the database to itself (an import writing 50,000 rows in
 * one transaction, yielding to the event loop between chunks so its progress can be read).
 * Without the gate, a call that arrives between two chunks would run inside the job's open
 * transaction: its writes would join the import, and vanish with it if the import rolled back.
 * The router makes every other call wait its turn; the scheduled backup skips a turn.
 */

/** The gate a long job holds while it has the database to itself. */
export interface ExclusiveGate {
  /** Whether a job holds the gate now. */
  readonly busy: boolean;
  /** Takes the gate (refused if already held); the returned function lets go, once. */
  hold(): () => void;
  /** Resolves when no job holds the gate (at once when none does). */
  whenFree(): Promise<void>;
}

/** The error when two jobs try to hold the gate together (a programming error). */
export class GateHeldError extends Error {
  constructor() {
    super('another job already has the database to itself');
    this.name = 'GateHeldError';
  }
}

/** A fresh, free gate. */
export function createExclusiveGate(): ExclusiveGate {
  let freed: Promise<void> | null = null;
  let release: (() => void) | null = null;
  return {
    get busy() {
      return freed !== null;
    },
    hold() {
      if (freed) throw new GateHeldError();
      freed = new Promise<void>((resolve) => (release = resolve));
      let done = false;
      return () => {
        if (done) return;
        done = true;
        const r = release;
        freed = null;
        release = null;
        r?.();
      };
    },
    whenFree() {
      return freed ?? Promise.resolve();
    },
  };
}
