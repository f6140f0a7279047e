import { useCallback, useState } from 'react';
import type { Board, Candidate, Match } from '../../../../shared/allocation/schemas/board.schema';
import type { AppErrorShape } from '../../../../shared/errors';
import { errorMessage } from '../../app/error-messages';
import { useChannel } from '../../components/use-channel';

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
