import { useEffect, useRef } from 'react';
import { isTypingTarget, matchShortcut, type ShortcutAction } from './shortcuts';

/** Listens for the app's shortcuts on the whole window while the app shell is shown. */
export function useShortcuts(onAction: (action: ShortcutAction) => void): void {
  // The latest handler without re-binding the listener on every render.
  const handler = useRef(onAction);
  handler.current = onAction;
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat) return;
      const action = matchShortcut(e, isTypingTarget(e.target));
      if (!action) return;
      e.preventDefault();
      handler.current(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
