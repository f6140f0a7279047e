import { useEffect } from 'react';
import { call } from '../api/client';

/** How often, at most, typing or clicking is reported to the main process. */
export const TOUCH_INTERVAL_MS = 30_000;

/**
 * Tells the main process the person is still here (session.touch resets its idle-lock timer) when
 * they type or click, at most once every 30 seconds. Only mounted while someone is signed in.
 */
export function useActivityTouch(now: () => number = Date.now): void {
  useEffect(() => {
    let last = Number.NEGATIVE_INFINITY;
    const onActivity = () => {
      const t = now();
      if (t - last < TOUCH_INTERVAL_MS) return;
      last = t;
      void call('session.touch', {});
    };
    // Capture phase: a screen that stops propagation must not stop the idle timer being reset.
    window.addEventListener('keydown', onActivity, true);
    window.addEventListener('pointerdown', onActivity, true);
    return () => {
      window.removeEventListener('keydown', onActivity, true);
      window.removeEventListener('pointerdown', onActivity, true);
    };
  }, [now]);
}
