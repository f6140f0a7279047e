import type { RefObject } from 'react';

/**
 * "Skip to content", the first Tab stop. Moves focus by script rather than following "#…",
 * because the app blocks navigation of any kind, fragment changes included.
 */
export function SkipLink({ target }: { target: RefObject<HTMLElement | null> }) {
  return (
    <a
      className="wm-skip-link"
      href="#main-content"
      onClick={(e) => {
        e.preventDefault();
        const heading = target.current?.querySelector<HTMLElement>('h1');
        (heading ?? target.current)?.focus();
      }}
    >
      Skip to content
    </a>
  );
}
