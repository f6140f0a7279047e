/*
 * Work a screen must finish before the session ends: a form's draft saved now, not after its usual
 * pause. Locking and signing out (the button, Ctrl+L) wait for it, for at most a couple of
 * seconds so a stuck call can never keep the app from locking. Closing the window cannot wait:
 * screens also save on pagehide themselves. The idle lock comes from the main process after
 * minutes without typing, by which time a draft has long been saved.
 */

const tasks = new Set<() => Promise<unknown>>();

/** The longest a lock waits for these tasks. */
const MAX_WAIT_MS = 2000;

/** Registers work to do before the session ends; returns the unregister function. */
export function beforeLeaving(task: () => Promise<unknown>): () => void {
  tasks.add(task);
  return () => tasks.delete(task);
}

/** Runs every registered task (failures are ignored: the lock goes ahead regardless). */
export async function finishBeforeLeaving(): Promise<void> {
  if (tasks.size === 0) return;
  let timer: number | undefined;
  const limit = new Promise<void>((resolve) => {
    timer = window.setTimeout(resolve, MAX_WAIT_MS);
  });
  await Promise.race([Promise.allSettled([...tasks].map((t) => t())), limit]);
  window.clearTimeout(timer);
}
