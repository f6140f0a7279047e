import { useCallback, useEffect, useState } from 'react';
import type { AppErrorShape } from '../../../shared/errors';
import type { Channel } from '../../../shared/ipc/channels';
import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import { call } from '../api/client';
import { errorMessage } from '../app/error-messages';

/*
 * Loading and saving shared by the feature screens: a channel read again whenever
 * its input or a reload counter changes (the value stays on screen while it reloads, so saving
 * does not make a panel flicker), and one submission at a time with its error.
 */

/** Loads a channel whenever its input (compared by value) or `reloadKey` changes. */
export function useChannel<C extends Channel>(channel: C, input: ChannelInput<C> | null, reloadKey = 0) {
  const [value, setValue] = useState<ChannelOutput<C> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = input === null ? null : JSON.stringify(input);
  useEffect(() => {
    if (key === null) {
      setValue(null);
      return;
    }
    let live = true;
    void call(channel, JSON.parse(key) as ChannelInput<C>).then((r) => {
      if (!live) return;
      if (r.ok) {
        setValue(r.value);
        setError(null);
      } else setError(errorMessage(r.error));
    });
    return () => {
      live = false;
    };
  }, [channel, key, reloadKey]);
  return { value, error };
}

/** A counter to bump after a change, so every panel that reads it loads again. */
export function useReload(): [number, () => void] {
  const [n, setN] = useState(0);
  return [n, useCallback(() => setN((x) => x + 1), [])];
}

/** One submission: busy while it runs; the error to show (field errors go to `onFields` when it takes them). */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async <T,>(action: () => Promise<{ ok: true; value: T } | { ok: false; error: AppErrorShape }>, onFields?: (fields: Record<string, string>) => boolean): Promise<T | null> => {
    setBusy(true);
    setError(null);
    const r = await action();
    setBusy(false);
    if (r.ok) return r.value;
    if (!(r.error.fields && onFields?.(r.error.fields))) setError(errorMessage(r.error));
    return null;
  }, []);
  return { busy, error, setError, run };
}
