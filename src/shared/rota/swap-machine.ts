import type { SwapAction, SwapState } from './schemas/swap.schema';

/** Who is acting on a swap, relative to it. */
export interface SwapActor {
  isRequester: boolean;
  isCounterpart: boolean;
  isManager: boolean;
}

/** The outcome of trying an action: refused because of who is acting, or because of the state. */
export type SwapStep = { ok: true; next: SwapState } | { ok: false; why: 'actor' | 'state'; reason: string };

const actor = (reason: string): SwapStep => ({ ok: false, why: 'actor', reason });
const state = (reason: string): SwapStep => ({ ok: false, why: 'state', reason });

/*
 * The swap state machine: requested → accepted (the colleague agrees) → approved (a manager
 * agrees); either of them can decline, the requester can cancel before a decision. Approved,
 * declined and cancelled are final. Managers may act for a colleague (a phone call at 3 a.m.).
 */
const FINAL: readonly SwapState[] = ['approved', 'declined', 'cancelled'];

/** Whether an action is allowed, and where it leads. */
export function swapStep(current: SwapState, action: SwapAction, who: SwapActor): SwapStep {
  if (FINAL.includes(current)) return state(`This swap is already ${current}.`);
  switch (action) {
    case 'accept':
      if (current !== 'requested') return state('This swap has already been accepted.');
      if (!who.isCounterpart && !who.isManager) return actor('Only the colleague asked (or a manager) can accept.');
      return { ok: true, next: 'accepted' };
    case 'approve':
      if (!who.isManager) return actor('Only a manager can approve a swap.');
      if (current !== 'accepted') return state('The colleague must accept the swap before a manager approves it.');
      return { ok: true, next: 'approved' };
    case 'decline':
      if (who.isManager) return { ok: true, next: 'declined' };
      if (who.isCounterpart && current === 'requested') return { ok: true, next: 'declined' };
      if (who.isCounterpart) return state('You have already accepted this swap; ask a manager to decline it.');
      return actor('Only the colleague asked or a manager can decline.');
    case 'cancel':
      if (!who.isRequester && !who.isManager) return actor('Only the person who asked (or a manager) can cancel.');
      return { ok: true, next: 'cancelled' };
  }
}

/** The actions an actor may take now (for the buttons a screen shows). */
export function swapActionsFor(current: SwapState, who: SwapActor): SwapAction[] {
  return (['accept', 'approve', 'decline', 'cancel'] as const).filter((a) => swapStep(current, a, who).ok);
}
