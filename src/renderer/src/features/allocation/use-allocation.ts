import { useCallback, useEffect, useState } from 'react';
import type { Board, Candidate, Match } from '../../../../shared/allocation/schemas/board.schema';
import type { AppErrorShape } from '../../../../shared/errors';
import type { Channel } from '../../../../shared/ipc/channels';
import type { ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract';
import { call } from '../../api/client';
import { errorMessage } from '../../app/error-messages';

/** Loads a channel whenever its input (by value) or `reloadKey` changes. */
function useChannel<C extends Channel>(channel: C, input: ChannelInput<C> | null, reloadKey: number) {
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

/** The board for a window. */
export function useBoard(weeks: number, reloadKey: number): { board: Board | null; error: string | null } {
  const { value, error } = useChannel('allocation.board', { weeks }, reloadKey);
  return { board: value, error };
}

/** Households needing a unit. */
export function useCandidates(reloadKey: number): { candidates: Candidate[] | null; error: string | null } {
  const { value, error } = useChannel('allocation.candidates', {}, reloadKey);
  return { candidates: value, error };
}

/** Every unit marked for one household (null when none is selected). */
export function useMatch(householdId: number | null, reloadKey: number): { match: Match | null; error: string | null } {
  const { value, error } = useChannel('allocation.match', householdId === null ? null : { householdId }, reloadKey);
  return { match: value && value.householdId === householdId ? value : null, error };
}

/** The state of one action in a dialog: busy, the message to show, and whether an override is asked for. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [overrideAsked, setOverrideAsked] = useState(false);
  const reset = useCallback(() => {
    setBusy(false);
    setError(null);
    setOverrideAsked(false);
  }, []);
  /** Runs a call; returns its value, or null after showing why it failed. */
  const run = useCallback(async <T,>(fn: () => Promise<{ ok: true; value: T } | { ok: false; error: AppErrorShape }>): Promise<T | null> => {
    setBusy(true);
    setError(null);
    const r = await fn();
    setBusy(false);
    if (r.ok) return r.value;
    if (r.error.fields?.override) setOverrideAsked(true);
    const fieldMessages = Object.values(r.error.fields ?? {});
    setError(r.error.code === 'INVALID_INPUT' && fieldMessages.length ? fieldMessages.join(' ') : errorMessage(r.error));
    return null;
  }, []);
  return { busy, error, overrideAsked, run, reset };
}
