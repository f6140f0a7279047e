import { useCallback, useEffect, useState } from 'react';
import { onRotaChange, rotaChanged, type RotaTopic } from './rota-events';

/**
 * A reload counter for a topic: it rises when anything reports a change to the topic, and
 * `changed()` reports one (so every other view of the same data loads again too).
 */
export function useTopicReload(topic: RotaTopic): { reloadKey: number; changed(): void } {
  const [reloadKey, setKey] = useState(0);
  useEffect(() => onRotaChange(topic, () => setKey((k) => k + 1)), [topic]);
  const changed = useCallback(() => rotaChanged(topic), [topic]);
  return { reloadKey, changed };
}
