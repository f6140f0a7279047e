import type { SwapAction, SwapState } from './schemas/swap.schema';

/** Who is acting on a swap, relative to it. */
export interface SwapActor {
  isRequester: boolean;
  isCounterpart: boolean;
  isManager: boolean;
}

/** The outcome of trying an action. */
export type SwapStep = { ok: true; next: SwapState } | { ok: false; reason: string };

/*
 * The swap state machine: requested → accepted (the colleague agrees) → approved (a manager
 * agrees); either of them can decline, the requester can cancel before a decision. Approved,
 * declined and cancelled are final. Managers may act for a colleague (a phone call at 3 a.m.).
 */
const FINAL: readonly SwapState[] = ['approved', 'declined', 'cancelled'];

/** Whether an action is allowed, and where it leads. */
export function swapStep(state: SwapState, action: SwapAction, actor: SwapActor): SwapStep {
  if (FINAL.includes(state)) return { ok: false, reason: `This swap is already ${state}.` };
  switch (action) {
    case 'accept':
      if (state !== 'requested') return { ok: false, reason: 'Only a requested swap can be accepted.' };
      if (!actor.isCounterpart && !actor.isManager) return { ok: false, reason: 'Only the colleague asked (or a manager) can accept.' };
      return { ok: true, next: 'accepted' };
    case 'approve':
      if (!actor.isManager) return { ok: false, reason: 'Only a manager can approve a swap.' };
      if (state !== 'accepted') return { ok: false, reason: 'The colleague must accept the swap before a manager approves it.' };
      return { ok: true, next: 'approved' };
    case 'decline':
      if (actor.isManager) return { ok: true, next: 'declined' };
      if (actor.isCounterpart && state === 'requested') return { ok: true, next: 'declined' };
      return { ok: false, reason: 'Only the colleague asked (before accepting) or a manager can decline.' };
    case 'cancel':
      if (!actor.isRequester && !actor.isManager) return { ok: false, reason: 'Only the person who asked (or a manager) can cancel.' };
      return { ok: true, next: 'cancelled' };
  }
}

/** The actions an actor may take now (for the buttons a screen shows). */
export function swapActionsFor(state: SwapState, actor: SwapActor): SwapAction[] {
  return (['accept', 'approve', 'decline', 'cancel'] as const).filter((a) => swapStep(state, a, actor).ok);
}
