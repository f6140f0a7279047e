/*
 * A change made in one rota or on-call component (a call logged from the home screen, a
 * handover acknowledged, an override saved) tells the others to load again. Listeners live only
 * while their components are mounted; nothing here holds data.
 */

/** What changed. */
export type RotaTopic = 'rota' | 'calls' | 'handovers';

const listeners = new Map<RotaTopic, Set<() => void>>();

/** Subscribes to a topic; returns the unsubscribe function. */
export function onRotaChange(topic: RotaTopic, listener: () => void): () => void {
  let set = listeners.get(topic);
  if (!set) listeners.set(topic, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

/** Tells every listener of a topic that it changed. */
export function rotaChanged(topic: RotaTopic): void {
  for (const l of [...(listeners.get(topic) ?? [])]) l();
}
