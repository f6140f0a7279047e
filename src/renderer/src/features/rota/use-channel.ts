import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppErrorShape } from '../../../../shared/errors';
import type { Channel } from '../../../../shared/ipc/channels';
import type { ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract';
import { call } from '../../api/client';
import { errorMessage } from '../../app/error-messages';

/**
 * Loads a channel whenever its input (by value) or `reloadKey` changes; a null input loads
 * nothing. The previous value stays on screen while the next one loads, so a re-resolve after a
 * change does not flash the whole rota away.
 */
export function useChannel<C extends Channel>(channel: C, input: ChannelInput<C> | null, reloadKey = 0) {
  const [value, setValue] = useState<ChannelOutput<C> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const key = input === null ? null : JSON.stringify(input);
  useEffect(() => {
    if (key === null) {
      setValue(null);
      return;
    }
    let live = true;
    setLoading(true);
    void call(channel, JSON.parse(key) as ChannelInput<C>).then((r) => {
      if (!live) return;
      setLoading(false);
      if (r.ok) {
        setValue(r.value);
        setError(null);
      } else setError(errorMessage(r.error));
    });
    return () => {
      live = false;
    };
  }, [channel, key, reloadKey]);
  return { value, error, loading };
}

/** The state of one action in a dialog: busy, and the message to show when it failed. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const last = useRef<string | null>(null);
  const reset = useCallback(() => {
    setBusy(false);
    setError(null);
    setFieldErrors({});
  }, []);
  /** Runs a call; returns its value, or null after recording why it failed. */
  const run = useCallback(async <T,>(fn: () => Promise<{ ok: true; value: T } | { ok: false; error: AppErrorShape }>): Promise<T | null> => {
    setBusy(true);
    setError(null);
    setFieldErrors({});
    const r = await fn();
    setBusy(false);
    if (r.ok) return r.value;
    const fields = r.error.fields ?? {};
    setFieldErrors(fields);
    const fieldMessages = [...new Set(Object.values(fields))];
    last.current = r.error.code === 'INVALID_INPUT' && fieldMessages.length ? fieldMessages.join(' ') : errorMessage(r.error);
    setError(last.current);
    return null;
  }, []);
  /** The message of the last failure (readable straight after `run`, before a re-render). */
  const lastError = useCallback(() => last.current, []);
  return { busy, error, fieldErrors, run, reset, setError, lastError };
}
