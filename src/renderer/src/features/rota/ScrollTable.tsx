import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways on a narrow window. The scrolling box is a named region that
 * takes the focus, so keyboard users can scroll it too (a scrollable area with nothing focusable
 * inside is unreachable without a mouse).
 */
export function ScrollTable({ label, minWidth, children }: { label: string; minWidth: number; children: ReactNode }) {
  return (
    <div className="wm-scroll-table" role="region" aria-label={label} tabIndex={0}>
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
