/*
 * How other parts of the app open a view of the cases section (the home panel's "New referral",
 * the Ctrl+K quick-open, a referral started from the phone log). The shell owns which section is
 * open; this owns which view of the cases section is asked for. Nothing here survives a lock.
 */

/** A view of the cases section. */
export type CasesView =
  | { kind: 'list' }
  | { kind: 'intake' }
  /** `step: 'exit'` opens the record on its exit form (after a stay ends on the allocation board). */
  | { kind: 'record'; householdId: number; step?: 'exit' }
  | { kind: 'contactDue' }
  | { kind: 'waiting' };

let pending: CasesView | null = null;
const viewListeners = new Set<(v: CasesView) => void>();
let openSection: (() => void) | null = null;

/** Called by the shell bridge: how to bring the cases section to the front. */
export function setCasesSectionOpener(fn: (() => void) | null): void {
  openSection = fn;
}

/** Asks for a view of the cases section, opening the section if it is not showing. */
export function openCasesView(view: CasesView): void {
  pending = view;
  for (const l of [...viewListeners]) l(view);
  openSection?.();
}

/** The view waiting to be shown (taken once by the cases screen when it mounts). */
export function takePendingView(): CasesView | null {
  const v = pending;
  pending = null;
  return v;
}

/** Be told of view requests while the cases screen is showing. */
export function onCasesView(listener: (v: CasesView) => void): () => void {
  viewListeners.add(listener);
  return () => viewListeners.delete(listener);
}
