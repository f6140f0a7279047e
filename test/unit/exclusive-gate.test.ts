import { describe, expect, it } from 'vitest';
import { createExclusiveGate, GateHeldError } from '../../src/main/services/exclusive-gate';

describe('the exclusive gate an import holds', () => {
  it('is free at first, and whenFree answers at once', async () => {
    const gate = createExclusiveGate();
    expect(gate.busy).toBe(false);
    await expect(gate.whenFree()).resolves.toBeUndefined();
  });

  it('makes waiters wait until the holder lets go, and refuses a second holder', async () => {
    const gate = createExclusiveGate();
    const release = gate.hold();
    expect(gate.busy).toBe(true);
    expect(() => gate.hold()).toThrow(GateHeldError);
    let through = false;
    const waiting = gate.whenFree().then(() => (through = true));
    await new Promise((r) => setImmediate(r));
    expect(through).toBe(false);
    release();
    await waiting;
    expect(through).toBe(true);
    expect(gate.busy).toBe(false);
  });

  it('letting go twice does not free a later holder', () => {
    const gate = createExclusiveGate();
    const first = gate.hold();
    first();
    gate.hold();
    first();
    expect(gate.busy).toBe(true);
  });
});
