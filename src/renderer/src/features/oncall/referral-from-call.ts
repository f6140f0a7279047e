import type { z } from 'zod';
import type { ReferralCaptureSchema } from '../../../../shared/cases/schemas/referral';
import type { PhoneCall } from '../../../../shared/rota/schemas/phone-log.schema';
import { dateTime } from '../../components/format';

/*
 * "A new referral from a call opens the intake form with the call's details carried over."
 *
 * The phone log does not know the intake form, and the intake form need not know the phone log:
 * they meet here. The phone log calls `startReferralFromCall(call)`; the intake feature
 *   - reads the details with `takeReferralPrefill()` when its form opens (which also clears them,
 *     so a later, unrelated referral starts blank), and
 *   - registers `onReferralFromCall(open)` to be told at once (to open its form, or to ask the
 *     shell to show its section). A handler returns true when it has taken the person there.
 * Nothing is stored beyond the one pending prefill in memory: a lock reloads the page and drops it.
 */

/** The fields of the intake form a call fills in (the intake schema's own input type). */
export type ReferralPrefill = Partial<z.input<typeof ReferralCaptureSchema>> & {
  /** The call this came from, so the form can say so. */
  fromCallId: number;
};

let pending: ReferralPrefill | null = null;
const handlers = new Set<(prefill: ReferralPrefill) => boolean | void>();

/** The intake form's fields from a logged call. */
export function prefillFromCall(c: PhoneCall): ReferralPrefill {
  const lines = [`Call logged out of hours on ${dateTime(c.at)} by ${c.loggedByName}.`, `What was done: ${c.actionTaken ?? ''}`];
  if (c.followUpNeeded && c.followUpNote?.trim()) lines.push(`Follow-up: ${c.followUpNote}`);
  if (c.policeCalled) lines.push('The police were called.');
  if (c.managerCalled) lines.push('The manager on call was called.');
  return {
    fromCallId: c.id,
    receivedAt: c.at,
    channel: 'phone',
    notes: lines.join('\n'),
    ...(c.caseId !== null ? { linkHouseholdId: c.caseId } : {}),
  };
}

/**
 * Keeps the call's details for the intake form and tells whoever listens. Returns true when a
 * listener has opened the form; false means the details wait for the form to be opened by hand.
 */
export function startReferralFromCall(c: PhoneCall): boolean {
  pending = prefillFromCall(c);
  let opened = false;
  for (const h of [...handlers]) if (h(pending) === true) opened = true;
  return opened;
}

/** The waiting details, without clearing them. */
export function peekReferralPrefill(): ReferralPrefill | null {
  return pending;
}

/** The waiting details, cleared as they are taken (the intake form calls this when it opens). */
export function takeReferralPrefill(): ReferralPrefill | null {
  const p = pending;
  pending = null;
  return p;
}

/** Be told when a referral is started from a call; returns the unsubscribe function. */
export function onReferralFromCall(handler: (prefill: ReferralPrefill) => boolean | void): () => void {
  handlers.add(handler);
  return () => handlers.delete(handler);
}
