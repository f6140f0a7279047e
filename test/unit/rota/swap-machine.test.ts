import { describe, expect, it } from 'vitest';
import { swapActionsFor, swapStep } from '../../../src/shared/rota/swap-machine';

const requester = { isRequester: true, isCounterpart: false, isManager: false };
const colleague = { isRequester: false, isCounterpart: true, isManager: false };
const manager = { isRequester: false, isCounterpart: false, isManager: true };
const bystander = { isRequester: false, isCounterpart: false, isManager: false };

describe('swap states', () => {
  it('goes requested → accepted by the colleague → approved by a manager', () => {
    expect(swapStep('requested', 'accept', colleague)).toEqual({ ok: true, next: 'accepted' });
    expect(swapStep('accepted', 'approve', manager)).toEqual({ ok: true, next: 'approved' });
  });

  it('needs the colleague to accept before a manager approves', () => {
    expect(swapStep('requested', 'approve', manager)).toMatchObject({ ok: false, why: 'state' });
  });

  it('lets only a manager approve, and only the colleague or a manager accept', () => {
    expect(swapStep('accepted', 'approve', colleague)).toMatchObject({ ok: false, why: 'actor' });
    expect(swapStep('requested', 'accept', requester)).toMatchObject({ ok: false, why: 'actor' });
    expect(swapStep('requested', 'accept', bystander)).toMatchObject({ ok: false, why: 'actor' });
    expect(swapStep('requested', 'accept', manager)).toEqual({ ok: true, next: 'accepted' });
  });

  it('lets the colleague decline before accepting, a manager at any open stage, and the requester cancel', () => {
    expect(swapStep('requested', 'decline', colleague)).toEqual({ ok: true, next: 'declined' });
    expect(swapStep('accepted', 'decline', colleague)).toMatchObject({ ok: false, why: 'state' });
    expect(swapStep('accepted', 'decline', manager)).toEqual({ ok: true, next: 'declined' });
    expect(swapStep('accepted', 'cancel', requester)).toEqual({ ok: true, next: 'cancelled' });
    expect(swapStep('requested', 'cancel', colleague)).toMatchObject({ ok: false, why: 'actor' });
  });

  it('treats approved, declined and cancelled as final', () => {
    for (const s of ['approved', 'declined', 'cancelled'] as const) {
      for (const a of ['accept', 'approve', 'decline', 'cancel'] as const) expect(swapStep(s, a, manager)).toMatchObject({ ok: false, why: 'state' });
    }
  });

  it('lists what each person may do now', () => {
    expect(swapActionsFor('requested', colleague)).toEqual(['accept', 'decline']);
    expect(swapActionsFor('requested', requester)).toEqual(['cancel']);
    expect(swapActionsFor('accepted', manager)).toEqual(['approve', 'decline', 'cancel']);
    expect(swapActionsFor('approved', manager)).toEqual([]);
  });
});
